#include "app/session/workshop_checklists.hpp"

#include "checklists/checklist_loader.hpp"
#include "reports/report_writer.hpp"

#include <algorithm>

namespace ccg::session {

std::string WorkshopChecklist::label() const
{
    return title + " (" + checklistId + ", version " + version + ")";
}

std::vector<WorkshopChecklist> workshopChecklists(const storage::Repository& repository,
                                                  const std::filesystem::path& shippedPath)
{
    std::vector<WorkshopChecklist> choices;
    for (const auto& record : repository.listChecklists())
        choices.push_back({record.checklistId, record.version, record.title, record.id});
    // The shipped file is read only to be named; a broken install still offers what is stored.
    const ChecklistLoad shipped = loadChecklistFile(shippedPath);
    if (!shipped.checklist)
        return choices;
    const auto stored = std::find_if(choices.begin(), choices.end(), [&](const WorkshopChecklist& choice) {
        return choice.checklistId == shipped.checklist->id && choice.version == shipped.checklist->version;
    });
    if (stored != choices.end())
        stored->shipped = true;
    else
        choices.push_back(
            {shipped.checklist->id, shipped.checklist->version, shipped.checklist->title, std::nullopt, true});
    return choices;
}

std::size_t preferredWorkshopChecklist(const std::vector<WorkshopChecklist>& choices, const Checklist* checklist)
{
    const auto found = std::find_if(choices.begin(), choices.end(), [&](const WorkshopChecklist& choice) {
        return checklist ? choice.checklistId == checklist->id && choice.version == checklist->version
                         : choice.shipped;
    });
    return found == choices.end() ? 0 : static_cast<std::size_t>(found - choices.begin());
}

void saveWorkshopPack(const storage::Repository& repository, const std::filesystem::path& shippedPath,
                      const WorkshopChecklist& choice, const std::filesystem::path& out)
{
    if (choice.stored) {
        reports::writeWorkshopPack(*repository.loadChecklist(*choice.stored), out);
        return;
    }
    reports::writeWorkshopPack(loadChecklistOrThrow(shippedPath), out);
}

}  // namespace ccg::session
