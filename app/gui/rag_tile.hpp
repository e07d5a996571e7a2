#pragma once

#include "app/session/dashboard_model.hpp"

#include <wx/arrstr.h>
#include <wx/window.h>

class wxDC;

namespace ccg::gui {

/// A coloured tile with a score, its RAG band in words, and a line of detail.
class RagTile : public wxWindow {
public:
    /// Shows and takes no input: no stop for Tab, where a focus it cannot show would be lost.
    bool AcceptsFocus() const override { return false; }
    /// `large` makes the overall tile stand out from the domain tiles.
    RagTile(wxWindow* parent, bool large);

    /// Shows a new score and repaints.
    void setTile(const session::ScoreTile& tile);
    [[nodiscard]] const session::ScoreTile& tile() const { return m_tile; }

protected:
    wxSize DoGetBestClientSize() const override;

private:
    void onPaint(wxPaintEvent& event);

    session::ScoreTile m_tile;
    bool m_large;
};

/// Breaks text into at most `maxLines` lines of `width` pixels in the DC's font; the last
/// line ends with an ellipsis when the text is longer.
wxArrayString wrapLines(wxDC& dc, const wxString& text, int width, int maxLines);

}  // namespace ccg::gui
