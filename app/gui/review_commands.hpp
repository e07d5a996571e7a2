#pragma once

#include "app/session/resource_paths.hpp"
#include "app/storage/repository.hpp"

#include <optional>

#include "app/gui/file_chooser.hpp"

class wxWindow;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class UserMessages;

/// The File and Review menu commands that work through dialogs: organisations, reviews,
/// raters, answers files and the demo. Each catches its own errors and shows them.
class ReviewCommands {
public:
    ReviewCommands(wxWindow* parent, session::ReviewSession& session, UserMessages& messages,
                   session::ResourcePaths resources, const FileChooser& chooseFile);

    void newOrganisation();
    void newReview();
    void openReview();
    void importAnswers();
    /// Reads a checklist file, workbook or CSV file, shows what it holds or what is wrong, and
    /// stores it when the user adds it (PRODUCT.md §14).
    void importChecklist();
    void exportAnswers();
    void addRater();
    /// Imports the demo organisation and opens its 2014 review.
    void openDemo();

private:
    void startReview(std::optional<storage::RowId> organisationId);

    wxWindow* m_parent;
    session::ReviewSession& m_session;
    UserMessages& m_messages;
    session::ResourcePaths m_resources;
    const FileChooser& m_chooseFile;
};

}  // namespace ccg::gui
