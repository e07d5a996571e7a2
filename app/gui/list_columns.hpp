#pragma once

#include <wx/string.h>

class wxListCtrl;

namespace ccg::gui {

/// Adds a column to a report list as wide as `sample` in the list's own font (with room for the
/// cell's padding), so that large system text widens the column rather than cutting dates short.
void appendColumnFor(wxListCtrl& list, const wxString& title, const wxString& sample);

}  // namespace ccg::gui
