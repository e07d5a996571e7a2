#pragma once

#include "checklists/assessment.hpp"

#include "app/gui/form_dialog.hpp"

#include <string>
#include <vector>

class wxTextCtrl;

namespace ccg::gui {

/// Asks for a new rater's name and role; the id is made from the name unless given.
class RaterDialog : public FormDialog {
public:
    RaterDialog(wxWindow* parent, std::vector<std::string> takenIds);

    [[nodiscard]] Rater rater() const;

private:
    [[nodiscard]] EntryProblem problem() const override;

    std::vector<std::string> m_takenIds;
    wxTextCtrl* m_name = nullptr;
    wxTextCtrl* m_role = nullptr;
    wxTextCtrl* m_id = nullptr;
};

/// A rater id made from a name: lower case ASCII letters and digits joined by hyphens.
std::string raterIdFromName(const std::string& name);

}  // namespace ccg::gui
