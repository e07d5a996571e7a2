#include "app/gui/present_frame.hpp"

#include "app/gui/action_dialog.hpp"
#include "app/gui/user_messages.hpp"
#include "app/session/item_navigator.hpp"
#include "app/session/review_session.hpp"
#include "checklists/item_index.hpp"
#include "checklists/words.hpp"

#include <wx/display.h>
#include <wx/dcbuffer.h>
#include <wx/dcclient.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

#include <algorithm>

namespace ccg::gui {

namespace {

// Wraps `text` in `label` so that GTK draws it no wider than `width`. wx measures the words with
// its own device context, which with a scaled DPI (GDK_DPI_SCALE) comes out narrower than GTK
// draws them: the wrap width is narrowed by what GTK measured over, a few times at most.
void wrapToFit(wxStaticText& label, const wxString& text, int width)
{
    int wrapAt = width;
    for (int attempt = 0; attempt < 3; ++attempt) {
        label.SetLabelText(text);
        label.Wrap(wrapAt);
        label.InvalidateBestSize();
        const int drawn = label.GetBestSize().x;
        if (drawn <= width || drawn <= 0)
            return;
        wrapAt = std::max(1, static_cast<int>(static_cast<long long>(wrapAt) * width / drawn) - 1);
    }
}

/// Large type for a projector: the window's font at `scale` times its size.
wxFont large(const wxWindow* window, double scale, bool bold = false)
{
    wxFont font = window->GetFont();
    font.SetFractionalPointSize(font.GetFractionalPointSize() * scale);
    return bold ? font.Bold() : font;
}

/// A thick bar, as long as the share of members who chose a level: readable from the back of the room.
class LevelBar : public wxWindow {
public:
    explicit LevelBar(wxWindow* parent) : wxWindow(parent, wxID_ANY)
    {
        SetBackgroundStyle(wxBG_STYLE_PAINT);
        SetMinSize(wxSize(-1, FromDIP(26)));
        Bind(wxEVT_PAINT, [this](wxPaintEvent&) {
            wxAutoBufferedPaintDC dc(this);
            dc.SetBackground(*wxWHITE_BRUSH);
            dc.Clear();
            const wxSize size = GetClientSize();
            dc.SetPen(wxPen(wxColour(0xAE, 0xB7, 0xBD)));
            dc.SetBrush(wxBrush(wxColour(0xF0, 0xF4, 0xF5)));
            dc.DrawRectangle(0, 0, size.x, size.y);
            if (m_value > 0) {
                dc.SetPen(*wxTRANSPARENT_PEN);
                dc.SetBrush(wxBrush(wxColour(0x00, 0x5E, 0xB8)));
                dc.DrawRectangle(0, 0, size.x * m_value / std::max(1, m_range), size.y);
            }
        });
    }

    void set(int value, int range)
    {
        m_value = value;
        m_range = range;
        Refresh();
    }

private:
    int m_value = 0;
    int m_range = 1;
};

const char* const kKeys =
    "Right or Down: next item   Left or Up: previous   C: how many members chose each level   "
    "0-4 or N: the agreed level   W: why it was agreed   A: add an action   Esc: leave";

}  // namespace

PresentFrame::PresentFrame(wxWindow* parent, session::ReviewSession& session, UserMessages& messages,
                           const std::string& firstItem)
    : wxFrame(parent, wxID_ANY, "Present to the room", wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE | wxFRAME_FLOAT_ON_PARENT),
      m_session(session), m_messages(messages)
{
    SetName("present-frame");
    SetBackgroundColour(*wxWHITE);
    build();
    Bind(wxEVT_CHAR_HOOK, &PresentFrame::onKey, this);
    // Moved to another screen or resized, the text wraps to the new width. Checked when the
    // window is idle, not in the size event: GTK may report the new client size only after the
    // event and after the calls queued from it, and the text then stayed wrapped for the old one.
    Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
        event.Skip();
        if (GetClientSize() != m_fittedTo)
            fitText();
        else if (m_rewrapsLeft > 0 && textCutOff()) {
            // GTK applied a label's new font after it was wrapped: wrap it again, a few times
            // at most (a word wider than the screen can never fit).
            --m_rewrapsLeft;
            rewrap();
        }
    });
    // On a second screen when there is one (the projector), else over the whole of this one.
    const int here = wxDisplay::GetFromWindow(parent);
    if (wxDisplay::GetCount() > 1) {
        const unsigned other = here == 0 ? 1 : 0;
        SetSize(wxDisplay(other).GetGeometry());
    } else {
        SetSize(wxDisplay(here == wxNOT_FOUND ? 0u : static_cast<unsigned>(here)).GetClientArea());
    }
    showItem(firstItem);
}

