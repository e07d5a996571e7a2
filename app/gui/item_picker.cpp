#include "app/gui/item_picker.hpp"

#include "app/gui/item_tree_data.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>

#include <algorithm>

namespace ccg::gui {

namespace {

/// Short enough that a line never needs a scroll bar; the whole question shows below the list.
constexpr std::size_t kLabelChars = 80;

wxString itemLabel(const Item& item)
{
    wxString question = wxString::FromUTF8(item.question);
    if (question.length() > kLabelChars)
        question = question.Left(kLabelChars - 1) + wxString::FromUTF8("\xE2\x80\xA6");
    return wxString::FromUTF8(item.id) + "  " + question;
}

const std::string* idOf(const wxTreeCtrl& tree, const wxTreeItemId& node)
{
    const auto* data = node.IsOk() ? dynamic_cast<const ItemTreeData*>(tree.GetItemData(node)) : nullptr;
    return data ? &data->id() : nullptr;
}

/// Lines of the whole question kept free below the list, so the dialog keeps its size.
constexpr int kQuestionLines = 4;

}  // namespace

ItemPicker::ItemPicker(wxWindow* parent, const Checklist& checklist, const std::string& initial)
    : wxPanel(parent, wxID_ANY), m_checklist(checklist), m_search(checklist), m_selected(initial)
{
    SetName("item-picker");
    m_searchBox = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    m_searchBox->SetName("item-search");
    m_searchBox->SetHint("Type words from the question, or the item's id");
    m_searchBox->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { rebuild(); });
    m_searchBox->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { confirm(); });
    m_searchBox->Bind(wxEVT_KEY_DOWN, &ItemPicker::onSearchKey, this);

    m_tree = new wxTreeCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(700, 230)),
                            wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_SINGLE | wxTR_LINES_AT_ROOT |
                                wxTR_FULL_ROW_HIGHLIGHT | wxTR_NO_LINES);
    m_tree->SetName("item-choices");
    m_tree->Bind(wxEVT_TREE_SEL_CHANGED, &ItemPicker::onSelectionChanged, this);
    m_tree->Bind(wxEVT_TREE_ITEM_ACTIVATED, [this](wxTreeEvent&) { confirm(); });
    m_tree->Bind(wxEVT_TREE_ITEM_GETTOOLTIP, &ItemPicker::onItemTooltip, this);

    m_question = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE);
    m_question->SetName("item-question");
    m_question->SetMinSize(wxSize(FromDIP(200), m_question->GetCharHeight() * kQuestionLines));
    m_question->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { showQuestion(); });
    });

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_searchBox, wxSizerFlags().Expand());
    sizer->Add(m_tree, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));
    sizer->Add(m_question, wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));
    SetSizer(sizer);
    rebuild();
}

const Item* ItemPicker::item(const std::string& itemId) const
{
    for (const auto& domain : m_checklist.domains)
        for (const auto& candidate : domain.items)
            if (candidate.id == itemId)
                return &candidate;
    return nullptr;
}

void ItemPicker::rebuild()
{
    const std::string query = m_searchBox->GetValue().utf8_string();
    const std::vector<std::string> found = m_search.find(query);
    m_rebuilding = true;
    m_tree->Freeze();
    m_tree->DeleteAllItems();
    m_listed.clear();
    const wxTreeItemId root = m_tree->AddRoot("checklist");
    for (const auto& domain : m_checklist.domains) {
        wxTreeItemId heading;
        for (const auto& candidate : domain.items) {
            if (std::find(found.begin(), found.end(), candidate.id) == found.end())
                continue;
            if (!heading.IsOk()) {
                heading = m_tree->AppendItem(root, wxString::FromUTF8(domain.title));
                m_tree->SetItemBold(heading);
            }
            m_tree->AppendItem(heading, itemLabel(candidate), -1, -1, new ItemTreeData(candidate.id));
            m_listed.push_back(candidate.id);
        }
        if (heading.IsOk())
            m_tree->Expand(heading);
    }
    m_tree->Thaw();
    m_rebuilding = false;
    // What is chosen is always in sight: the same item while it still matches, else the first found.
    const bool stillListed = std::find(m_listed.begin(), m_listed.end(), m_selected) != m_listed.end();
    if (stillListed)
        select(m_selected);
    else if (!query.empty() && !m_listed.empty())
        select(m_listed.front());
    else
        select(std::string());
}

