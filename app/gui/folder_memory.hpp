#pragma once

#include "app/gui/file_chooser.hpp"

#include <wx/string.h>

namespace ccg::gui {

/// Remembers, for each kind of file, the folder the user last chose one in, in the settings
/// (wxConfig, so across restarts).
class FolderMemory {
public:
    /// The folder to open a dialog for `kind` in: the one last used while it still exists, else
    /// the user's documents folder, else their home folder.
    [[nodiscard]] static wxString startFolder(FileKind kind);
    /// Remembers where `chosen` (what a dialog for `request` returned) is: a folder itself when
    /// one was asked for, else the folder of the first file.
    static void remember(const FileRequest& request, const wxArrayString& chosen);
    /// Where a dialog starts when no folder is remembered: the user's documents folder when it
    /// exists, else their home folder.
    [[nodiscard]] static wxString defaultFolder();
    /// The settings key the folder of `kind` is kept under.
    [[nodiscard]] static wxString key(FileKind kind);
};

}  // namespace ccg::gui
