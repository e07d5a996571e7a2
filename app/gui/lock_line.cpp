#include "app/gui/lock_line.hpp"

#include "app/gui/user_messages.hpp"
#include "app/session/review_session.hpp"

namespace ccg::gui {

wxString lockWords(const session::ReviewSession& session)
{
    wxString reason = wxString::FromUTF8(session.lockReason());
    if (!reason.empty())
        reason[0] = wxToupper(reason[0]);
    return "Locked: " + reason + " (Review > Reopen...)";
}

bool refuseWhileLocked(const session::ReviewSession& session, UserMessages& messages)
{
    if (!session.locked())
        return false;
    messages.showStatus(lockWords(session));
    return true;
}

LockLine::LockLine(wxWindow* parent) : WrappedText(parent, wxString())
{
    SetName("lock-reason");
    SetForegroundColour(wxColour(0x8A, 0x1C, 0x1C));
    SetFont(GetFont().Bold());
    Hide();
}

bool LockLine::showFor(const session::ReviewSession& session)
{
    const bool locked = session.hasReview() && session.locked();
    if (locked)
        setText(lockWords(session));
    const bool changed = IsShown() != locked;
    Show(locked);
    if (changed && GetParent())
        GetParent()->Layout();
    return locked;
}

}  // namespace ccg::gui
