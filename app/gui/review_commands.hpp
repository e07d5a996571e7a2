#pragma once

#include "app/session/resource_paths.hpp"

#include <wx/string.h>

#include <functional>

class wxWindow;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class UserMessages;

/// What a file chooser is asked: open or save, a title, a suggested name. Returns the chosen
/// path, or empty when the user cancels.
struct FileRequest {
    bool save = false;
    wxString title;
    wxString suggestedName;
    wxString wildcard;
};
using FileChooser = std::function<wxString(wxWindow* parent, const FileRequest& request)>;

/// The standard file dialog.
wxString chooseFileWithDialog(wxWindow* parent, const FileRequest& request);

/// The File and Review menu commands that work through dialogs: organisations, reviews,
/// raters, answers files and the demo. Each catches its own errors and shows them.
class ReviewCommands {
public:
    ReviewCommands(wxWindow* parent, session::ReviewSession& session, UserMessages& messages,
                   session::ResourcePaths resources);

    void newOrganisation();
    void newReview();
    void openReview();
    void importAnswers();
    void exportAnswers();
    void addRater();
    /// Imports the demo organisation and opens its 2014 review.
    void openDemo();
    /// Replaces the file dialog (tests answer it without a native dialog).
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

private:
    wxWindow* m_parent;
    session::ReviewSession& m_session;
    UserMessages& m_messages;
    session::ResourcePaths m_resources;
    FileChooser m_chooseFile = chooseFileWithDialog;
};

}  // namespace ccg::gui
