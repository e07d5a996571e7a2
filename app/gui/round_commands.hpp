#pragma once

#include "app/gui/file_chooser.hpp"
#include "app/session/change_event.hpp"

#include <filesystem>

class wxWindow;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class UserMessages;

/// The rating round's commands (PRODUCT.md §11): who is rating (remembered per review, switched
/// with one key), the review's settings, rating forms and returns, and revealing the ratings.
class RoundCommands {
public:
    RoundCommands(wxWindow* parent, session::ReviewSession& session, UserMessages& messages,
                  const FileChooser& chooseFile, std::filesystem::path database);

    /// Rates as the next (`step` 1) or previous (-1) rater of the review.
    void switchRater(int step);
    /// Asks, then reveals every rater's ratings of a blind review.
    void revealRatings();
    /// The open review's key, title, date and blind setting.
    void reviewSettings();
    /// Takes returned rating forms (several files at once) into the open review.
    void importReturns();
    /// Shows each rater's form, return and progress.
    void showReturns();
    /// Writes a rating form for each rater of the open review into a folder the user chooses.
    void sendRatingForms();

private:
    void onSessionChanged(const session::ChangeEvent& change);
    [[nodiscard]] bool needReview() const;

    wxWindow* m_parent;
    session::ReviewSession& m_session;
    UserMessages& m_messages;
    const FileChooser& m_chooseFile;
    std::filesystem::path m_database;
};

}  // namespace ccg::gui
