#include "app/gui/user_locale.hpp"

#include <wx/uilocale.h>

#include <clocale>

namespace ccg::gui {

void useUserLocale()
{
    // wxUILocale sets every category from the environment, and the generic date picker that
    // GTK builds use asks it for the short date format. LC_TIME alone would not reach it; and
    // LC_CTYPE must follow too, or month names outside ASCII (März) break in the calendar.
    wxUILocale::UseDefault();
    // Numbers never follow the user: a German "62,5" would split a CSV field, and a reader
    // expecting '.' would take it for 62. Scores, reports and files stay '.'-decimal.
    std::setlocale(LC_NUMERIC, "C");
}

}  // namespace ccg::gui
