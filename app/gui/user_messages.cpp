#include "app/gui/user_messages.hpp"

#include <exception>

namespace ccg::gui {

bool UserMessages::guarded(const std::function<void()>& work)
{
    try {
        work();
        return true;
    } catch (const std::exception& error) {
        showError(wxString::FromUTF8(error.what()));
    } catch (...) {
        showError("An unexpected error occurred; nothing more was changed.");
    }
    return false;
}

}  // namespace ccg::gui
