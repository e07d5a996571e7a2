#include "app/gui/open_review_dialog.hpp"

#include "app/gui/accessible_names.hpp"

#include "app/gui/user_messages.hpp"
#include "app/session/review_session.hpp"
#include "checklists/words.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>


namespace ccg::gui {

namespace {
constexpr int kDeleteOrganisation = wxID_HIGHEST + 301;
}

OpenReviewDialog::OpenReviewDialog(wxWindow* parent, session::ReviewSession& session, UserMessages& messages)
    : wxDialog(parent, wxID_ANY, "Open review", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_session(session), m_messages(messages)
{
    // Wide enough for six columns, narrow enough for a 1366-pixel screen at 150% scaling.
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(840, 320)),
                            wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName("reviews");
    nameControl(*m_list, "Stored reviews");
    m_list->AppendColumn("Organisation", wxLIST_FORMAT_LEFT, FromDIP(170));
    m_list->AppendColumn("Review", wxLIST_FORMAT_LEFT, FromDIP(190));
    m_list->AppendColumn("Date", wxLIST_FORMAT_LEFT, FromDIP(90));
    m_list->AppendColumn("Score", wxLIST_FORMAT_LEFT, FromDIP(95));
    m_list->AppendColumn("Complete", wxLIST_FORMAT_RIGHT, FromDIP(75));
    // Reviews of two frameworks side by side are told apart by their checklist.
    m_list->AppendColumn("Checklist", wxLIST_FORMAT_LEFT, FromDIP(210));
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, &OpenReviewDialog::onActivated, this);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(new wxButton(this, wxID_DELETE, "&Delete review..."), wxSizerFlags());
    buttons->Add(new wxButton(this, kDeleteOrganisation, "Delete &organisation...", wxDefaultPosition, wxDefaultSize,
                              0, wxDefaultValidator, "delete-organisation"),
                 wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CANCEL), wxSizerFlags());
    auto* open = new wxButton(this, wxID_OPEN);
    open->SetDefault();
    buttons->Add(open, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    Bind(wxEVT_BUTTON, &OpenReviewDialog::onOpen, this, wxID_OPEN);
    Bind(wxEVT_BUTTON, &OpenReviewDialog::onDeleteReview, this, wxID_DELETE);
    Bind(wxEVT_BUTTON, &OpenReviewDialog::onDeleteOrganisation, this, kDeleteOrganisation);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(m_list, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
    top->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
    SetSizerAndFit(top);
    fill();
}

void OpenReviewDialog::fill()
{
    std::vector<storage::ReviewSummary> reviews;
    std::vector<storage::OrganisationRecord> organisations;
    m_messages.guarded([&] {
        reviews = m_session.listReviews();
        organisations = m_session.repository().listOrganisations();
    });
    m_rows.clear();
    for (auto& review : reviews)
        m_rows.push_back({review.organisationId, review.organisation.name, std::move(review)});
    // An organisation without reviews is listed too, so that it can be deleted.
    for (const auto& record : organisations)
        if (record.reviewCount == 0)
            m_rows.push_back({record.id, record.organisation.name, std::nullopt});

    m_list->DeleteAllItems();
    for (const auto& entry : m_rows) {
        const long row = m_list->InsertItem(m_list->GetItemCount(), wxString::FromUTF8(entry.organisationName));
        if (!entry.review) {
            m_list->SetItem(row, 1, "No reviews yet");
            m_list->SetItemTextColour(row, wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
            continue;
        }
        const auto& review = *entry.review;
        m_list->SetItem(row, 1, wxString::FromUTF8(review.info.title));
        m_list->SetItem(row, 2, wxString::FromUTF8(review.info.date));
        const storage::ReviewFigures figures = review.figures.value_or(storage::ReviewFigures{});
        m_list->SetItem(row, 3, wxString::FromUTF8(words::wholePercent(figures.overall) + " " +
                                                   words::ragWord(figures.overallRag)));
        m_list->SetItem(row, 4, wxString::FromUTF8(words::wholePercent(figures.completeness)));
        m_list->SetItem(row, 5, wxString::FromUTF8(review.checklistTitle + ", version " + review.checklistVersion));
        if (m_session.hasReview() && m_session.review().id == review.id)
            m_list->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    }
    if (m_list->GetSelectedItemCount() == 0 && !m_rows.empty())
        m_list->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
}

const OpenReviewDialog::Row* OpenReviewDialog::selected() const
{
    const long row = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return row < 0 || static_cast<std::size_t>(row) >= m_rows.size() ? nullptr : &m_rows[static_cast<std::size_t>(row)];
}

void OpenReviewDialog::onOpen(wxCommandEvent&)
{
    if (const Row* row = selected(); row && row->review) {
        m_chosen = row->review->id;
        EndModal(wxID_OPEN);
    }
}

void OpenReviewDialog::onActivated(wxListEvent&)
{
    wxCommandEvent open;
    onOpen(open);
}

void OpenReviewDialog::onDeleteReview(wxCommandEvent&)
{
    const Row* row = selected();
    if (!row || !row->review)
        return;
    const storage::ReviewSummary* review = &*row->review;
    const wxString question = L"Delete the review \u201C" + wxString::FromUTF8(review->info.title) + L"\u201D of " +
                              wxString::FromUTF8(review->organisation.name) +
                              "? Its answers, notes, agreed ratings and actions are removed from the database.";
    wxMessageDialog confirm(this, question, "Delete review", wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    confirm.SetYesNoLabels("&Delete review", "&Keep it");
    if (confirm.ShowModal() != wxID_YES)
        return;
    const storage::RowId id = review->id;
    m_messages.guarded([&] { m_session.deleteReview(id); });
    fill();
}

void OpenReviewDialog::onDeleteOrganisation(wxCommandEvent&)
{
    const Row* row = selected();
    if (!row)
        return;
    const wxString name = wxString::FromUTF8(row->organisationName);
    const wxString question = row->review ? "Delete " + name + " and every one of its reviews? This cannot be undone."
                                          : "Delete " + name + "? It has no reviews.";
    wxMessageDialog confirm(this, question, "Delete organisation", wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    confirm.SetYesNoLabels("&Delete organisation", "&Keep it");
    if (confirm.ShowModal() != wxID_YES)
        return;
    const storage::RowId id = row->organisationId;
    m_messages.guarded([&] { m_session.deleteOrganisation(id); });
    fill();
}

}  // namespace ccg::gui
