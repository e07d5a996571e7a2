#pragma once

#include "app/gui/wrapped_text.hpp"

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

/// The line at the top of an editing page that says why an approved review cannot be changed.
/// Hidden while the review is open for change. It wraps: the reason names the meeting and minute,
/// longer than a laptop's page is wide in large type.
class LockLine : public WrappedText {
public:
    explicit LockLine(wxWindow* parent);

    /// Shows the session's lock reason, or hides the line; true when it is shown.
    bool showFor(const session::ReviewSession& session);
};

class UserMessages;

/// What a locked review says when a user tries to change it.
wxString lockWords(const session::ReviewSession& session);

/// True, with the reason in the status bar (a key pressed on an approved review is no error
/// box), when the session's review is locked; an edit handler then stops.
bool refuseWhileLocked(const session::ReviewSession& session, UserMessages& messages);

}  // namespace ccg::gui
