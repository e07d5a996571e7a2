#include "reports/checklist_workbook.hpp"

#include "checklists/schema_checker.hpp"
#include "checklists/sheets/sheet_layout.hpp"
#include "reports/atomic_file.hpp"
#include "reports/xlsx_sheet.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ccg::reports {

namespace {

namespace layout = sheets::layout;
using xlsx::Sheet;

/// The last row a drop-down list reaches: the whole sheet below the header.
constexpr lxw_row_t kLastRow = 1048575;

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* wrap = nullptr;
};

/// A cell's value as the sheet holds it: text, a number, or nothing.
struct Value {
    std::string text;
    std::optional<double> number;
};

Value text(std::string value)
{
    return {std::move(value), std::nullopt};
}

Value number(std::optional<double> value)
{
    return {{}, value};
}

Value number(std::optional<int> value)
{
    return {{}, value ? std::optional<double>(*value) : std::nullopt};
}

void write(Sheet& sheet, lxw_row_t row, lxw_col_t col, const Value& value, lxw_format* format)
{
    if (value.number)
        sheet.number(row, col, value.number, format);
    else if (!value.text.empty())
        sheet.text(row, col, value.text, format);
}

/// A drop-down list of `choices` on the cells of `col` from `firstRow` to `lastRow`.
void dropDown(lxw_worksheet* sheet, lxw_row_t firstRow, lxw_row_t lastRow, lxw_col_t col,
              const std::vector<std::string>& choices, const std::filesystem::path& path)
{
    std::vector<const char*> list;
    for (const auto& choice : choices)
        list.push_back(choice.c_str());
    list.push_back(nullptr);
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = const_cast<char**>(list.data());
    validation.ignore_blank = LXW_VALIDATION_ON;
    xlsx::check(worksheet_data_validation_range(sheet, firstRow, col, lastRow, col, &validation), path);
}

/// A sheet whose header row names `columns`, each with its note and, for fixed values, a drop-down list.
Sheet tableSheet(lxw_workbook* workbook, const char* name, const std::vector<layout::Column>& columns,
                 const Formats& formats, const std::filesystem::path& path)
{
    Sheet sheet(workbook_add_worksheet(workbook, name), path);
    std::vector<std::pair<std::string, double>> header;
    for (const auto& column : columns)
        header.emplace_back(column.name, column.width);
    sheet.header(header, formats.header, formats.wrap);
    for (lxw_col_t col = 0; col < columns.size(); ++col) {
        xlsx::check(worksheet_write_comment(sheet.get(), 0, col, columns[col].note.c_str()), path);
        if (!columns[col].choices.empty())
            dropDown(sheet.get(), 1, kLastRow, col, columns[col].choices, path);
    }
    return sheet;
}

void checklistSheet(lxw_workbook* workbook, const Checklist& checklist, const Formats& formats,
                    const std::filesystem::path& path)
{
    const std::vector<layout::Column> columns{
        {layout::kFieldColumn, layout::Kind::Text, true, {}, "The name of a field; each has a note saying what goes there.", 18},
        {layout::kValueColumn, layout::Kind::Text, false, {}, "The field's value.", 70},
    };
    Sheet sheet = tableSheet(workbook, layout::kChecklistSheet, columns, formats, path);
    lxw_row_t row = 1;
    auto field = [&](const std::string& name, const Value& value) {
        const auto* column = layout::find(layout::checklistFields(), name);
        sheet.text(row, 0, name);
        xlsx::check(worksheet_write_comment(sheet.get(), row, 0, column->note.c_str()), path);
        write(sheet, row, 1, value, formats.wrap);
        if (!column->choices.empty())
            dropDown(sheet.get(), row, row, 1, column->choices, path);
        ++row;
    };
    field("id", text(checklist.id));
    field("version", text(checklist.version));
    field("title", text(checklist.title));
    field("lang", text(checklist.lang));
    field("assessed_by", text(checklist.assessedBy));
    field("assurance", text(checklist.assurance ? "on" : "off"));
    field("description", text(checklist.description));
    field("red_below", number(std::optional<double>(checklist.rag.redBelow)));
    field("green_from", number(std::optional<double>(checklist.rag.greenFrom)));
    for (const auto& source : checklist.sources) {
        field("source_title", text(source.title));  // always: it begins the source
        if (!source.publisher.empty())
            field("source_publisher", text(source.publisher));
        if (source.year)
            field("source_year", number(source.year));
        if (!source.edition.empty())
            field("source_edition", text(source.edition));
        if (!source.url.empty())
            field("source_url", text(source.url));
    }
}

