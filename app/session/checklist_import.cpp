#include "app/session/checklist_import.hpp"

#include "checklists/checklist_loader.hpp"
#include "checklists/text_rules.hpp"
#include "checklists/xml_document.hpp"

#include <stdexcept>

namespace ccg::session {

bool ChecklistFile::isCsv() const
{
    return asciiLowered(path.extension().string()) == ".csv";
}

bool ChecklistFile::isWorkbook() const
{
    return asciiLowered(path.extension().string()) == ".xlsx";
}

ChecklistFile readChecklistFile(const std::filesystem::path& path)
{
    ChecklistFile file;
    file.path = path;
    file.bytes = xml::readBoundedFile(path, file.problems);
    return file;
}

ChecklistImport checkChecklistFile(const ChecklistFile& file, const sheets::SheetOptions& identity)
{
    ChecklistImport import;
    if (!file.bytes) {
        import.problems = file.problems;
        return import;
    }
    const std::string name = file.path.string();
    if (file.isCsv() && !(identity.id && identity.version && identity.title)) {
        import.problems.push_back({name, 1, "a CSV file holds only the items: give the checklist's id, version and "
                                            "title above, then check it again"});
        return import;
    }
    if (file.isCsv() || file.isWorkbook()) {
        auto conversion = file.isCsv() ? sheets::checklistFromCsv(*file.bytes, name, identity, std::nullopt)
                                       : sheets::checklistFromXlsx(*file.bytes, name);
        import.checklist = std::move(conversion.checklist);
        import.definition = std::move(conversion.xml);
        import.problems = std::move(conversion.errors);
        return import;
    }
    // An XML checklist is stored as written, so that its own text is the record.
    auto loaded = parseChecklist(*file.bytes, name);
    import.checklist = std::move(loaded.checklist);
    import.problems = std::move(loaded.errors);
    if (import.checklist)
        import.definition = *file.bytes;
    return import;
}

storage::RowId storeImportedChecklist(storage::Repository& repository, const ChecklistImport& import,
                                      const std::filesystem::path& path)
{
    if (!import.checklist)
        throw std::logic_error("a checklist with problems is not stored");
    return repository.storeChecklist(import.definition, path.filename().string());
}

}  // namespace ccg::session
