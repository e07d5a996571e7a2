#pragma once

class wxMenuBar;

namespace ccg::gui {

/// File, Edit, Review, (Report when the reports library is built in) and Help, with
/// standard ids and accelerators.
wxMenuBar* createMenuBar(bool withReports);

}  // namespace ccg::gui
