#pragma once

#include <wx/panel.h>

class wxStaticText;

namespace ccg::gui {

/// A tile of the dashboard that states facts in words, under a bold title: the level of
/// assurance, the follow-through rate. Plain text rather than painted, so screen readers read it.
class FactTile : public wxPanel {
public:
    FactTile(wxWindow* parent, const wxString& name, const wxString& title);

    /// Shows `text` (lines split by '\n'), wrapped to the tile's width.
    void setText(const wxString& text);
    /// The text as given, without the line breaks wrapping put in.
    [[nodiscard]] const wxString& text() const { return m_text; }

private:
    wxStaticText* m_body = nullptr;
    wxString m_text;
};

}  // namespace ccg::gui
