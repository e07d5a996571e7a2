#include "app/gui/folder_memory.hpp"

#include <wx/config.h>
#include <wx/filename.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

namespace ccg::gui {

namespace {

const char* kindName(FileKind kind)
{
    switch (kind) {
    case FileKind::BoardReport:
        return "board-report";
    case FileKind::ActionPlan:
        return "action-plan";
    case FileKind::WorkshopPack:
        return "workshop-pack";
    case FileKind::Answers:
        return "answers";
    case FileKind::RatingForms:
        return "rating-forms";
    case FileKind::Returns:
        return "returns";
    case FileKind::Comparison:
        return "comparison";
    case FileKind::Checklist:
        return "checklist";
    }
    return "other";
}

}  // namespace

wxString FolderMemory::defaultFolder()
{
    const wxString documents = wxStandardPaths::Get().GetDocumentsDir();
    if (!documents.empty() && wxFileName::DirExists(documents))
        return documents;
    const wxString home = wxGetHomeDir();
    return wxFileName::DirExists(home) ? home : wxString();
}

wxString FolderMemory::key(FileKind kind)
{
    return wxString("/FileDialogs/") + kindName(kind);
}

wxString FolderMemory::startFolder(FileKind kind)
{
    wxString last;
    if (wxConfigBase* config = wxConfigBase::Get(); config && config->Read(key(kind), &last) && !last.empty() &&
                                                    wxFileName::DirExists(last))
        return last;
    // The folder went (a USB stick taken out, a project folder tidied away): start somewhere
    // that exists rather than in whatever folder the toolkit happens to pick.
    return defaultFolder();
}

void FolderMemory::remember(const FileRequest& request, const wxArrayString& chosen)
{
    wxConfigBase* config = wxConfigBase::Get();
    if (!config || chosen.empty())
        return;
    const wxString folder = request.folder ? chosen.front() : wxFileName(chosen.front()).GetPath();
    if (folder.empty())
        return;
    config->Write(key(request.kind), folder);
    config->Flush();
}

}  // namespace ccg::gui
