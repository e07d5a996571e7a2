#pragma once

#include <wx/arrstr.h>
#include <wx/string.h>

#include <functional>

class wxWindow;

namespace ccg::gui {

/// What a file chooser is asked: open or save, a title, a suggested name, the file types, and
/// whether several files (or a folder) may be chosen.
struct FileRequest {
    bool save = false;
    wxString title;
    wxString suggestedName;
    wxString wildcard;
    bool several = false;  ///< open one or more files
    bool folder = false;   ///< choose a folder instead of a file
};

/// Asks the user for files; returns their paths, or none when they cancel. The main window's
/// commands share one, which tests replace (GTK's native dialog cannot be answered unseen).
using FileChooser = std::function<wxArrayString(wxWindow* parent, const FileRequest& request)>;

/// The standard file (or folder) dialog.
wxArrayString chooseFileWithDialog(wxWindow* parent, const FileRequest& request);

/// The one path chosen, or empty when the user cancelled.
wxString chooseOne(const FileChooser& chooser, wxWindow* parent, const FileRequest& request);

}  // namespace ccg::gui
