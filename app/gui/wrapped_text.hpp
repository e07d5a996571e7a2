#pragma once

#include <wx/stattext.h>

namespace ccg::gui {

/// A paragraph of static text that re-wraps to the width its sizer gives it (add it with
/// wxSizerFlags().Expand()).
class WrappedText : public wxStaticText {
public:
    WrappedText(wxWindow* parent, const wxString& text);

    /// Shows another paragraph, wrapped to the width the control has.
    void setText(const wxString& text);
    /// The paragraph as given, without the line breaks wrapping put in.
    [[nodiscard]] const wxString& text() const { return m_text; }

private:
    void onSize(wxSizeEvent& event);
    void wrapTo(int width);

    wxString m_text;
    int m_width = 0;
};

}  // namespace ccg::gui
