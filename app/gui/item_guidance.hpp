#pragma once

#include "checklists/checklist.hpp"

#include <wx/textctrl.h>

namespace ccg::gui {

/// Beside the rating: what good looks like, why the item matters, evidence one could
/// show and where the source says so, as read-only text the reader can scroll, select and
/// copy. A native text view: it wraps itself and needs no HTML engine.
class ItemGuidance : public wxTextCtrl {
public:
    explicit ItemGuidance(wxWindow* parent);

    /// Shows the guidance of an item of `checklist`, or nothing for null.
    void showItem(const Checklist& checklist, const Item* item);

private:
    void heading(const wxString& text);
    void paragraph(const wxString& text);
    void bullet(const wxString& text);

    wxTextAttr m_body;
    wxTextAttr m_heading;
    wxTextAttr m_bullet;
};

}  // namespace ccg::gui
