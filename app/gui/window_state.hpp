#pragma once

#include "app/storage/repository.hpp"

#include <filesystem>
#include <optional>

class wxFrame;
class wxSplitterWindow;

namespace ccg::gui {

/// Puts the frame and splitter back where the user left them (wxConfig "/Window/...").
void restoreWindowState(wxFrame& frame, wxSplitterWindow& splitter);

/// Remembers the frame's size, position, maximised state and splitter position.
void saveWindowState(const wxFrame& frame, const wxSplitterWindow& splitter);

/// The review last open with this database (wxConfig "/Session/..."), if it was this one.
std::optional<storage::RowId> lastOpenedReview(const std::filesystem::path& database);

/// Remembers the database and the review open in it, for the next start.
void rememberOpenReview(const std::filesystem::path& database, std::optional<storage::RowId> review);

}  // namespace ccg::gui
