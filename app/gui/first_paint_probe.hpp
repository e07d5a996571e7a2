#pragma once

class wxFrame;

namespace ccg::gui {

/// For the start-up benchmark: when CCG_FIRST_PAINT_EXIT is set, prints
/// "first-paint <unix ns>" on the window's first paint and ends the application.
void watchFirstPaint(wxFrame& frame);

}  // namespace ccg::gui
