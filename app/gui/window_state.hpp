#pragma once

#include "app/storage/repository.hpp"

#include <filesystem>
#include <optional>
#include <string>

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

/// Who last rated in this review on this computer (wxConfig "/Raters/..."), if anyone did.
std::optional<std::string> rememberedRater(const std::filesystem::path& database, storage::RowId review);

/// Remembers who is rating in this review, so that reopening it never silently switches rater.
void rememberRater(const std::filesystem::path& database, storage::RowId review, const std::string& rater);

}  // namespace ccg::gui
