#include "app/gui/actions_panel.hpp"

#include "app/gui/accessible_names.hpp"

#include "app/gui/action_dialog.hpp"
#include "app/gui/commitments_panel.hpp"
#include "app/gui/list_columns.hpp"
#include "app/gui/lock_line.hpp"
#include "app/gui/user_messages.hpp"
#include "app/gui/wrapped_text.hpp"
#include "app/session/review_session.hpp"
#include "checklists/words.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace ccg::gui {

namespace {

const wxColour kOverdueText(0xB7, 0x1C, 0x1C);
const wxColour kOverdueBackground(0xFD, 0xE7, 0xE7);

}  // namespace

ActionsPanel::ActionsPanel(wxWindow* parent, session::ReviewSession& session, UserMessages& messages)
    : wxPanel(parent, wxID_ANY), m_session(session), m_messages(messages)
{
    SetName("actions-panel");
    m_lockLine = new LockLine(this);
    m_commitments = new CommitmentsPanel(this, session, messages);
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName("action-list");
    nameControl(*m_list, "Actions of this review");
    appendColumnFor(*m_list, "Due", "2014-12-31 (overdue)");
    appendColumnFor(*m_list, "Status", "In progress");
    appendColumnFor(*m_list, "Item", "prov-09");
    appendColumnFor(*m_list, "Owner", wxString('n', 24));
    appendColumnFor(*m_list, "Action", wxString('n', 80));
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, &ActionsPanel::onActivated, this);

    m_showClosed = new wxCheckBox(this, wxID_ANY, "Show &done and dropped actions");
    m_showClosed->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { fillActions(); });
    auto* add = new wxButton(this, wxID_ADD, "&Add action...");
    auto* edit = new wxButton(this, wxID_EDIT, "&Edit...");
    auto* close = new wxButton(this, wxID_ANY, "Mark &done");
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addAction({}); });
    edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editSelected(); });
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { closeSelected(); });
    m_editButtons = {add, edit, close};

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(m_showClosed, wxSizerFlags(1).CentreVertical());
    buttons->Add(add, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    buttons->Add(edit, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    buttons->Add(close, wxSizerFlags().Border(wxLEFT, FromDIP(6)));

    auto* actionsHeading = new wxStaticText(this, wxID_ANY, wxString());
    // Markup rather than SetFont, so GTK measures the label in the font it is drawn in.
    actionsHeading->SetLabelMarkup("<b>This review's actions</b>");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_lockLine, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(10)));
    sizer->Add(m_commitments, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(10)));
    sizer->Add(actionsHeading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(10)));
    sizer->Add(new WrappedText(this, "The review's action plan. Overdue actions (open or in progress, past their "
                                     "due date) are shown in red. Double-click an action to edit it."),
               wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10)));
    sizer->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(10)));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(10)));
    SetSizer(sizer);
}

void ActionsPanel::refresh()
{
    m_commitments->refresh();
    // Without commitments their part takes no more room than its line saying so.
    const bool anyCommitments = m_session.hasReview() && !m_session.commitments().empty();
    GetSizer()->GetItem(m_commitments)->SetProportion(anyCommitments ? 1 : 0);
    fillActions();
    applyLock();
    Layout();
}

void ActionsPanel::flushEdits()
{
    m_commitments->flushEdits();
}

void ActionsPanel::applyLock()
{
    const bool locked = m_lockLine->showFor(m_session);
    for (wxButton* button : m_editButtons)
        button->Enable(m_session.hasReview() && !locked);
}

void ActionsPanel::fillActions()
{
    const storage::RowId selected = selectedId();
    m_list->Freeze();
    m_list->DeleteAllItems();
    if (m_session.hasReview()) {
        const bool showClosed = m_showClosed->GetValue();
        const auto& states = m_session.analysis().actions;
        const auto& records = m_session.actions();
        for (std::size_t i = 0; i < records.size() && i < states.size(); ++i) {
            const storage::ActionRecord& record = records[i];
            const Action& action = record.action;
            if (!states[i].live && !showClosed)
                continue;
            const bool overdue = states[i].overdue();
            wxString due = action.due.empty() ? wxString("no date") : wxString::FromUTF8(action.due);
            if (overdue)
                due += " (overdue)";
            const long row = m_list->InsertItem(m_list->GetItemCount(), due);
            m_list->SetItem(row, 1, wxString::FromUTF8(words::statusWords(action.status)));
            m_list->SetItem(row, 2, wxString::FromUTF8(action.item));
            m_list->SetItem(row, 3, wxString::FromUTF8(action.owner));
            m_list->SetItem(row, 4, wxString::FromUTF8(action.text));
            m_list->SetItemData(row, static_cast<long>(record.id));
            if (overdue) {
                m_list->SetItemTextColour(row, kOverdueText);
                m_list->SetItemBackgroundColour(row, kOverdueBackground);
            }
            if (record.id == selected)
                m_list->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        }
    }
    m_list->Thaw();
}

storage::RowId ActionsPanel::selectedId() const
{
    const long row = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return row < 0 ? 0 : static_cast<storage::RowId>(m_list->GetItemData(row));
}

void ActionsPanel::addAction(const std::string& itemId)
{
    if (!m_session.hasReview() || refuseWhileLocked(m_session, m_messages))
        return;
    Action action;
    action.item = itemId;
    ActionDialog dialog(this, m_session.checklist(), action, "New action");
    if (dialog.ShowModal() == wxID_OK)
        m_messages.guarded([&] { m_session.addAction(dialog.action()); });
}

void ActionsPanel::editSelected()
{
    if (refuseWhileLocked(m_session, m_messages))
        return;
    const storage::ActionRecord* record = m_session.findAction(selectedId());
    if (!record) {
        m_messages.showStatus("Select an action first.");
        return;
    }
    const storage::RowId id = record->id;
    ActionDialog dialog(this, m_session.checklist(), record->action, "Edit action");
    if (dialog.ShowModal() == wxID_OK)
        m_messages.guarded([&] { m_session.updateAction(id, dialog.action()); });
}

void ActionsPanel::closeSelected()
{
    if (refuseWhileLocked(m_session, m_messages))
        return;
    const storage::ActionRecord* record = m_session.findAction(selectedId());
    if (!record) {
        m_messages.showStatus("Select an action first.");
        return;
    }
    Action done = record->action;
    done.status = ActionStatus::Done;
    const storage::RowId id = record->id;
    m_messages.guarded([&] { m_session.updateAction(id, done); });
}

void ActionsPanel::onActivated(wxListEvent&)
{
    editSelected();
}

}  // namespace ccg::gui
