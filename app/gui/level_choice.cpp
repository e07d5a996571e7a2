#include "app/gui/level_choice.hpp"

#include "app/gui/text_wrap.hpp"

#include <wx/dcclient.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/button.h>
#include <wx/tglbtn.h>

#include <algorithm>

namespace ccg::gui {

LevelChoice::LevelChoice(wxWindow* parent, const std::vector<ScaleLevel>& scale)
    : wxPanel(parent, wxID_ANY)
{
    SetName("level-choice");
    auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(10), FromDIP(4)));
    grid->AddGrowableCol(1, 1);
    auto addRow = [&](const wxString& label, const wxString& descriptor, const wxString& name) {
        auto* button = new wxToggleButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, wxBU_LEFT);
        button->SetName(name);
        // Not measured at each label change but once, at layout; wrapTo measures the words.
        auto* text = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                      wxST_NO_AUTORESIZE);
        text->SetLabelText(descriptor);
        text->InvalidateBestSize();
        const std::size_t index = m_buttons.size();
        button->Bind(wxEVT_TOGGLEBUTTON, [this, index](wxCommandEvent&) { onToggle(index); });
        grid->Add(button, wxSizerFlags().CentreVertical());
        grid->Add(text, wxSizerFlags().CentreVertical());
        m_buttons.push_back(button);
        m_descriptors.push_back(text);
        m_descriptorTexts.push_back(descriptor);
    };
    for (const auto& level : scale)
        addRow(wxString::Format("%d  ", level.value) + wxControl::EscapeMnemonics(wxString::FromUTF8(level.label)),
               wxString::FromUTF8(level.descriptor), wxString::Format("level-%d", level.value));
    addRow("N  Not applicable", "This does not apply to the organisation; it is left out of the scores.",
           "level-na");
    m_clear = new wxButton(this, wxID_ANY, "&Clear rating", wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    m_clear->SetName("clear-rating");
    m_clear->SetToolTip("Take this rating back (Delete); the note and evidence stay");
    m_clear->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_handler && m_rating)
            m_handler(std::nullopt);
    });
    // One width for every button, so the labels line up as a column; with room for the label
    // in bold, the chosen level's font, so that choosing never cuts a label off.
    {
        wxClientDC dc(this);
        for (auto* button : m_buttons) {
            dc.SetFont(button->GetFont());
            const int normal = dc.GetTextExtent(button->GetLabelText()).x;
            dc.SetFont(button->GetFont().Bold());
            const int bold = dc.GetTextExtent(button->GetLabelText()).x;
            m_buttonWidth = std::max(m_buttonWidth, button->GetBestSize().x + bold - normal + FromDIP(8));
        }
    }
    for (auto* button : m_buttons)
        button->SetMinSize(wxSize(m_buttonWidth, -1));
    grid->Add(m_clear, wxSizerFlags().Border(wxTOP, FromDIP(2)));
    grid->AddSpacer(0);
    SetSizer(grid);
}

void LevelChoice::setRating(const std::optional<Rating>& rating)
{
    m_rating = rating;
    m_clear->Enable(rating.has_value());
    const std::size_t naIndex = m_buttons.size() - 1;
    for (std::size_t i = 0; i < m_buttons.size(); ++i) {
        bool chosen = false;
        if (rating)
            chosen = rating->isNotApplicable() ? i == naIndex : static_cast<int>(i) == *rating->level;
        m_buttons[i]->SetValue(chosen);
        // A font change restyles and re-measures the button: only the one changing pays.
        wxFont font = m_buttons[i]->GetFont();
        const wxFontWeight weight = chosen ? wxFONTWEIGHT_BOLD : wxFONTWEIGHT_NORMAL;
        if (font.GetWeight() != weight) {
            font.SetWeight(weight);
            m_buttons[i]->SetFont(font);
        }
    }
}

void LevelChoice::wrapTo(int width)
{
    width -= m_buttonWidth + FromDIP(10);  // the button column and the gap after it
    if (width <= 0 || width == m_wrapWidth)
        return;
    m_wrapWidth = width;
    if (m_prefixWidths.empty()) {
        // One layout per descriptor, whatever the number of words or of later widths.
        wxClientDC dc(this);
        dc.SetFont(m_descriptors.front()->GetFont());
        for (const auto& text : m_descriptorTexts)
            m_prefixWidths.push_back(prefixWidths(dc, text));
    }
    for (std::size_t i = 0; i < m_descriptors.size(); ++i) {
        m_descriptors[i]->SetLabelText(wrapText(m_descriptorTexts[i], m_prefixWidths[i], width));
        m_descriptors[i]->InvalidateBestSize();
    }
}

void LevelChoice::onToggle(std::size_t index)
{
    const std::size_t naIndex = m_buttons.size() - 1;
    const std::optional<Rating> chosen =
        index == naIndex ? Rating::notApplicable() : Rating::at(static_cast<int>(index));
    setRating(m_rating);  // the buttons follow the stored answer, not the click
    // Clicking the level already chosen keeps it: clearing is the Clear button or Delete.
    if (m_handler && m_rating != chosen)
        m_handler(chosen);
}

}  // namespace ccg::gui
