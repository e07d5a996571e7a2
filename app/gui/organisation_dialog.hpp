#pragma once

#include "checklists/assessment.hpp"

#include <wx/dialog.h>

class wxStaticText;
class wxTextCtrl;

namespace ccg::gui {

/// Asks for a new organisation's code (e.g. "00Q") and name.
class OrganisationDialog : public wxDialog {
public:
    explicit OrganisationDialog(wxWindow* parent);

    [[nodiscard]] Organisation organisation() const;

private:
    void onOk(wxCommandEvent& event);

    wxTextCtrl* m_code = nullptr;
    wxTextCtrl* m_name = nullptr;
    wxStaticText* m_problem = nullptr;
};

}  // namespace ccg::gui