void ItemPicker::select(const std::string& itemId)
{
    m_selected = itemId;
    wxTreeItemIdValue domainCookie;
    const wxTreeItemId root = m_tree->GetRootItem();
    for (wxTreeItemId domain = m_tree->GetFirstChild(root, domainCookie); domain.IsOk();
         domain = m_tree->GetNextChild(root, domainCookie)) {
        wxTreeItemIdValue cookie;
        for (wxTreeItemId node = m_tree->GetFirstChild(domain, cookie); node.IsOk();
             node = m_tree->GetNextChild(domain, cookie)) {
            const std::string* id = idOf(*m_tree, node);
            if (id && *id == itemId) {
                m_rebuilding = true;
                m_tree->SelectItem(node);
                m_tree->EnsureVisible(node);
                m_rebuilding = false;
                showQuestion();
                return;
            }
        }
    }
    m_rebuilding = true;
    m_tree->UnselectAll();
    m_rebuilding = false;
    showQuestion();
}

void ItemPicker::showQuestion()
{
    const Item* chosen = item(m_selected);
    wxString text;
    if (chosen)
        text = wxString::FromUTF8(chosen->id + "  " + chosen->question);
    else if (m_listed.empty())
        text = "No item has all of these words. Try fewer, or part of a word.";
    else
        text = "Choose the item the action is about.";
    m_question->SetLabelText(text);
    const int width = m_question->GetClientSize().x;
    if (width > 0)
        m_question->Wrap(width);
    // A long question in large text takes more lines than the room kept for it: the list
    // above gives way, never the question's last line.
    m_question->InvalidateBestSize();
    const int height = std::max(m_question->GetCharHeight() * kQuestionLines, m_question->GetBestSize().y);
    if (height != m_question->GetMinSize().y) {
        m_question->SetMinSize(wxSize(FromDIP(200), height));
        wxGetTopLevelParent(this)->Layout();
    }
}

void ItemPicker::moveChoice(int step)
{
    if (m_listed.empty())
        return;
    const auto at = std::find(m_listed.begin(), m_listed.end(), m_selected);
    std::ptrdiff_t index = at == m_listed.end() ? (step > 0 ? -1 : static_cast<std::ptrdiff_t>(m_listed.size()))
                                                : at - m_listed.begin();
    index = std::clamp<std::ptrdiff_t>(index + step, 0, static_cast<std::ptrdiff_t>(m_listed.size()) - 1);
    select(m_listed[static_cast<std::size_t>(index)]);
}

void ItemPicker::onSearchKey(wxKeyEvent& event)
{
    // The caret stays in the search box, so typing can go on after a look at the next item.
    switch (event.GetKeyCode()) {
    case WXK_DOWN:
    case WXK_NUMPAD_DOWN:
        moveChoice(1);
        return;
    case WXK_UP:
    case WXK_NUMPAD_UP:
        moveChoice(-1);
        return;
    case WXK_PAGEDOWN:
        moveChoice(8);
        return;
    case WXK_PAGEUP:
        moveChoice(-8);
        return;
    default:
        event.Skip();
    }
}

void ItemPicker::onSelectionChanged(wxTreeEvent& event)
{
    if (m_rebuilding)
        return;
    const std::string* id = idOf(*m_tree, event.GetItem());
    // A domain heading is no item: the choice stays empty until one is picked.
    m_selected = id ? *id : std::string();
    showQuestion();
}

void ItemPicker::onItemTooltip(wxTreeEvent& event)
{
    const std::string* id = idOf(*m_tree, event.GetItem());
    if (const Item* hovered = id ? item(*id) : nullptr)
        event.SetToolTip(wxString::FromUTF8(hovered->question));
}

void ItemPicker::confirm()
{
    if (!m_selected.empty() && m_chosen)
        m_chosen();
}

}  // namespace ccg::gui
