#include "app/gui/autosave_text.hpp"

namespace ccg::gui {

AutosaveText::AutosaveText(wxWindow* parent, const wxString& name, int delayMs)
    : wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE | wxTE_RICH2),
      m_timer(this), m_delayMs(delayMs)
{
    SetName(name);
    Bind(wxEVT_TEXT, &AutosaveText::onText, this);
    Bind(wxEVT_TIMER, &AutosaveText::onTimer, this);
    Bind(wxEVT_KILL_FOCUS, &AutosaveText::onKillFocus, this);
}

void AutosaveText::showStored(const wxString& text)
{
    m_timer.Stop();
    m_dirty = false;
    if (GetValue() != text)
        ChangeValue(text);
}

void AutosaveText::flush()
{
    m_timer.Stop();
    if (!m_dirty || !m_commit)
        return;
    // Cleared first: committing refreshes the views, which call showStored() with this text.
    m_dirty = false;
    if (!m_commit(GetValue()))
        m_dirty = true;
}

void AutosaveText::onText(wxCommandEvent& event)
{
    // wxGTK limits only single-line entries itself: a paste past the limit is cut here, rather
    // than refused by storage later with the whole text unsaved.
    if (m_maxChars && GetValue().length() > m_maxChars) {
        ChangeValue(GetValue().Left(m_maxChars));
        SetInsertionPointEnd();
        if (m_clipped)
            m_clipped();
    }
    m_dirty = true;
    m_timer.StartOnce(m_delayMs);
    event.Skip();
}

void AutosaveText::onTimer(wxTimerEvent&)
{
    flush();
}

void AutosaveText::onKillFocus(wxFocusEvent& event)
{
    flush();
    event.Skip();
}

}  // namespace ccg::gui
