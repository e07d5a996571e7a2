#pragma once

#include "app/gui/form_dialog.hpp"
#include "app/storage/repository.hpp"

class wxCheckBox;
class wxDatePickerCtrl;
class wxTextCtrl;

namespace ccg::gui {

/// The open review's settings: its key, title and date, and whether rating is blind (which
/// can no longer change once the ratings have been revealed).
class ReviewSettingsDialog : public FormDialog {
public:
    ReviewSettingsDialog(wxWindow* parent, const storage::ReviewSummary& review);

    [[nodiscard]] ReviewInfo info() const;
    [[nodiscard]] bool blind() const;

private:
    [[nodiscard]] EntryProblem problem() const override;

    wxTextCtrl* m_key = nullptr;
    wxTextCtrl* m_title = nullptr;
    wxDatePickerCtrl* m_date = nullptr;
    wxCheckBox* m_blind = nullptr;
};

}  // namespace ccg::gui
