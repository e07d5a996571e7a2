#include "app/gui/item_header.hpp"

#include "app/gui/text_wrap.hpp"
#include "reports/report_model.hpp"

#include <wx/dcclient.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace ccg::gui {

namespace {

const wxColour kQuiet(0x55, 0x55, 0x55);
const wxColour kCritical(0xC6, 0x28, 0x28);

}  // namespace

ItemHeader::ItemHeader(wxWindow* parent) : wxPanel(parent, wxID_ANY)
{
    SetName("item-header");
    m_path = new wxStaticText(this, wxID_ANY, wxString());
    m_path->SetForegroundColour(kQuiet);
    // No automatic resizing: the question is wrapped here, to the header's width.
    m_question = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE);
    m_question->SetFont(GetFont().Bold().Larger());
    m_critical = new wxStaticText(this, wxID_ANY, L"Critical item \u00B7 ");
    m_critical->SetFont(GetFont().Bold());
    m_critical->SetForegroundColour(kCritical);
    m_facts = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE);
    m_facts->SetForegroundColour(kQuiet);

    auto* facts = new wxBoxSizer(wxHORIZONTAL);
    facts->Add(m_critical);
    facts->Add(m_facts, wxSizerFlags(1));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_path, wxSizerFlags().Expand());
    sizer->Add(m_question, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(2)));
    sizer->Add(facts, wxSizerFlags().Expand());
    SetSizer(sizer);
    Bind(wxEVT_SIZE, &ItemHeader::onSize, this);
    clear();
}

void ItemHeader::showItem(const Checklist& checklist, const Item& item)
{
    const Domain* domain = checklist.domainOf(item.id);
    // The framework's own priority word comes first: a board reading a "must" reads it first.
    std::string facts = item.importance ? "importance: " + toString(*item.importance) + " \u00B7 " : std::string();
    facts += "weight " + reports::number(item.weight) + " \u00B7 checklist target " + std::to_string(item.target);
    if (const ScaleLevel* target = checklist.level(item.target))
        facts += " (" + target->label + ")";
    show(wxString::FromUTF8(item.id + " \u00B7 " + (domain ? domain->title : std::string())),
         wxString::FromUTF8(item.question), item.critical, wxString::FromUTF8(facts));
}

void ItemHeader::showNoReview()
{
    show(wxString(), "No review is open", false,
         "Open a review with File > Open review, start one with File > New review, or look around the demo "
         "organisation with File > Open the demo organisation.");
    m_facts->SetForegroundColour(GetForegroundColour());
}

void ItemHeader::clear()
{
    show(wxString(), wxString(), false, wxString());
}

void ItemHeader::show(const wxString& path, const wxString& question, bool critical, const wxString& facts)
{
    m_path->SetLabelText(path);
    m_path->Show(!path.empty());
    m_questionText = question;
    m_critical->Show(critical);
    m_facts->SetForegroundColour(kQuiet);
    m_factsText = facts;
    m_questionWidths.clear();
    m_factsWidths.clear();
    m_wrappedWidth = 0;
    wrapTexts();
}

bool ItemHeader::wrapTexts()
{
    const int width = GetClientSize().x;
    if (width <= 0) {
        // Not laid out yet: show the text unwrapped until the first size event wraps it.
        m_question->SetLabelText(m_questionText);
        m_facts->SetLabelText(m_factsText);
        return false;
    }
    if (width == m_wrappedWidth)
        return false;
    m_wrappedWidth = width;
    if ((m_questionWidths.empty() && !m_questionText.empty()) || (m_factsWidths.empty() && !m_factsText.empty())) {
        wxClientDC dc(this);
        dc.SetFont(m_question->GetFont());
        m_questionWidths = prefixWidths(dc, m_questionText);
        dc.SetFont(m_facts->GetFont());
        m_factsWidths = prefixWidths(dc, m_factsText);
    }
    const int before = m_question->GetBestSize().y;
    m_question->SetLabelText(wrapText(m_questionText, m_questionWidths, width));
    const int factsWidth = width - (m_critical->IsShown() ? m_critical->GetBestSize().x : 0);
    m_facts->SetLabelText(wrapText(m_factsText, m_factsWidths, factsWidth));
    m_question->InvalidateBestSize();
    m_facts->InvalidateBestSize();
    return m_question->GetBestSize().y != before;
}

wxString ItemHeader::text() const
{
    // The texts as set, before wrapping put line breaks into them.
    wxString text;
    for (const wxString& line : {m_path->GetLabelText(), m_questionText,
                                 m_critical->IsShown() ? m_critical->GetLabelText() + m_factsText : m_factsText})
        if (!line.empty())
            text += line + "\n";
    return text;
}

void ItemHeader::onSize(wxSizeEvent& event)
{
    event.Skip();
    if (wrapTexts())
        CallAfter([this] { GetParent()->Layout(); });
}

}  // namespace ccg::gui
