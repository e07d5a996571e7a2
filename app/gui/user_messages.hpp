#pragma once

#include <wx/string.h>

#include <functional>

namespace ccg::gui {

/// Where panels tell the user something: errors they can act on appear in the main window
/// (never as a crash, never as a modal log box).
class UserMessages {
public:
    virtual ~UserMessages() = default;

    virtual void showError(const wxString& message) = 0;
    virtual void showWarning(const wxString& message) = 0;
    virtual void showStatus(const wxString& message) = 0;

    /// Runs `work`; an exception's message is shown as an error. False when `work` failed.
    bool guarded(const std::function<void()>& work);
};

}  // namespace ccg::gui
