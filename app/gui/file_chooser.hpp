#pragma once

#include <wx/arrstr.h>
#include <wx/string.h>

#include <functional>

class wxWindow;

namespace ccg::gui {

/// What a file dialog is for; each kind starts in the folder last used for it.
enum class FileKind { BoardReport, ActionPlan, WorkshopPack, Answers, RatingForms, Returns, Comparison, Checklist };

/// What a file chooser is asked: what for, open or save, a title, a suggested name, the file
/// types, and whether several files (or a folder) may be chosen.
struct FileRequest {
    FileKind kind = FileKind::Answers;
    bool save = false;
    wxString title{};
    wxString suggestedName{};
    wxString wildcard{};
    bool several = false;  ///< open one or more files
    bool folder = false;   ///< choose a folder instead of a file
    wxString startFolder{};  ///< where the dialog opens; empty for the toolkit's choice
};

/// Asks the user for files; returns their paths, or none when they cancel. The main window's
/// commands share one, which tests replace (GTK's native dialog cannot be answered unseen).
using FileChooser = std::function<wxArrayString(wxWindow* parent, const FileRequest& request)>;

/// The standard file (or folder) dialog.
wxArrayString chooseFileWithDialog(wxWindow* parent, const FileRequest& request);

/// `chooser` with every request starting in the folder last used for its kind (see
/// FolderMemory), and the folder of what the user chose remembered for the next time.
FileChooser rememberingFolders(FileChooser chooser);

/// The one path chosen, or empty when the user cancelled.
wxString chooseOne(const FileChooser& chooser, wxWindow* parent, const FileRequest& request);

}  // namespace ccg::gui
