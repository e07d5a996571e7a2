#pragma once

#include <wx/gdicmn.h>

class wxWindow;

namespace ccg::gui {

/// A rect of `wanted` size (shrunk to fit, with a margin) centred in `workArea`: a new window
/// opens whole on the screen, never under a panel or past its edge.
wxRect fittedRect(const wxSize& wanted, const wxRect& workArea);

/// The work area (screen less panels) of the display showing `window`, or of the first one.
wxRect workAreaOf(const wxWindow* window);

}  // namespace ccg::gui
