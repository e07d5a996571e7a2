#include "app/session/checklist_import.hpp"

#include "checklists/checklist_loader.hpp"
#include "checklists/text_rules.hpp"
#include "checklists/xml_document.hpp"

#include <stdexcept>

namespace ccg::session {

ChecklistImport readChecklistForImport(const std::filesystem::path& path, const sheets::SheetOptions& identity)
{
    ChecklistImport import;
    const std::string extension = asciiLowered(path.extension().string());
    if (extension == ".xlsx" || extension == ".csv") {
        import.needsIdentity = extension == ".csv";
        if (import.needsIdentity && !(identity.id && identity.version && identity.title)) {
            import.problems.push_back({path.string(), 1, "a CSV file holds only the items: give the checklist's id, "
                                                         "version and title above, then check it again"});
            return import;
        }
        auto conversion = sheets::checklistFromSheetFile(path, identity);
        import.checklist = std::move(conversion.checklist);
        import.definition = std::move(conversion.xml);
        import.problems = std::move(conversion.errors);
        return import;
    }
    // An XML checklist is stored as written, so that its own text is the record.
    const auto bytes = xml::readBoundedFile(path, import.problems);
    if (!bytes)
        return import;
    auto loaded = parseChecklist(*bytes, path.string());
    import.checklist = std::move(loaded.checklist);
    import.problems = std::move(loaded.errors);
    if (import.checklist)
        import.definition = *bytes;
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
