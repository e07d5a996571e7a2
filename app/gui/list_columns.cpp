#include "app/gui/list_columns.hpp"

#include <wx/listctrl.h>

#include <algorithm>

namespace ccg::gui {

void appendColumnFor(wxListCtrl& list, const wxString& title, const wxString& sample)
{
    const int padding = list.FromDIP(16);
    const int width = std::max(list.GetTextExtent(sample).x, list.GetTextExtent(title).x) + padding;
    list.AppendColumn(title, wxLIST_FORMAT_LEFT, width);
}

}  // namespace ccg::gui
