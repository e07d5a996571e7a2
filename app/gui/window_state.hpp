#pragma once

class wxFrame;
class wxSplitterWindow;

namespace ccg::gui {

/// Puts the frame and splitter back where the user left them (wxConfig "/Window/...").
void restoreWindowState(wxFrame& frame, wxSplitterWindow& splitter);

/// Remembers the frame's size, position, maximised state and splitter position.
void saveWindowState(const wxFrame& frame, const wxSplitterWindow& splitter);

}  // namespace ccg::gui
