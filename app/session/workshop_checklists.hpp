#pragma once

#include "app/storage/repository.hpp"
#include "checklists/checklist.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ccg::session {

/// A checklist a blank workshop pack can be made of: one stored in the database, or the one
/// the application ships. A pack belongs to no review, so none is needed to make one.
struct WorkshopChecklist {
    std::string checklistId;
    std::string version;
    std::string title;
    std::optional<storage::RowId> stored;  ///< the database's copy; none for the shipped file
    bool shipped = false;                  ///< the checklist the application ships (stored or not)

    /// What a person chooses it by: its title, id and version.
    [[nodiscard]] std::string label() const;
};

/// The checklists on offer: every one stored in the database, then the shipped one at
/// `shippedPath` unless the same id and version is stored already (or the file cannot be read).
std::vector<WorkshopChecklist> workshopChecklists(const storage::Repository& repository,
                                                  const std::filesystem::path& shippedPath);

/// Which of `choices` to offer first: the one with `checklist`'s id and version when given
/// (the open review's), else the shipped one, else the first.
std::size_t preferredWorkshopChecklist(const std::vector<WorkshopChecklist>& choices, const Checklist* checklist);

/// Writes the blank workshop pack of `choice` to `out` (PDF). Throws on failure.
void saveWorkshopPack(const storage::Repository& repository, const std::filesystem::path& shippedPath,
                      const WorkshopChecklist& choice, const std::filesystem::path& out);

}  // namespace ccg::session
