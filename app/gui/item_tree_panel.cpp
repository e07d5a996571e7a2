#include "app/gui/item_tree_panel.hpp"

#include "app/gui/accessible_names.hpp"

#include "app/gui/item_tree_data.hpp"
#include "app/gui/status_icons.hpp"
#include "app/gui/user_messages.hpp"
#include "app/session/item_status.hpp"
#include "app/session/review_session.hpp"
#include "checklists/words.hpp"

#include <wx/sizer.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>

namespace ccg::gui {

namespace {

wxString itemLabel(const Item& item, EvidenceStrength strength)
{
    wxString question = wxString::FromUTF8(item.question);
    if (question.length() > 72)
        question = question.Left(71) + wxString::FromUTF8("\xE2\x80\xA6");
    // The strength beside the id, where a narrow tree still shows it; none is the usual case
    // and says nothing.
    wxString label = wxString::FromUTF8(item.id);
    if (strength != EvidenceStrength::None)
        label += wxString::FromUTF8(" \xC2\xB7 " + words::strengthWords(strength));
    return label + "  " + question;
}

wxString domainLabel(const Domain& domain, const DomainScore* score)
{
    wxString label = wxString::FromUTF8(domain.title);
    if (score && score->score)
        label += "  (" + wxString::FromUTF8(words::wholePercent(score->score) + " " + words::ragWord(score->rag)) + ")";
    return label;
}

}  // namespace

ItemTreePanel::ItemTreePanel(wxWindow* parent, session::ReviewSession& session, UserMessages& messages)
    : wxPanel(parent, wxID_ANY), m_session(session), m_messages(messages)
{
    // A plain entry rather than wxSearchCtrl: its themed icons cost a tenth of start-up.
    m_search = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    m_search->SetName("find");
    nameControl(*m_search, "Find an item");
    m_search->SetHint("Find an item (Ctrl+F, then Enter for the next)");
    m_search->Bind(wxEVT_TEXT, &ItemTreePanel::onFindText, this);
    m_search->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { findNext(); });

    m_tree = new wxTreeCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_SINGLE | wxTR_LINES_AT_ROOT |
                                wxTR_FULL_ROW_HIGHLIGHT | wxTR_NO_LINES);
    m_tree->SetName("item-tree");
    nameControl(*m_tree, "Items by domain");
    m_tree->SetImages(statusIcons());
    m_tree->Bind(wxEVT_TREE_SEL_CHANGED, &ItemTreePanel::onSelectionChanged, this);
    // No type-ahead: a letter that jumped to another item would let the next digit rate an item
    // the member never read. Finding is Ctrl+F, in the find box.
    m_tree->Bind(wxEVT_CHAR, [this](wxKeyEvent& event) {
        const int key = event.GetUnicodeKey();
        if (key != WXK_NONE && key > ' ' && !event.HasAnyModifiers()) {
            m_messages.showStatus("To find an item, type in the find box (Ctrl+F).");
            return;
        }
        event.Skip();
    });

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_search, wxSizerFlags().Expand().Border(wxALL, FromDIP(4)));
    sizer->Add(m_tree, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

void ItemTreePanel::rebuild()
{
    m_selecting = true;
    m_tree->Freeze();
    m_tree->DeleteAllItems();
    m_itemNodes.clear();
    m_domainNodes.clear();
    m_selected.clear();
    m_navigator.reset();
    if (m_session.hasReview()) {
        const Checklist& checklist = m_session.checklist();
        m_navigator = std::make_unique<session::ItemNavigator>(checklist);
        const wxTreeItemId root = m_tree->AddRoot("checklist");
        for (const auto& domain : checklist.domains) {
            const wxTreeItemId node = m_tree->AppendItem(root, domain.title);
            m_tree->SetItemBold(node);
            m_domainNodes[domain.id] = node;
            for (const auto& item : domain.items)
                m_itemNodes[item.id] = m_tree->AppendItem(node, itemLabel(item, EvidenceStrength::None), 0, -1,
                                                          new ItemTreeData(item.id));
            m_tree->Expand(node);
        }
    }
    m_tree->Thaw();
    m_selecting = false;
    refreshMarks();
}

void ItemTreePanel::refreshMarks()
{
    if (!m_session.hasReview())
        return;
    const Checklist& checklist = m_session.checklist();
    const ScoreResult& scores = m_session.scores();
    std::size_t index = 0;
    // Only what changed is set: each change repaints its line, and a rating changes one or two.
    for (std::size_t d = 0; d < checklist.domains.size(); ++d) {
        const Domain& domain = checklist.domains[d];
        const wxTreeItemId domainNode = m_domainNodes[domain.id];
        const wxString label = domainLabel(domain, &scores.domains.at(d));
        if (m_tree->GetItemText(domainNode) != label)
            m_tree->SetItemText(domainNode, label);
        for (const auto& item : domain.items) {
            const bool agreed = m_session.answers().agreed(item.id) != nullptr;
            const auto mark = session::itemMark(checklist, m_session.currentRating(item.id),
                                                &scores.itemScores.at(index++), agreed);
            const wxTreeItemId node = m_itemNodes[item.id];
            if (m_tree->GetItemImage(node) != iconIndex(mark))
                m_tree->SetItemImage(node, iconIndex(mark));
            const wxString label = itemLabel(item, m_session.assessment().evidenceStrength(item.id));
            if (m_tree->GetItemText(node) != label)
                m_tree->SetItemText(node, label);
        }
    }
}

void ItemTreePanel::selectItem(const std::string& itemId)
{
    const auto found = m_itemNodes.find(itemId);
    if (found == m_itemNodes.end())
        return;
    m_selected = itemId;
    m_selecting = true;
    m_tree->SelectItem(found->second);
    m_tree->EnsureVisible(found->second);
    m_selecting = false;
    if (m_handler)
        m_handler(itemId);
}

void ItemTreePanel::onSelectionChanged(wxTreeEvent& event)
{
    if (m_selecting)
        return;
    const wxTreeItemId node = event.GetItem();
    if (!node.IsOk())
        return;
    if (const auto* data = dynamic_cast<ItemTreeData*>(m_tree->GetItemData(node))) {
        m_selected = data->id();
        if (m_handler)
            m_handler(m_selected);
        return;
    }
    // A domain heading opens the domain's first item, so the item pane always matches the tree.
    wxTreeItemIdValue cookie;
    const wxTreeItemId first = m_tree->GetFirstChild(node, cookie);
    if (const auto* data = first.IsOk() ? dynamic_cast<ItemTreeData*>(m_tree->GetItemData(first)) : nullptr) {
        const std::string id = data->id();
        CallAfter([this, id] { selectItem(id); });
    }
}

void ItemTreePanel::focusFind()
{
    m_search->SetFocus();
    m_search->SelectAll();
}

void ItemTreePanel::findNext()
{
    find(m_selected);
}

void ItemTreePanel::onFindText(wxCommandEvent&)
{
    // Typing searches from the current item itself, so refining the text keeps the match.
    if (!m_navigator)
        return;
    const bool atFirst = m_selected.empty() || m_selected == m_navigator->first();
    find(atFirst ? std::string() : m_navigator->previous(m_selected));
}

void ItemTreePanel::find(const std::string& afterId)
{
    if (!m_navigator)
        return;
    const std::string text = m_search->GetValue().utf8_string();
    if (text.empty())
        return;
    if (const auto found = m_navigator->find(text, afterId)) {
        selectItem(*found);
        m_messages.showStatus(wxString());
    } else {
        m_messages.showStatus(L"No item contains \u201C" + m_search->GetValue() + L"\u201D.");
    }
}

}  // namespace ccg::gui
