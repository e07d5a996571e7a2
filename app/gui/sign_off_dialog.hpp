#pragma once

#include "app/gui/form_dialog.hpp"
#include "checklists/assessment.hpp"

#include <string>

class wxDatePickerCtrl;
class wxTextCtrl;

namespace ccg::gui {

/// Records the approval of a review (PRODUCT.md §12): the meeting, its date, the minute
/// reference, who signed it off and their role. Every field is needed.
class SignOffDialog : public FormDialog {
public:
    /// `assessedBy` names who approves ("board", "committee"); `date` (YYYY-MM-DD) is the default date.
    SignOffDialog(wxWindow* parent, const std::string& assessedBy, const std::string& date);

    /// The approval as entered (valid after wxID_OK); the fingerprint is left for storage to compute.
    [[nodiscard]] SignOff approval() const;

private:
    [[nodiscard]] EntryProblem problem() const override;

    wxTextCtrl* m_meeting = nullptr;
    wxDatePickerCtrl* m_date = nullptr;
    wxTextCtrl* m_minute = nullptr;
    wxTextCtrl* m_approver = nullptr;
    wxTextCtrl* m_role = nullptr;
};

/// Asks why an approved review is reopened; the reason is recorded in its history.
class ReopenDialog : public FormDialog {
public:
    ReopenDialog(wxWindow* parent, const std::string& lockReason);

    [[nodiscard]] std::string reason() const;

private:
    [[nodiscard]] EntryProblem problem() const override;

    wxTextCtrl* m_reason = nullptr;
};

}  // namespace ccg::gui
