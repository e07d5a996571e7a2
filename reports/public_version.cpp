#include "reports/public_version.hpp"

#include "checklists/text_rules.hpp"

#include <algorithm>

namespace ccg::reports {

namespace {

/// The words to withhold, lower-cased, longest first so that "Dr Asha Patel" goes before "Asha".
std::vector<std::string> loweredWords(const std::vector<std::string>& words)
{
    std::vector<std::string> lowered;
    for (const auto& word : words)
        if (!word.empty())
            lowered.push_back(asciiLowered(word));
    std::sort(lowered.begin(), lowered.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    lowered.erase(std::unique(lowered.begin(), lowered.end()), lowered.end());
    return lowered;
}

class Withholder {
public:
    explicit Withholder(const std::vector<std::string>& words) : m_words(loweredWords(words)) {}

    [[nodiscard]] bool mentions(const std::string& text) const
    {
        const std::string lowered = asciiLowered(text);
        return std::any_of(m_words.begin(), m_words.end(),
                           [&](const std::string& word) { return lowered.find(word) != std::string::npos; });
    }

    /// `text` with every mention replaced; matched without regard to ASCII case.
    [[nodiscard]] std::string scrub(std::string text) const
    {
        for (const auto& word : m_words) {
            std::string lowered = asciiLowered(text);
            for (std::size_t at = lowered.find(word); at != std::string::npos; at = lowered.find(word, at)) {
                text.replace(at, word.size(), kWithheldText);
                lowered.replace(at, word.size(), kWithheldText);
                at += std::char_traits<char>::length(kWithheldText);
            }
        }
        return text;
    }

private:
    std::vector<std::string> m_words;
};

void anonymise(AnswerRow& answer)
{
    answer.rater = memberName(answer.raterIndex);
    answer.note.clear();
    answer.evidence.clear();
}

}  // namespace

std::string memberName(std::size_t index)
{
    return "Member " + std::to_string(index + 1);
}

ReportModel publicVersion(ReportModel model, const std::vector<std::string>& withheld)
{
    const Withholder withhold(withheld);
    model.audience = Audience::Public;
    for (std::size_t i = 0; i < model.raters.size(); ++i)
        model.raters[i] = {memberName(i), {}};
    for (auto& item : model.items) {
        for (auto& answer : item.answers)
            anonymise(answer);
        item.dissent.clear();
        item.rationale = withhold.scrub(item.rationale);
    }
    for (auto& row : model.disagreements)
        for (auto& rating : row.ratings)
            anonymise(rating);
    for (auto& action : model.actions) {
        if (withhold.mentions(action.owner))
            action.owner = kWithheldOwner;
        action.text = withhold.scrub(action.text);
    }
    for (auto& commitment : model.commitments) {
        if (withhold.mentions(commitment.owner))
            commitment.owner = kWithheldOwner;
        commitment.text = withhold.scrub(commitment.text);
        commitment.remark = withhold.scrub(commitment.remark);
    }
    if (auto& approval = model.cover.approval) {
        approval->approver.clear();
        approval->role.clear();
    }
    return model;
}

}  // namespace ccg::reports
