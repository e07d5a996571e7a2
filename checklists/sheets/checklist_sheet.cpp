#include "checklists/sheets/sheet_columns.hpp"
#include "checklists/sheets/sheet_reading.hpp"
#include "checklists/text_rules.hpp"

#include <algorithm>
#include <set>

namespace ccg::sheets {

namespace {

const std::vector<layout::Column>& fieldValueColumns()
{
    static const std::vector<layout::Column> columns{
        {layout::kFieldColumn, layout::Kind::Text, true, {}, "The name of a field."},
        {layout::kValueColumn, layout::Kind::Text, false, {}, "Its value."},
    };
    return columns;
}

std::string fieldList()
{
    std::string list;
    for (const auto& field : layout::checklistFields())
        list += (list.empty() ? "" : ", ") + field.name;
    return list;
}

}  // namespace

void readChecklistSheet(const SheetInput& sheet, Checklist& checklist, Origins& origins, Diagnostics& errors)
{
    SheetColumns columns(*sheet.table, sheet.label, layout::kChecklistSheet, fieldValueColumns(), errors);
    origins.checklist = {sheet.label, 1};
    if (!columns.complete())
        return;
    std::set<std::string> given;
    std::set<std::string> givenOfSource;
    for (const auto& row : columns.rows()) {
        const std::string field = asciiLowered(columns.text(row, layout::kFieldColumn));
        const std::string value = columns.text(row, layout::kValueColumn);
        if (field.empty()) {
            if (!value.empty())
                columns.error(row.number, "a value without a field name in column A; the fields are: " + fieldList());
            continue;
        }
        const auto* known = layout::find(layout::checklistFields(), field);
        if (!known) {
            columns.error(row.number, "'" + field + "' is not a field of the Checklist sheet; the fields are: " +
                                          fieldList());
            continue;
        }
        auto number = [&](auto parse, const char* what) {
            auto parsed = parse(value);
            if (!value.empty() && !parsed)
                columns.error(row.number, field + " is \"" + value + "\", not " + what);
            return parsed;
        };
        if (field.rfind("source_", 0) == 0) {
            // A source field already given begins the next source, so the rows of each source
            // may come in any order.
            if (checklist.sources.empty() || !givenOfSource.insert(field).second) {
                checklist.sources.emplace_back();
                origins.sources.push_back({sheet.label, row.number});
                givenOfSource = {field};
            }
            auto& source = checklist.sources.back();
            if (field == "source_title")
                source.title = value;
            else if (field == "source_publisher")
                source.publisher = value;
            else if (field == "source_year")
                source.year = number(parseInteger, "a whole number");
            else if (field == "source_edition")
                source.edition = value;
            else if (field == "source_url")
                source.url = value;
            continue;
        }
        if (!given.insert(field).second) {
            columns.error(row.number, "the field " + field + " is given twice");
            continue;
        }
        if (field == "id") {
            checklist.id = value;
            if (!value.empty() && !isValidId(value))
                columns.error(row.number, "the id '" + value + "' must be lower-case letters, digits, hyphens and "
                                          "dots, beginning with a letter or digit (e.g. audit-committee-2024)");
        }
        else if (field == "version")
            checklist.version = value;
        else if (field == "title")
            checklist.title = value;
        else if (field == "lang")
            checklist.lang = value;
        else if (field == "assessed_by")
            checklist.assessedBy = value.empty() ? kDefaultAssessedBy : value;
        else if (field == "description")
            checklist.description = value;
        else if (field == "assurance" && !value.empty()) {
            if (value == "on" || value == "off")
                checklist.assurance = value == "on";
            else
                columns.error(row.number, "assurance is \"" + value + "\"; write on or off");
        } else if (field == "red_below")
            checklist.rag.redBelow = number(parseDecimal, "a number").value_or(checklist.rag.redBelow);
        else if (field == "green_from")
            checklist.rag.greenFrom = number(parseDecimal, "a number").value_or(checklist.rag.greenFrom);
    }
    for (const auto& field : layout::checklistFields())
        if (field.required && !given.count(field.name))
            columns.error(1, "the Checklist sheet has no row for the field " + field.name);
    if (!(0.0 < checklist.rag.redBelow && checklist.rag.redBelow < checklist.rag.greenFrom &&
          checklist.rag.greenFrom <= 100.0))
        columns.error(1, "red_below and green_from must satisfy 0 < red_below < green_from <= 100");
    const std::pair<const char*, const std::string*> required[] = {
        {"id", &checklist.id}, {"version", &checklist.version}, {"title", &checklist.title}};
    for (const auto& [field, value] : required)
        if (given.count(field) && value->empty())
            columns.error(1, std::string("the field ") + field + " is empty; the checklist needs one");
}

void readScaleSheet(const SheetInput& sheet, const std::string& sheetName, Checklist& checklist, Origins& origins,
                    Diagnostics& errors)
{
    SheetColumns columns(*sheet.table, sheet.label, sheetName, layout::scaleColumns(), errors);
    origins.scale = {sheet.label, 1};
    if (!columns.complete())
        return;
    std::map<int, int> rowOf;
    for (const auto& row : columns.rows()) {
        const auto value = columns.whole(row, "value");
        const std::string label = columns.text(row, "label");
        if (!value) {
            if (columns.blank(row, "value"))
                columns.error(row.number, columns.where("value") + " is empty; each level needs its number");
            continue;
        }
        if (columns.blank(row, "label"))
            columns.error(row.number, "level " + std::to_string(*value) + " has no label");
        if (const auto [existing, fresh] = rowOf.emplace(*value, row.number); !fresh) {
            columns.error(row.number, "level " + std::to_string(*value) + " is listed twice (first at row " +
                                          std::to_string(existing->second) + ")");
            continue;
        }
        checklist.scale.push_back({*value, label, columns.text(row, "descriptor")});
        origins.levels[*value] = {sheet.label, row.number};
    }
    std::sort(checklist.scale.begin(), checklist.scale.end(),
              [](const auto& a, const auto& b) { return a.value < b.value; });
    for (std::size_t i = 0; i < checklist.scale.size(); ++i) {
        if (checklist.scale[i].value != static_cast<int>(i)) {
            columns.error(rowOf.begin()->second, "the levels must be 0, 1, 2 and so on without gaps; level " +
                                                     std::to_string(i) + " is missing");
            return;
        }
    }
    if (checklist.scale.size() < 2 && !columns.rowHasErrors(1))
        columns.error(1, "the scale needs at least two levels, 0 and 1");
}

}  // namespace ccg::sheets
