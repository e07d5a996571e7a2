#include "checklists/sheets/cell_reference.hpp"

namespace ccg::sheets {

std::optional<int> parseColumnLetters(std::string_view letters)
{
    if (letters.empty() || letters.size() > 3)
        return std::nullopt;
    int column = 0;
    for (const char c : letters) {
        if (c < 'A' || c > 'Z')
            return std::nullopt;
        column = column * 26 + (c - 'A' + 1);
    }
    if (column > kMaxColumns)
        return std::nullopt;
    return column - 1;
}

std::optional<CellReference> parseCellReference(std::string_view text)
{
    std::size_t split = 0;
    while (split < text.size() && text[split] >= 'A' && text[split] <= 'Z')
        ++split;
    const auto column = parseColumnLetters(text.substr(0, split));
    const std::string_view digits = text.substr(split);
    if (!column || digits.empty() || digits.size() > 7 || digits[0] == '0')
        return std::nullopt;
    int row = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        row = row * 10 + (c - '0');
    }
    if (row > kMaxRows)
        return std::nullopt;
    return CellReference{row, *column};
}

std::string columnLetters(int column)
{
    std::string letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

}  // namespace ccg::sheets
