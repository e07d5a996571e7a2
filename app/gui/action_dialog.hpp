#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"

#include "app/gui/form_dialog.hpp"

#include <string>
#include <vector>

class wxChoice;
class wxDatePickerCtrl;
class wxTextCtrl;

namespace ccg::gui {

class ItemPicker;

/// Adds or edits an action: the item (found by words of its question), what is to be done,
/// owner, due date and status.
class ActionDialog : public FormDialog {
public:
    ActionDialog(wxWindow* parent, const Checklist& checklist, const Action& initial, const wxString& title);

    /// The action as the user left it (valid after wxID_OK).
    [[nodiscard]] Action action() const;

private:
    [[nodiscard]] EntryProblem problem() const override;

    ItemPicker* m_item = nullptr;
    wxTextCtrl* m_text = nullptr;
    std::size_t m_textLimit = 0;  ///< most characters the action's text may have
    wxTextCtrl* m_owner = nullptr;
    wxDatePickerCtrl* m_due = nullptr;
    wxChoice* m_status = nullptr;
};

/// The date picker's value as YYYY-MM-DD, or empty when none is set.
std::string isoDate(const wxDatePickerCtrl& picker);

}  // namespace ccg::gui
