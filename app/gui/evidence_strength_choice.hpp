#pragma once

#include "checklists/assessment.hpp"

#include <wx/choice.h>

#include <functional>

namespace ccg::gui {

/// The review's evidence strength for one item (PRODUCT.md §5): None, Asserted, Documented or
/// Verified. The choice tells its owner when the user picks one; the owner stores it.
class EvidenceStrengthChoice : public wxChoice {
public:
    EvidenceStrengthChoice(wxWindow* parent, const wxString& name);

    void setStrength(EvidenceStrength strength);
    [[nodiscard]] EvidenceStrength strength() const;
    void onChosen(std::function<void(EvidenceStrength)> chosen) { m_chosen = std::move(chosen); }

private:
    std::function<void(EvidenceStrength)> m_chosen;
};

/// The strength a user reads: "None", "Asserted", "Documented", "Verified".
wxString strengthWords(EvidenceStrength strength);
/// The strength after `strength` in the order a key cycles them (Verified goes back to None).
EvidenceStrength nextStrength(EvidenceStrength strength);

}  // namespace ccg::gui
