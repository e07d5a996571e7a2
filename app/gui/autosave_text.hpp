#pragma once

#include <wx/textctrl.h>
#include <wx/timer.h>

#include <cstddef>
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
    /// Keeps the text to at most `chars` characters (0: no limit), what storage takes; `clipped`
    /// is told when typing or a paste went past it and was cut back.
    void limitTo(std::size_t chars, std::function<void()> clipped)
    {
        m_maxChars = chars;
        m_clipped = std::move(clipped);
    }

private:
    void onText(wxCommandEvent& event);
    void onTimer(wxTimerEvent& event);
    void onKillFocus(wxFocusEvent& event);

    wxTimer m_timer;
    int m_delayMs;
    bool m_dirty = false;
    std::function<bool(const wxString&)> m_commit;
    std::size_t m_maxChars = 0;
    std::function<void()> m_clipped;
};

}  // namespace ccg::gui
