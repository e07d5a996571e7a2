#include "checklists/sheets/xlsx_reader.hpp"

#include "checklists/sheets/xlsx_parts.hpp"
#include "checklists/sheets/xlsx_worksheet.hpp"
#include "checklists/text_rules.hpp"

#include <algorithm>

namespace ccg::sheets {

namespace {

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

const xlsx::Relationship* findByType(const std::vector<xlsx::Relationship>& relationships, std::string_view type)
{
    for (const auto& relationship : relationships)
        if (endsWith(relationship.type, type))
            return &relationship;
    return nullptr;
}

/// "xl/workbook.xml" → "xl/", and its relationships part "xl/_rels/workbook.xml.rels".
std::string folderOf(const std::string& member)
{
    const auto slash = member.rfind('/');
    return slash == std::string::npos ? std::string() : member.substr(0, slash + 1);
}

std::string relationshipsOf(const std::string& member)
{
    return folderOf(member) + "_rels/" + member.substr(folderOf(member).size()) + ".rels";
}

}  // namespace

WorkbookRead readXlsx(std::string_view bytes, const std::string& fileName, const std::vector<std::string>& wanted)
{
    WorkbookRead result;
    auto fail = [&](std::string message) {
        result.errors.push_back({fileName, 1, std::move(message)});
        return std::move(result);
    };
    auto zip = ZipReader::open(bytes);
    if (!zip)
        return fail("is not an XLSX workbook (not a zip archive, or truncated); save it from the spreadsheet "
                    "program as Excel Workbook (.xlsx)");

    std::string workbook = "xl/workbook.xml";
    std::vector<xlsx::Relationship> packageParts;
    if (zip->has("_rels/.rels")) {
        if (auto problem = xlsx::readRelationships(*zip, "_rels/.rels", "", packageParts))
            return fail(*problem);
        if (const auto* office = findByType(packageParts, "/officeDocument"))
            workbook = office->target;
    }
    if (!zip->has(workbook))
        return fail("is a zip archive but not an XLSX workbook: it has no " + workbook);

    std::vector<xlsx::SheetEntry> entries;
    std::vector<xlsx::Relationship> parts;
    if (auto problem = xlsx::readSheetList(*zip, workbook, entries))
        return fail(*problem);
    if (auto problem = xlsx::readRelationships(*zip, relationshipsOf(workbook), folderOf(workbook), parts))
        return fail(*problem);

    xlsx::CellContext context;
    if (const auto* strings = findByType(parts, "/sharedStrings"))
        if (auto problem = xlsx::readSharedStrings(*zip, strings->target, context))
            return fail(*problem);
    if (const auto* styles = findByType(parts, "/styles"))
        if (auto problem = xlsx::readStyles(*zip, styles->target, context))
            return fail(*problem);

    for (const auto& entry : entries) {
        result.sheetNames.push_back(entry.name);
        // A spreadsheet program takes "items" and "Items" for the same sheet; so do we.
        const auto want = std::find_if(wanted.begin(), wanted.end(),
                                       [&](const auto& name) { return asciiLowered(name) == asciiLowered(entry.name); });
        if (want == wanted.end())
            continue;
        const auto part = std::find_if(parts.begin(), parts.end(),
                                       [&](const auto& each) { return each.id == entry.relationshipId; });
        const std::string label = fileName + ":" + *want;
        if (part == parts.end()) {
            result.errors.push_back({label, 1, "the workbook lists this sheet but holds no part for it"});
            continue;
        }
        Table table;
        table.name = *want;
        if (auto problem = xlsx::readWorksheet(*zip, part->target, context, label, table, result.errors)) {
            result.errors.push_back({label, table.rows.empty() ? 1 : table.rows.back().number, *problem});
            continue;
        }
        result.sheets.push_back(std::move(table));
    }
    return result;
}

}  // namespace ccg::sheets