void PresentFrame::build()
{
    auto* panel = this;
    m_where = new wxStaticText(panel, wxID_ANY, wxString());
    m_question = new wxStaticText(panel, wxID_ANY, wxString());
    m_question->SetName("present-question");
    m_guidance = new wxStaticText(panel, wxID_ANY, wxString());
    m_agreed = new wxStaticText(panel, wxID_ANY, wxString());
    m_agreed->SetName("present-agreed");
    m_keys = new wxStaticText(panel, wxID_ANY, kKeys);
    m_keys->SetForegroundColour(wxColour(0x4C, 0x62, 0x72));

    auto* counts = new wxFlexGridSizer(2, wxSize(FromDIP(16), FromDIP(6)));
    counts->AddGrowableCol(1, 1);
    const auto rows = m_session.checklist().scale.size() + 1;
    for (std::size_t i = 0; i < rows; ++i) {
        auto* label = new wxStaticText(panel, wxID_ANY, wxString());
        auto* bar = new LevelBar(panel);
        counts->Add(label, wxSizerFlags().CentreVertical());
        counts->Add(bar, wxSizerFlags().Expand().CentreVertical());
        m_countLabels.push_back(label);
        m_bars.push_back(bar);
    }

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int margin = FromDIP(40);
    sizer->Add(m_where, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    sizer->Add(m_question, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    sizer->Add(m_guidance, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    sizer->Add(counts, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    sizer->Add(m_agreed, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, margin));
    sizer->AddStretchSpacer();
    sizer->Add(m_keys, wxSizerFlags().Border(wxALL, margin / 2));
    SetSizer(sizer);
    applyFonts();
}

void PresentFrame::applyFonts()
{
    m_where->SetFont(large(this, 1.4 * m_textScale));
    m_question->SetFont(large(this, 2.4 * m_textScale, true));
    m_guidance->SetFont(large(this, 1.5 * m_textScale));
    m_agreed->SetFont(large(this, 1.6 * m_textScale, true));
    for (auto* label : m_countLabels)
        label->SetFont(large(this, 1.4 * m_textScale));
}

int PresentFrame::heightNeeded() const
{
    // GTK measures a label in a new font only once it has restyled it, later: the sizer's
    // figure is corrected by the labels' heights measured here in their fonts.
    int height = GetSizer()->CalcMin().y;
    std::vector<wxStaticText*> labels{m_where, m_question, m_guidance, m_agreed};
    labels.insert(labels.end(), m_countLabels.begin(), m_countLabels.end());
    for (wxStaticText* label : labels) {
        if (!label->IsShown())
            continue;
        wxClientDC dc(label);
        dc.SetFont(label->GetFont());
        const wxString text = label->GetLabelText().empty() ? wxString("X") : label->GetLabelText();
        height += dc.GetMultiLineTextExtent(text).y - label->GetBestSize().y;
    }
    return height;
}

void PresentFrame::fitText()
{
    // As large as the screen allows: a long question or large system text shrinks the type
    // step by step until the counts, the agreed level and the keys are all in sight.
    m_fittedTo = GetClientSize();
    m_textScale = 1.0;
    applyFonts();
    wrapTexts();
    while (heightNeeded() > GetClientSize().y && m_textScale > 0.5) {
        m_textScale *= 0.9;
        applyFonts();
        wrapTexts();
    }
    Layout();
    m_rewrapsLeft = 3;
    // Once GTK has restyled the labels in their new fonts, their sizes are measured again.
    CallAfter([this] { rewrap(); });
}

void PresentFrame::rewrap()
{
    wrapTexts();
    for (wxStaticText* label : {m_where, m_question, m_guidance, m_agreed})
        label->InvalidateBestSize();
    Layout();
}

bool PresentFrame::textCutOff() const
{
    for (const wxStaticText* label : {m_question, m_guidance})
        if (label->IsShown() && label->GetBestSize().x > label->GetSize().x + 1)
            return true;
    return false;
}

void PresentFrame::showItem(const std::string& itemId)
{
    const ItemIndex items(m_session.checklist());
    const Item* item = items.find(itemId);
    if (!item)
        return;
    m_itemId = itemId;
    m_countsShown = false;
    const auto position = items.position(itemId).value_or(0);
    const std::string dot = "  \xC2\xB7  ";
    m_where->SetLabelText(wxString::FromUTF8(items.domainOf(itemId)->title + dot + itemId + dot +
                                             std::to_string(position + 1) + " of " + std::to_string(items.size())));
    m_questionText = wxString::FromUTF8(item->question);
    m_guidanceText = item->guidance.empty() ? wxString() : wxString::FromUTF8("What good looks like: " + item->guidance);
    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        m_countLabels[i]->SetLabelText(wxString());
        m_countLabels[i]->Hide();
        m_bars[i]->Hide();
    }
    refreshAgreed();
    fitText();
}

void PresentFrame::wrapTexts()
{
    const int width = GetClientSize().x - FromDIP(80);
    wrapToFit(*m_question, m_questionText, width);
    wrapToFit(*m_guidance, m_guidanceText, width);
    wrapToFit(*m_keys, kKeys, width);
}

std::vector<wxString> PresentFrame::countLines() const
{
    std::vector<wxString> lines;
    for (const auto* label : m_countLabels)
        if (!label->GetLabelText().empty())
            lines.push_back(label->GetLabelText());
    return lines;
}

void PresentFrame::showCounts()
{
    if (m_session.ratingsHidden()) {
        m_agreed->SetLabelText("The ratings are hidden until they are revealed (Review > Reveal ratings).");
        fitText();
        return;
    }
    const auto table = m_session.agreement();
    const auto row = std::find_if(table.rows.begin(), table.rows.end(),
                                  [&](const session::AgreementRow& r) { return r.itemId == m_itemId; });
    if (row == table.rows.end())
        return;
    const auto& scale = m_session.checklist().scale;
    std::vector<int> counts(scale.size() + 1, 0);  // one per level, then N/A
    int members = 0;
    for (const auto& rating : row->ratings) {
        if (!rating)
            continue;
        ++members;
        ++counts[rating->isNotApplicable() ? scale.size() : static_cast<std::size_t>(*rating->level)];
    }
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const wxString level = i < scale.size()
                                   ? wxString::FromUTF8(std::to_string(scale[i].value) + "  " + scale[i].label)
                                   : wxString("N/A  Not applicable");
        m_countLabels[i]->SetLabelText(level + wxString::Format(": %d %s", counts[i], counts[i] == 1 ? "member" : "members"));
        static_cast<LevelBar*>(m_bars[i])->set(counts[i], members);
        m_countLabels[i]->Show();
        m_bars[i]->Show();
    }
    m_countsShown = true;
    fitText();
}

void PresentFrame::refreshAgreed()
{
    const AgreedRating* agreed = m_session.answers().agreed(m_itemId);
    wxString text = agreed ? wxString::FromUTF8("Agreed: " + words::ratingWords(m_session.checklist(), agreed->rating))
                           : wxString("Not agreed yet");
    if (agreed && !agreed->rationale.empty())
        text += wxString::FromUTF8(" \xE2\x80\x94 " + agreed->rationale);
    m_agreed->SetLabelText(text);
    m_agreed->Wrap(GetClientSize().x - FromDIP(80));
}

void PresentFrame::move(int step)
{
    const session::ItemNavigator navigator(m_session.checklist());
    showItem(step > 0 ? navigator.next(m_itemId) : navigator.previous(m_itemId));
}

void PresentFrame::agree(const std::optional<Rating>& rating)
{
    if (m_messages.guarded([&] { m_session.setAgreed(m_itemId, rating); }))
        refreshAgreed();
    else
        m_agreed->SetLabelText("The ratings are hidden until they are revealed (Review > Reveal ratings).");
    fitText();
}

void PresentFrame::writeRationale()
{
    const AgreedRating* agreed = m_session.answers().agreed(m_itemId);
    if (!agreed) {
        m_agreed->SetLabelText("Record the agreed level first (its number, or N).");
        fitText();
        return;
    }
    wxTextEntryDialog ask(this, "Why this level was agreed:", "Rationale", wxString::FromUTF8(agreed->rationale),
                          wxOK | wxCANCEL | wxTE_MULTILINE);
    if (ask.ShowModal() != wxID_OK)
        return;
    m_messages.guarded([&] { m_session.setRationale(m_itemId, ask.GetValue().utf8_string()); });
    refreshAgreed();
    fitText();
}

void PresentFrame::addAction()
{
    Action action;
    action.item = m_itemId;
    ActionDialog dialog(this, m_session.checklist(), action, "New action");
    if (dialog.ShowModal() == wxID_OK)
        m_messages.guarded([&] { m_session.addAction(dialog.action()); });
}

void PresentFrame::onKey(wxKeyEvent& event)
{
    const int key = event.GetKeyCode();
    if (event.HasAnyModifiers() && key != WXK_ESCAPE) {
        event.Skip();
        return;
    }
    const int maxLevel = m_session.checklist().maxLevel();
    if (key >= '0' && key <= '0' + std::min(maxLevel, 9)) {
        agree(Rating::at(key - '0'));
        return;
    }
    switch (key) {
    case WXK_ESCAPE: Close(); return;
    case WXK_RIGHT:
    case WXK_DOWN:
    case WXK_PAGEDOWN:
    case WXK_SPACE: move(1); return;
    case WXK_LEFT:
    case WXK_UP:
    case WXK_PAGEUP: move(-1); return;
    case 'C':
    case 'c': showCounts(); return;
    case 'N':
    case 'n': agree(Rating::notApplicable()); return;
    case 'W':
    case 'w': writeRationale(); return;
    case 'A':
    case 'a': addAction(); return;
    default: event.Skip();
    }
}

}  // namespace ccg::gui
