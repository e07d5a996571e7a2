#pragma once

#include "checklists/assessment.hpp"

#include "app/gui/form_dialog.hpp"

class wxTextCtrl;

namespace ccg::gui {

/// Asks for a new organisation's code (e.g. "00Q") and name.
class OrganisationDialog : public FormDialog {
public:
    explicit OrganisationDialog(wxWindow* parent);

    [[nodiscard]] Organisation organisation() const;

private:
    [[nodiscard]] EntryProblem problem() const override;

    wxTextCtrl* m_code = nullptr;
    wxTextCtrl* m_name = nullptr;
};

}  // namespace ccg::gui
