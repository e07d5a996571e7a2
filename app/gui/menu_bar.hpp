#pragma once

class wxMenuBar;

namespace ccg::gui {

/// File, Edit, Review, Report and Help, with standard ids and accelerators.
wxMenuBar* createMenuBar();

}  // namespace ccg::gui
