#include "checklists/sheets/checklist_from_sheet.hpp"

#include "checklists/checklist_loader.hpp"
#include "checklists/checklist_writer.hpp"
#include "checklists/sheets/csv_reader.hpp"
#include "checklists/sheets/sheet_layout.hpp"
#include "checklists/sheets/sheet_reading.hpp"
#include "checklists/sheets/xlsx_reader.hpp"
#include "checklists/text_rules.hpp"
#include "checklists/xml_document.hpp"

#include <algorithm>

namespace ccg::sheets {

namespace {

/// The value of attribute `name` on an XML line the canonical writer made, or empty.
std::string attributeOn(std::string_view line, std::string_view name)
{
    const std::string key = " " + std::string(name) + "=\"";
    const auto start = line.find(key);
    if (start == std::string_view::npos)
        return {};
    const auto from = start + key.size();
    return std::string(line.substr(from, line.find('"', from) - from));
}

/// The row each line of the canonical XML came from (the writer puts each element on a line of its
/// own, in the checklist's order): an element's children share its row. Lines of the checklist as a
/// whole, and of the scale as a whole, are attributed to the first row of their sheet.
std::vector<Place> placesOfLines(const std::string& xmlText, const Checklist& checklist, const Origins& origins)
{
    std::vector<Place> places{origins.checklist};  // line numbers count from 1
    Place current = origins.checklist;
    std::size_t domain = 0;
    std::size_t item = 0;
    std::size_t cite = 0;
    std::size_t source = 0;
    bool inDomain = false;
    bool inItem = false;
    std::size_t start = 0;
    while (start < xmlText.size()) {
        const auto end = std::min(xmlText.find('\n', start), xmlText.size());
        const std::string_view line(xmlText.data() + start, end - start);
        const auto tag = line.find_first_not_of(' ');
        const std::string_view element = tag == std::string_view::npos ? line : line.substr(tag);
        auto begins = [&](std::string_view prefix) { return element.substr(0, prefix.size()) == prefix; };
        Place place = current;
        if (begins("<source") && source < origins.sources.size()) {
            place = origins.sources[source++];
        } else if (begins("<scale>")) {
            current = place = origins.scale;
        } else if (begins("<level ")) {
            const auto value = parseInteger(attributeOn(line, "value")).value_or(-1);
            place = origins.levels.count(value) ? origins.levels.at(value) : origins.scale;
        } else if (begins("</scale>")) {
            current = origins.checklist;
        } else if (begins("<domain ")) {
            domain = inDomain ? domain + 1 : 0;
            inDomain = true;
            inItem = false;
            current = place = {origins.items, checklist.domains.at(domain).line};
        } else if (begins("<item ")) {
            item = inItem ? item + 1 : 0;
            inItem = true;
            cite = 0;
            current = place = {origins.items, checklist.domains.at(domain).items.at(item).line};
        } else if (begins("<cite")) {
            const auto found = origins.citations.find({domain, item, cite++});
            if (found != origins.citations.end())
                place = found->second;
        } else if (begins("</domain>")) {
            inItem = false;
        }
        places.push_back(place);
        start = end + 1;
    }
    return places;
}

/// Validates the checklist as the loader reads any file, so §3's rules hold whatever the sheets
/// said. A finding is reported at the row its element came from, unless that row has one already;
/// when the sheets had problems, findings about the checklist as a whole are their echo and dropped.
void validate(SheetConversion& conversion, const Checklist& checklist, const Origins& origins)
{
    std::string xmlText = writeChecklistXml(checklist);
    auto loaded = parseChecklist(xmlText, "checklist");
    const bool sheetsHadProblems = !conversion.errors.empty();
    if (loaded.checklist && !sheetsHadProblems) {
        conversion.checklist = std::move(loaded.checklist);
        conversion.xml = std::move(xmlText);
        return;
    }
    const auto places = placesOfLines(xmlText, checklist, origins);
    for (const auto& finding : loaded.errors) {
        const auto line = static_cast<std::size_t>(std::max(finding.line, 0));
        const Place& place = line < places.size() ? places[line] : origins.checklist;
        const bool wholeSheet = (place.label == origins.checklist.label && place.row == origins.checklist.row) ||
                                (place.label == origins.scale.label && place.row == origins.scale.row);
        const bool echo = sheetsHadProblems && wholeSheet;
        const bool rowTaken = std::any_of(conversion.errors.begin(), conversion.errors.end(), [&](const auto& each) {
            return each.file == place.label && each.line == place.row;
        });
        if (!echo && !rowTaken)
            conversion.errors.push_back({place.label, place.row, finding.message});
    }
}

/// The sheet named `name` of `read`, or null with a finding.
const Table* sheetNamed(const WorkbookRead& read, const std::string& name, const std::string& fileName,
                        bool required, Diagnostics& errors)
{
    for (const auto& sheet : read.sheets)
        if (sheet.name == name)
            return &sheet;
    const bool listed = std::any_of(read.sheetNames.begin(), read.sheetNames.end(),
                                    [&](const auto& each) { return asciiLowered(each) == asciiLowered(name); });
    if (required && !listed) {
        std::string names;
        for (const auto& each : read.sheetNames)
            names += (names.empty() ? "" : ", ") + each;
        errors.push_back({fileName, 1, "the workbook has no sheet named " + name + "; its sheets are: " +
                                           (names.empty() ? "none" : names)});
    }
    return nullptr;
}

}  // namespace

SheetConversion checklistFromXlsx(std::string_view bytes, const std::string& fileName)
{
    SheetConversion conversion;
    const auto read = readXlsx(bytes, fileName,
                               {layout::kChecklistSheet, layout::kScaleSheet, layout::kItemsSheet, layout::kCitationsSheet});
    conversion.errors = read.errors;
    if (read.sheetNames.empty() && !conversion.errors.empty())
        return conversion;
    const Table* checklistSheet = sheetNamed(read, layout::kChecklistSheet, fileName, true, conversion.errors);
    const Table* scaleSheet = sheetNamed(read, layout::kScaleSheet, fileName, true, conversion.errors);
    const Table* itemsSheet = sheetNamed(read, layout::kItemsSheet, fileName, true, conversion.errors);
    const Table* citationsSheet = sheetNamed(read, layout::kCitationsSheet, fileName, false, conversion.errors);
    if (!checklistSheet || !scaleSheet || !itemsSheet)
        return conversion;

    auto labelOf = [&](const char* sheet) { return fileName + ":" + sheet; };
    Checklist checklist;
    Origins origins;
    readChecklistSheet({checklistSheet, labelOf(layout::kChecklistSheet)}, checklist, origins, conversion.errors);
    readScaleSheet({scaleSheet, labelOf(layout::kScaleSheet)}, layout::kScaleSheet, checklist, origins,
                   conversion.errors);
    const SheetInput citations{citationsSheet, labelOf(layout::kCitationsSheet)};
    readItemsSheet({itemsSheet, labelOf(layout::kItemsSheet)}, citationsSheet ? &citations : nullptr, checklist,
                   origins, conversion.errors);
    validate(conversion, checklist, origins);
    return conversion;
}

SheetConversion checklistFromCsv(std::string_view bytes, const std::string& fileName, const SheetOptions& options,
                                 std::optional<std::string_view> scaleCsv)
{
    SheetConversion conversion;
    Checklist checklist;
    Origins origins;
    origins.checklist = {fileName, 1};
    origins.scale = {fileName, 1};
    checklist.id = options.id.value_or("");
    checklist.version = options.version.value_or("");
    checklist.title = options.title.value_or("");
    checklist.scale = layout::defaultScale();
    std::optional<Table> scaleTable;
    const std::string scaleName = options.scale ? options.scale->string() : std::string("scale");
    if (scaleCsv) {
        auto read = readCsv(*scaleCsv, scaleName);
        conversion.errors = std::move(read.errors);
        scaleTable = std::move(read.table);
        checklist.scale.clear();
        // The header row is optional in a scale file: a first row that begins with a number is a level.
        if (scaleTable && !scaleTable->rows.empty() && scaleTable->rows.front().number == 1 &&
            !scaleTable->rows.front().cells.empty() && parseInteger(scaleTable->rows.front().cells.front().text)) {
            scaleTable->rows.insert(scaleTable->rows.begin(), Row{1, {{0, CellKind::Text, "value"},
                                                                      {1, CellKind::Text, "label"},
                                                                      {2, CellKind::Text, "descriptor"}}});
            for (std::size_t i = 1; i < scaleTable->rows.size(); ++i)
                ++scaleTable->rows[i].number;
        }
        if (scaleTable)
            readScaleSheet({&*scaleTable, scaleName}, "scale", checklist, origins, conversion.errors);
    }
    auto read = readCsv(bytes, fileName);
    conversion.errors.insert(conversion.errors.end(), read.errors.begin(), read.errors.end());
    if (!read.table)
        return conversion;
    readItemsSheet({&*read.table, fileName}, nullptr, checklist, origins, conversion.errors);
    validate(conversion, checklist, origins);
    return conversion;
}

SheetConversion checklistFromSheetFile(const std::filesystem::path& path, const SheetOptions& options)
{
    SheetConversion conversion;
    const std::string extension = asciiLowered(path.extension().string());
    if (extension != ".xlsx" && extension != ".csv") {
        conversion.errors.push_back({path.string(), 1, "is neither a workbook (.xlsx) nor a CSV file (.csv)"});
        return conversion;
    }
    const auto bytes = xml::readBoundedFile(path, conversion.errors);
    if (!bytes)
        return conversion;
    if (extension == ".xlsx")
        return checklistFromXlsx(*bytes, path.string());
    std::optional<std::string> scale;
    if (options.scale) {
        scale = xml::readBoundedFile(*options.scale, conversion.errors);
        if (!scale)
            return conversion;
    }
    return checklistFromCsv(*bytes, path.string(), options, scale);
}

}  // namespace ccg::sheets
