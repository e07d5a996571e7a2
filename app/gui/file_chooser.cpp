#include "app/gui/file_chooser.hpp"

#include <wx/dirdlg.h>
#include <wx/filedlg.h>

namespace ccg::gui {

wxArrayString chooseFileWithDialog(wxWindow* parent, const FileRequest& request)
{
    wxArrayString paths;
    if (request.folder) {
        wxDirDialog dialog(parent, request.title, wxString(), wxDD_DEFAULT_STYLE);
        if (dialog.ShowModal() == wxID_OK)
            paths.push_back(dialog.GetPath());
        return paths;
    }
    long style = request.save ? wxFD_SAVE | wxFD_OVERWRITE_PROMPT : wxFD_OPEN | wxFD_FILE_MUST_EXIST;
    if (request.several && !request.save)
        style |= wxFD_MULTIPLE;
    wxFileDialog dialog(parent, request.title, wxString(), request.suggestedName, request.wildcard, style);
    if (dialog.ShowModal() != wxID_OK)
        return paths;
    if (request.several)
        dialog.GetPaths(paths);
    else
        paths.push_back(dialog.GetPath());
    return paths;
}

wxString chooseOne(const FileChooser& chooser, wxWindow* parent, const FileRequest& request)
{
    const wxArrayString paths = chooser(parent, request);
    return paths.empty() ? wxString() : paths.front();
}

}  // namespace ccg::gui
