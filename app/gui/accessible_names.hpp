#pragma once

#include <wx/string.h>

class wxStaticText;
class wxWindow;

namespace ccg::gui {

/// Ties a label to the control it names, as GTK's mnemonic widget: a screen reader announces the
/// label as the control's name, and the label's Alt+letter moves the focus to the control.
void labelControl(wxStaticText& label, wxWindow& control);

/// Gives a control that has no label of its own beside it (a list, a tree, a find box) the name
/// a screen reader announces.
void nameControl(wxWindow& control, const wxString& name);

/// The name assistive technology is given for the control: that of the widget taking its
/// keyboard focus. Empty when it has none.
[[nodiscard]] wxString accessibleName(wxWindow& control);

}  // namespace ccg::gui
