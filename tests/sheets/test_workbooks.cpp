#include "test_workbooks.hpp"

#include <xlsxwriter.h>
#include <zip.h>

#include <filesystem>
#include <stdexcept>
#include <unistd.h>

namespace ccg::test::sheets {

namespace {

void check(lxw_error error)
{
    if (error != LXW_NO_ERROR)
        throw std::runtime_error(std::string("libxlsxwriter: ") + lxw_strerror(error));
}

std::string escapedXml(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '"')
            out += "&quot;";
        else
            out += c;
    }
    return out;
}

}  // namespace

TestSheet& sheet(TestWorkbook& workbook, const std::string& name)
{
    for (auto& each : workbook)
        if (each.name == name)
            return each;
    throw std::logic_error("no test sheet " + name);
}

TestWorkbook miniWorkbook()
{
    return {
        {"Checklist",
         {{"field", "value"},
          {"id", "mini"},
          {"version", "1.0"},
          {"title", "Mini checklist"},
          {"lang", "en-GB"},
          {"description", "A small checklist for tests."},
          {"source_title", "Ambition, challenge, transition"},
          {"source_publisher", "NHS Confederation"},
          {"source_year", "#n:2013"}},
         {}},
        {"Scale",
         {{"value", "label", "descriptor"},
          {"#n:0", "Not in place", "Nothing exists yet."},
          {"#n:1", "Early progress", "Work has begun."},
          {"#n:2", "Partly in place", "Works in places."},
          {"#n:3", "Embedded", "Works everywhere."},
          {"#n:4", "Exemplar", "Others learn from us."}},
         {}},
        {"Items",
         {{"domain_id", "domain_title", "domain_description", "domain_weight", "item_id", "question", "rationale",
           "guidance", "evidence", "critical", "weight", "target", "importance"},
          {"governance", "Governance", "How the board runs itself.", "#n:2", "gov-01",
           "Are conflicts of interest declared and managed?", "Probity.", "A register, reviewed.", "The register.",
           "#b:1", "#n:2", "#n:3", ""},
          {"governance", "Governance", "", "", "gov-02", "Does the board review its own effectiveness?"},
          {"engagement", "Public engagement", "", "", "eng-01", "Is the public involved in decisions?", "", "", "",
           "", "#n:0.5"},
          {"engagement", "", "", "", "eng-02", "Are decisions explained to local people?", "", "", "", "", "",
           "#n:2"}},
         {}},
        {"Citations",
         {{"item_id", "section", "page", "locator", "key_point", "source"},
          {"gov-01", "Supporting clinical leadership", "#n:16", "", "#n:20"}},
         {}},
    };
}

void writeWorkbook(const std::string& path, const TestWorkbook& workbook)
{
    lxw_workbook* book = workbook_new(path.c_str());
    if (!book)
        throw std::runtime_error("cannot create " + path);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "d mmm yyyy");
    for (const auto& each : workbook) {
        lxw_worksheet* sheet = workbook_add_worksheet(book, each.name.c_str());
        for (lxw_row_t row = 0; row < each.rows.size(); ++row) {
            for (lxw_col_t col = 0; col < each.rows[row].size(); ++col) {
                const std::string& cell = each.rows[row][col];
                if (cell.empty())
                    continue;
                if (cell[0] == '=') {
                    check(worksheet_write_formula(sheet, row, col, cell.c_str(), nullptr));
                } else if (cell.rfind("#n:", 0) == 0) {
                    check(worksheet_write_number(sheet, row, col, std::stod(cell.substr(3)), nullptr));
                } else if (cell.rfind("#b:", 0) == 0) {
                    check(worksheet_write_boolean(sheet, row, col, cell.substr(3) == "1", nullptr));
                } else if (cell.rfind("#d:", 0) == 0) {
                    lxw_datetime when{std::stoi(cell.substr(3, 4)), std::stoi(cell.substr(8, 2)),
                                      std::stoi(cell.substr(11, 2)), 0, 0, 0};
                    check(worksheet_write_datetime(sheet, row, col, &when, date));
                } else {
                    check(worksheet_write_string(sheet, row, col, cell.c_str(), nullptr));
                }
            }
        }
        for (const auto& merge : each.merges) {
            const auto colon = merge.find(':');
            const std::string first = merge.substr(0, colon);
            const std::string last = merge.substr(colon + 1);
            check(worksheet_merge_range(sheet, lxw_name_to_row(first.c_str()), lxw_name_to_col(first.c_str()),
                                        lxw_name_to_row(last.c_str()), lxw_name_to_col(last.c_str()), "merged",
                                        nullptr));
        }
    }
    check(workbook_close(book));
}

void writeZip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& members)
{
    zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
    if (!zip)
        throw std::runtime_error("cannot create " + path);
    for (const auto& [name, content] : members) {
        zip_fileinfo info{};
        if (zipOpenNewFileInZip64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 9,
                                  content.size() >= 0xFFFFFFFFu) != ZIP_OK ||
            zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size())) != ZIP_OK ||
            zipCloseFileInZip(zip) != ZIP_OK)
            throw std::runtime_error("cannot write " + name + " into " + path);
    }
    zipClose(zip, nullptr);
}

std::vector<std::pair<std::string, std::string>> rawWorkbook(
    const std::vector<std::pair<std::string, std::string>>& sheets, const std::string& sharedStrings)
{
    std::string list;
    std::string rels;
    std::vector<std::pair<std::string, std::string>> parts;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        list += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" + n + ".xml\"/>";
        parts.emplace_back("xl/worksheets/sheet" + n + ".xml", sheets[i].second);
    }
    if (!sharedStrings.empty()) {
        rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.emplace_back("xl/sharedStrings.xml", sharedStrings);
    }
    parts.emplace_back("xl/workbook.xml",
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                       "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                       "relationships\"><sheets>" + list + "</sheets></workbook>");
    parts.emplace_back("xl/_rels/workbook.xml.rels",
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                       "openxmlformats.org/package/2006/relationships\">" + rels + "</Relationships>");
    return parts;
}

std::string sheetXml(const std::string& rows, const std::string& more)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
           "spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData>" + more + "</worksheet>";
}

std::string inlineRow(int row, const std::vector<std::string>& cells)
{
    std::string xml = "<row r=\"" + std::to_string(row) + "\">";
    for (std::size_t col = 0; col < cells.size(); ++col)
        if (!cells[col].empty())
            xml += "<c r=\"" + std::string(1, static_cast<char>('A' + col)) + std::to_string(row) +
                   "\" t=\"inlineStr\"><is><t>" + escapedXml(cells[col]) + "</t></is></c>";
    return xml + "</row>";
}

namespace {

/// The test process's own folder, removed when the process ends.
struct ScratchFolder {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("ccg-sheets-tests-" + std::to_string(getpid()));
    ~ScratchFolder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

}  // namespace

std::string scratchPath(const std::string& name)
{
    static const ScratchFolder folder;
    std::filesystem::create_directories(folder.path);
    return (folder.path / name).string();
}

}  // namespace ccg::test::sheets
