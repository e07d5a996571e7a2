#include "app/gui/evidence_strength_choice.hpp"

#include "checklists/words.hpp"

#include <array>

namespace ccg::gui {

namespace {

constexpr std::array<EvidenceStrength, 4> kStrengths{EvidenceStrength::None, EvidenceStrength::Asserted,
                                                     EvidenceStrength::Documented, EvidenceStrength::Verified};

}  // namespace

wxString strengthWords(EvidenceStrength strength)
{
    return wxString::FromUTF8(words::strengthWords(strength));
}

EvidenceStrength nextStrength(EvidenceStrength strength)
{
    for (std::size_t i = 0; i < kStrengths.size(); ++i)
        if (kStrengths[i] == strength)
            return kStrengths[(i + 1) % kStrengths.size()];
    return EvidenceStrength::None;
}

EvidenceStrengthChoice::EvidenceStrengthChoice(wxWindow* parent, const wxString& name) : wxChoice(parent, wxID_ANY)
{
    SetName(name);
    for (EvidenceStrength strength : kStrengths)
        Append(strengthWords(strength));
    SetSelection(0);
    // A choice's entries take no tooltips of their own: the control's says what each means.
    SetToolTip("How well the evidence backs this item's level:\n"
               "None: nothing recorded about the evidence yet\n"
               "Asserted: someone says so, but nothing is written down\n"
               "Documented: papers or minutes show it\n"
               "Verified: someone independent (audit, a reviewer) has checked it\n"
               "Shift+E steps through them");
    Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
        const int selection = event.GetSelection();
        if (m_chosen && selection >= 0 && selection < static_cast<int>(kStrengths.size()))
            m_chosen(kStrengths[static_cast<std::size_t>(selection)]);
    });
}

void EvidenceStrengthChoice::setStrength(EvidenceStrength strength)
{
    for (std::size_t i = 0; i < kStrengths.size(); ++i)
        if (kStrengths[i] == strength)
            SetSelection(static_cast<int>(i));
}

EvidenceStrength EvidenceStrengthChoice::strength() const
{
    const int selection = GetSelection();
    return selection >= 0 && selection < static_cast<int>(kStrengths.size())
               ? kStrengths[static_cast<std::size_t>(selection)]
               : EvidenceStrength::None;
}

}  // namespace ccg::gui
