#include "app/gui/returns_dialog.hpp"

#include "app/gui/accessible_names.hpp"

#include "app/session/review_session.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace ccg::gui {

namespace {

/// "2015-03-01 14:02" of a stored UTC timestamp, or "–" when there is none.
wxString when(const std::optional<std::string>& at)
{
    if (!at || at->size() < 16)
        return wxString::FromUTF8("\xE2\x80\x93");
    return wxString::FromUTF8(at->substr(0, 10) + " " + at->substr(11, 5));
}

}  // namespace

ReturnsDialog::ReturnsDialog(wxWindow* parent, session::ReviewSession& session, std::function<void()> importReturns,
                             std::function<void()> sendForms)
    : wxDialog(parent, wxID_ANY, "Rating forms and returns", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_session(session)
{
    SetName("returns-dialog");
    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(760, 240)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName("returns");
    nameControl(*m_list, "Raters and their returns");
    const std::pair<const char*, int> columns[] = {
        {"Rater", 200}, {"Rated", 90}, {"Form written (UTC)", 140}, {"Returned (UTC)", 140}, {"From file", 170},
        {"Last change (UTC)", 140}};
    for (const auto& [title, width] : columns)
        m_list->AppendColumn(title, wxLIST_FORMAT_LEFT, FromDIP(width));

    auto* send = new wxButton(this, wxID_ANY, "&Send rating forms...");
    send->Bind(wxEVT_BUTTON, [this, sendForms](wxCommandEvent&) {
        sendForms();
        refresh();
    });
    auto* import = new wxButton(this, wxID_ANY, "&Import returns...");
    import->Bind(wxEVT_BUTTON, [this, importReturns](wxCommandEvent&) {
        importReturns();
        refresh();
    });
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(send);
    buttons->Add(import, wxSizerFlags().Border(wxLEFT, FromDIP(8)));
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CLOSE), wxSizerFlags());
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
    SetEscapeId(wxID_CLOSE);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(m_summary, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    top->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    top->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizerAndFit(top);
    refresh();
}

void ReturnsDialog::refresh()
{
    m_list->DeleteAllItems();
    if (!m_session.hasReview())
        return;
    const auto progress = m_session.raterProgress();
    int returned = 0;
    for (const auto& rater : progress) {
        const long row = m_list->InsertItem(m_list->GetItemCount(), wxString::FromUTF8(rater.name));
        m_list->SetItem(row, 1, wxString::Format("%d of %d", rater.rated, rater.items));
        m_list->SetItem(row, 2, when(rater.round.formWrittenAt));
        m_list->SetItem(row, 3, when(rater.round.returnedAt));
        m_list->SetItem(row, 4, wxString::FromUTF8(rater.round.returnedFrom));
        m_list->SetItem(row, 5, when(rater.round.lastChange));
        returned += rater.round.returnedAt.has_value();
    }
    wxString summary = progress.empty() ? wxString("The review has no named raters yet: add them (Review > Add rater).")
                                        : wxString::Format("%d of %zu raters have returned their forms.", returned,
                                                           progress.size());
    if (m_session.ratingsHidden())
        summary += " Each rater's ratings stay hidden from the others until they are revealed.";
    m_summary->SetLabelText(summary);
    m_summary->Wrap(FromDIP(740));
    Layout();
}

}  // namespace ccg::gui
