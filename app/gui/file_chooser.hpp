#pragma once

#include <wx/string.h>

#include <functional>

class wxWindow;

namespace ccg::gui {

/// What a file chooser is asked: open or save, a title, a suggested name, the file types.
struct FileRequest {
    bool save = false;
    wxString title;
    wxString suggestedName;
    wxString wildcard;
};

/// Asks the user for a file; returns the path, or empty when they cancel. The main window's
/// commands share one, which tests replace (GTK's native dialog cannot be answered unseen).
using FileChooser = std::function<wxString(wxWindow* parent, const FileRequest& request)>;

/// The standard file dialog.
wxString chooseFileWithDialog(wxWindow* parent, const FileRequest& request);

}  // namespace ccg::gui
