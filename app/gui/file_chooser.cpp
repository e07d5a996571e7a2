#include "app/gui/file_chooser.hpp"

#include "app/gui/folder_memory.hpp"

#include <wx/dirdlg.h>
#include <wx/filedlg.h>

#include <utility>

namespace ccg::gui {

wxArrayString chooseFileWithDialog(wxWindow* parent, const FileRequest& request)
{
    wxArrayString paths;
    if (request.folder) {
        wxDirDialog dialog(parent, request.title, request.startFolder, wxDD_DEFAULT_STYLE);
        if (dialog.ShowModal() == wxID_OK)
            paths.push_back(dialog.GetPath());
        return paths;
    }
    long style = request.save ? wxFD_SAVE | wxFD_OVERWRITE_PROMPT : wxFD_OPEN | wxFD_FILE_MUST_EXIST;
    if (request.several && !request.save)
        style |= wxFD_MULTIPLE;
    wxFileDialog dialog(parent, request.title, request.startFolder, request.suggestedName, request.wildcard, style);
    if (dialog.ShowModal() != wxID_OK)
        return paths;
    if (request.several)
        dialog.GetPaths(paths);
    else
        paths.push_back(dialog.GetPath());
    return paths;
}

FileChooser rememberingFolders(FileChooser chooser)
{
    return [chooser = std::move(chooser)](wxWindow* parent, const FileRequest& request) {
        FileRequest started = request;
        if (started.startFolder.empty())
            started.startFolder = FolderMemory::startFolder(request.kind);
        const wxArrayString chosen = chooser(parent, started);
        FolderMemory::remember(request, chosen);
        return chosen;
    };
}

wxString chooseOne(const FileChooser& chooser, wxWindow* parent, const FileRequest& request)
{
    const wxArrayString paths = chooser(parent, request);
    return paths.empty() ? wxString() : paths.front();
}

}  // namespace ccg::gui
