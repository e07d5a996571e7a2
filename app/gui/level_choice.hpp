#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <vector>

class wxButton;
class wxToggleButton;
class wxStaticText;

namespace ccg::gui {

/// The rating buttons: one per scale level with its label and descriptor, and N/A.
class LevelChoice : public wxPanel {
public:
    LevelChoice(wxWindow* parent, const std::vector<ScaleLevel>& scale);

    /// Shows `rating` as chosen (nothing chosen when empty); raises no event.
    void setRating(const std::optional<Rating>& rating);
    /// Called when the user clicks a level or N/A; clicking the chosen one again keeps it.
    void onChosen(std::function<void(std::optional<Rating>)> handler) { m_handler = std::move(handler); }
    /// Re-wraps the descriptors so that the whole choice, buttons included, is `width` wide.
    void wrapTo(int width);

private:
    void onToggle(std::size_t index);

    std::vector<wxToggleButton*> m_buttons;  ///< levels in scale order, then N/A
    wxButton* m_clear = nullptr;
    std::vector<wxStaticText*> m_descriptors;
    std::vector<wxString> m_descriptorTexts;
    /// Per descriptor, the width of each prefix: measured once, every wrap width reuses it.
    std::vector<std::vector<int>> m_prefixWidths;
    std::optional<Rating> m_rating;
    std::function<void(std::optional<Rating>)> m_handler;
    int m_wrapWidth = 0;
    int m_buttonWidth = 0;  ///< the button column, as wide as the widest label in bold
};

}  // namespace ccg::gui
