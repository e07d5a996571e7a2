#include "app/gui/file_chooser.hpp"

#include <wx/filedlg.h>

namespace ccg::gui {

wxString chooseFileWithDialog(wxWindow* parent, const FileRequest& request)
{
    const long style = request.save ? wxFD_SAVE | wxFD_OVERWRITE_PROMPT : wxFD_OPEN | wxFD_FILE_MUST_EXIST;
    wxFileDialog dialog(parent, request.title, wxString(), request.suggestedName, request.wildcard, style);
    return dialog.ShowModal() == wxID_OK ? dialog.GetPath() : wxString();
}

}  // namespace ccg::gui
