#include "app/gui/sign_off_commands.hpp"

#include "app/gui/command_ids.hpp"
#include "app/gui/sign_off_dialog.hpp"
#include "app/gui/user_messages.hpp"
#include "app/session/review_session.hpp"

#include <wx/menu.h>

namespace ccg::gui {

namespace {

/// Commands that change the open review: none of them may run while it is approved.
constexpr int kEditingCommands[] = {kIdAddRater,     kIdSendForms,  kIdImportReturns, kIdRevealRatings,
                                    kIdReviewSettings, kIdAddAction, kIdSignOff};

}  // namespace

SignOffCommands::SignOffCommands(wxWindow* parent, wxMenuBar& menus, session::ReviewSession& session,
                                 UserMessages& messages)
    : m_parent(parent), m_menus(menus), m_session(session), m_messages(messages)
{
    m_session.subscribe([this](const session::ChangeEvent&) { refreshMenus(); });
    refreshMenus();
}

bool SignOffCommands::needReview() const
{
    if (!m_session.hasReview())
        m_messages.showStatus("Open a review first (File > Open review).");
    return m_session.hasReview();
}

void SignOffCommands::signOff()
{
    if (!needReview())
        return;
    if (m_session.locked()) {
        m_messages.showStatus(wxString::FromUTF8(m_session.lockReason()));
        return;
    }
    SignOffDialog dialog(m_parent, m_session.checklist().assessedBy, m_session.review().info.date);
    if (dialog.ShowModal() != wxID_OK)
        return;
    m_messages.guarded([&] {
        const auto record = m_session.signOff(dialog.approval());
        m_messages.showStatus(wxString::FromUTF8("Signed off: approved on " + record.signOff.date + " (minute " +
                                                 record.signOff.minute + "). The review is locked; fingerprint " +
                                                 record.signOff.fingerprint + "."));
    });
}

void SignOffCommands::reopen()
{
    if (!needReview())
        return;
    if (!m_session.locked()) {
        m_messages.showStatus("This review is not approved, so there is nothing to reopen.");
        return;
    }
    ReopenDialog dialog(m_parent, m_session.lockReason());
    if (dialog.ShowModal() != wxID_OK)
        return;
    if (m_messages.guarded([&] { m_session.reopen(dialog.reason()); }))
        m_messages.showStatus("Reopened: the review can change again; its approval is kept in its history.");
}

void SignOffCommands::chooseAssurance(const std::optional<Assurance>& level)
{
    if (!needReview())
        return;
    m_messages.guarded([&] { m_session.setAssuranceChoice(level); });
    refreshMenus();
}

void SignOffCommands::refreshMenus()
{
    const bool open = m_session.hasReview();
    const bool locked = m_session.locked();
    for (const int id : kEditingCommands)
        if (m_menus.FindItem(id))
            m_menus.Enable(id, open && !locked);
    m_menus.Enable(kIdReopen, locked);
    const bool assurance = open && m_session.checklist().assurance;
    for (const int id : {kIdAssuranceSuggested, kIdAssuranceSubstantial, kIdAssuranceReasonable, kIdAssuranceLimited,
                         kIdAssuranceNone})
        m_menus.Enable(id, assurance && !locked);
    int checked = kIdAssuranceSuggested;
    if (open)
        if (const auto& choice = m_session.assessment().assuranceChoice)
            checked = kIdAssuranceSubstantial + static_cast<int>(choice->level);
    m_menus.Check(checked, true);
}

}  // namespace ccg::gui