void scaleSheet(lxw_workbook* workbook, const Checklist& checklist, const Formats& formats,
                const std::filesystem::path& path)
{
    Sheet sheet = tableSheet(workbook, layout::kScaleSheet, layout::scaleColumns(), formats, path);
    lxw_row_t row = 1;
    for (const auto& level : checklist.scale) {
        write(sheet, row, 0, number(std::optional<int>(level.value)), nullptr);
        write(sheet, row, 1, text(level.label), nullptr);
        write(sheet, row, 2, text(level.descriptor), formats.wrap);
        ++row;
    }
}

std::string joinedLines(const std::vector<std::string>& lines)
{
    std::string joined;
    for (const auto& line : lines)
        joined += (joined.empty() ? "" : "\n") + normalizeSpace(line);
    return joined;
}

void itemsSheet(lxw_workbook* workbook, const Checklist& checklist, const Formats& formats,
                const std::filesystem::path& path)
{
    Sheet sheet = tableSheet(workbook, layout::kItemsSheet, layout::itemsColumns(), formats, path);
    lxw_row_t row = 1;
    for (const auto& domain : checklist.domains) {
        bool first = true;
        for (const auto& item : domain.items) {
            // The domain's own columns are read from its first row: later rows repeat only its id and title.
            const std::vector<Value> values{
                text(domain.id),
                text(domain.title),
                text(first ? domain.description : ""),
                first ? number(std::optional<double>(domain.weight)) : Value{},
                text(item.id),
                text(item.question),
                text(item.rationale),
                text(item.guidance),
                text(joinedLines(item.evidence)),
                text(item.critical ? "true" : "false"),
                number(std::optional<double>(item.weight)),
                number(std::optional<int>(item.target)),
                text(item.importance ? toString(*item.importance) : ""),
            };
            for (lxw_col_t col = 0; col < values.size(); ++col)
                write(sheet, row, col, values[col], formats.wrap);
            first = false;
            ++row;
        }
    }
    sheet.filter(row > 1 ? row - 1 : 1, static_cast<lxw_col_t>(layout::itemsColumns().size() - 1));
}

void citationsSheet(lxw_workbook* workbook, const Checklist& checklist, const Formats& formats,
                    const std::filesystem::path& path)
{
    Sheet sheet = tableSheet(workbook, layout::kCitationsSheet, layout::citationsColumns(), formats, path);
    lxw_row_t row = 1;
    for (const auto& domain : checklist.domains) {
        for (const auto& item : domain.items) {
            for (const auto& cite : item.citations) {
                const std::vector<Value> values{text(item.id),         text(cite.section), number(cite.page),
                                                text(cite.locator),    number(cite.keyPoint), number(cite.source)};
                for (lxw_col_t col = 0; col < values.size(); ++col)
                    write(sheet, row, col, values[col], formats.wrap);
                ++row;
            }
        }
    }
}

}  // namespace

void writeChecklistWorkbook(const Checklist& checklist, const std::filesystem::path& out)
{
    AtomicFile file(out);
    const auto& path = file.temporaryPath();
    xlsx::WorkbookPtr workbook = xlsx::openWorkbook(path, checklist.title + " - checklist");
    Formats formats{xlsx::headerFormat(workbook.get()), xlsx::wrapFormat(workbook.get())};
    checklistSheet(workbook.get(), checklist, formats, path);
    scaleSheet(workbook.get(), checklist, formats, path);
    itemsSheet(workbook.get(), checklist, formats, path);
    citationsSheet(workbook.get(), checklist, formats, path);
    xlsx::closeWorkbook(std::move(workbook), path);
    file.commit();
}

void writeChecklistTemplate(const std::filesystem::path& out)
{
    writeChecklistWorkbook(layout::exampleChecklist(), out);
}

}  // namespace ccg::reports
