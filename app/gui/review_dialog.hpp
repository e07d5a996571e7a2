#pragma once

#include "app/session/workshop_checklists.hpp"
#include "app/storage/repository.hpp"

#include "app/gui/form_dialog.hpp"

#include <optional>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxDatePickerCtrl;
class wxTextCtrl;

namespace ccg::gui {

/// What the user asked for in the new review dialog.
struct NewReviewRequest {
    storage::RowId organisationId = 0;
    ReviewInfo info;
    std::optional<storage::RowId> copyFrom;
    bool copyAnswers = false;
    bool followOn = false;  ///< carry copyFrom's open actions as commitments rather than as actions
    bool blind = true;  ///< each member rates without seeing the others' ratings until reveal
    /// The checklist of a blank review: a stored one, or none for the shipped checklist. A copy
    /// keeps the checklist of the review it copies.
    std::optional<storage::RowId> checklistRowId;
};

/// Starts a review of an organisation: blank, of any stored checklist or the shipped one, or as
/// a copy of one of its earlier reviews.
class ReviewDialog : public FormDialog {
public:
    ReviewDialog(wxWindow* parent, const storage::Repository& repository,
                 std::optional<storage::RowId> organisationId, const std::filesystem::path& shippedChecklist);

    [[nodiscard]] NewReviewRequest request() const;

private:
    void fillStartChoices();
    void enableForStart();
    [[nodiscard]] EntryProblem problem() const override;

    const storage::Repository& m_repository;
    std::vector<storage::OrganisationRecord> m_organisations;
    std::vector<storage::ReviewSummary> m_reviews;  ///< of the chosen organisation
    std::vector<session::WorkshopChecklist> m_checklists;  ///< on offer for a blank review
    wxChoice* m_organisation = nullptr;
    wxTextCtrl* m_key = nullptr;
    wxTextCtrl* m_title = nullptr;
    wxDatePickerCtrl* m_date = nullptr;
    wxChoice* m_start = nullptr;
    wxChoice* m_checklist = nullptr;
    wxCheckBox* m_followOn = nullptr;
    wxCheckBox* m_copyAnswers = nullptr;
    wxCheckBox* m_blind = nullptr;
};

}  // namespace ccg::gui
