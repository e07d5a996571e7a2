#pragma once

#include <wx/stattext.h>

namespace ccg::gui {

/// A paragraph of static text that re-wraps to the width its sizer gives it (add it with
/// wxSizerFlags().Expand()).
class WrappedText : public wxStaticText {
public:
    WrappedText(wxWindow* parent, const wxString& text);

private:
    void onSize(wxSizeEvent& event);

    wxString m_text;
    int m_width = 0;
};

}  // namespace ccg::gui
