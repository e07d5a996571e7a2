#include "app/gui/item_guidance.hpp"

#include "app/gui/accessible_names.hpp"
#include "checklists/words.hpp"

#include <string>

namespace ccg::gui {

namespace {

wxString utf8(const std::string& text)
{
    return wxString::FromUTF8(text);
}

}  // namespace

ItemGuidance::ItemGuidance(wxWindow* parent)
    : wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, parent->FromDIP(wxSize(300, 200)),
                 wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2 | wxTE_WORDWRAP)
{
    SetName("item-guidance");
    nameControl(*this, "Guidance on this item");
    SetMargins(FromDIP(8), FromDIP(6));
    const wxFont font = GetFont();
    m_body.SetFont(font);
    m_heading.SetFont(font.Bold());
    m_bullet.SetFont(font);
    // A hanging indent (wx measures it in tenths of a millimetre): the lines a bullet point
    // wraps onto sit under its text, not under the bullet.
    m_bullet.SetLeftIndent(20, 35);
}

void ItemGuidance::showItem(const Checklist& checklist, const Item* item)
{
    Freeze();
    Clear();
    if (item) {
        if (!item->guidance.empty()) {
            heading("What good looks like");
            paragraph(utf8(item->guidance));
        }
        if (!item->rationale.empty()) {
            heading("Why it matters");
            paragraph(utf8(item->rationale));
        }
        if (!item->evidence.empty()) {
            heading("Evidence you could show");
            for (const auto& evidence : item->evidence)
                bullet(utf8(evidence));
        }
        if (!item->citations.empty()) {
            heading(checklist.sources.size() > 1 ? "From the sources" : "From the source");
            for (const auto& cite : item->citations)
                paragraph(utf8(words::citationWords(checklist, cite)));
        }
    }
    SetInsertionPoint(0);
    ShowPosition(0);
    Thaw();
}

void ItemGuidance::heading(const wxString& text)
{
    SetDefaultStyle(m_heading);
    // A blank line above every heading but the first.
    AppendText((GetLastPosition() > 0 ? wxString("\n") : wxString()) + text + "\n");
}

void ItemGuidance::paragraph(const wxString& text)
{
    SetDefaultStyle(m_body);
    AppendText(text + "\n");
}

void ItemGuidance::bullet(const wxString& text)
{
    SetDefaultStyle(m_bullet);
    AppendText(wxString::FromUTF8("\u2022  ") + text + "\n");
}

}  // namespace ccg::gui
