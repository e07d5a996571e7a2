#pragma once

#include <wx/textctrl.h>
#include <wx/timer.h>

#include <functional>

namespace ccg::gui {

/// A multi-line text box that hands its text to `commit` shortly after typing pauses, when it
/// loses focus, and on flush(): nothing typed waits for a Save button.
class AutosaveText : public wxTextCtrl {
public:
    AutosaveText(wxWindow* parent, const wxString& name, int delayMs = 700);

    /// Called with the full text to store; returning false keeps the text marked unsaved.
    void onCommit(std::function<bool(const wxString&)> commit) { m_commit = std::move(commit); }
    /// Shows stored text without committing it; leaves the caret alone when nothing differs.
    void showStored(const wxString& text);
    /// Commits now if anything typed is not yet stored.
    void flush();
    [[nodiscard]] bool hasUnsaved() const { return m_dirty; }

private:
    void onText(wxCommandEvent& event);
    void onTimer(wxTimerEvent& event);
    void onKillFocus(wxFocusEvent& event);

    wxTimer m_timer;
    int m_delayMs;
    bool m_dirty = false;
    std::function<bool(const wxString&)> m_commit;
};

}  // namespace ccg::gui
