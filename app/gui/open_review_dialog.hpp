#pragma once

#include "app/storage/repository.hpp"

#include <wx/dialog.h>

#include <optional>
#include <string>
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
    /// A line of the list: a review, or an organisation that has none yet.
    struct Row {
        storage::RowId organisationId = 0;
        std::string organisationName;
        std::optional<storage::ReviewSummary> review;
    };

    void fill();
    [[nodiscard]] const Row* selected() const;
    void onOpen(wxCommandEvent& event);
    void onDeleteReview(wxCommandEvent& event);
    void onDeleteOrganisation(wxCommandEvent& event);
    void onActivated(wxListEvent& event);

    session::ReviewSession& m_session;
    UserMessages& m_messages;
    std::vector<Row> m_rows;
    wxListCtrl* m_list = nullptr;
    std::optional<storage::RowId> m_chosen;
};

}  // namespace ccg::gui
