#pragma once

#include "app/storage/repository.hpp"

#include <wx/dialog.h>

#include <optional>
#include <vector>

class wxListCtrl;
class wxListEvent;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

class UserMessages;

/// Lists every review with its score; opens one, or deletes a review or organisation after
/// the user confirms.
class OpenReviewDialog : public wxDialog {
public:
    OpenReviewDialog(wxWindow* parent, session::ReviewSession& session, UserMessages& messages);

    /// The review chosen (after wxID_OPEN).
    [[nodiscard]] std::optional<storage::RowId> chosen() const { return m_chosen; }

private:
    void fill();
    [[nodiscard]] const storage::ReviewSummary* selected() const;
    void onOpen(wxCommandEvent& event);
    void onDeleteReview(wxCommandEvent& event);
    void onDeleteOrganisation(wxCommandEvent& event);
    void onActivated(wxListEvent& event);

    session::ReviewSession& m_session;
    UserMessages& m_messages;
    std::vector<storage::ReviewSummary> m_reviews;
    wxListCtrl* m_list = nullptr;
    std::optional<storage::RowId> m_chosen;
};

}  // namespace ccg::gui
