#include "app/gui/review_dialog.hpp"

#include "app/gui/action_dialog.hpp"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/textctrl.h>

namespace ccg::gui {

ReviewDialog::ReviewDialog(wxWindow* parent, const storage::Repository& repository,
                           std::optional<storage::RowId> organisationId, const std::filesystem::path& shippedChecklist)
    : FormDialog(parent, "New review"), m_repository(repository)
{
    m_organisations = repository.listOrganisations();
    m_organisation = new wxChoice(this, wxID_ANY);
    m_organisation->SetName("organisation");
    for (const auto& record : m_organisations) {
        m_organisation->Append(wxString::FromUTF8(record.organisation.name + " (" + record.organisation.code + ")"));
        if (organisationId && record.id == *organisationId)
            m_organisation->SetSelection(m_organisation->GetCount() - 1);
    }
    if (m_organisation->GetSelection() == wxNOT_FOUND && !m_organisations.empty())
        m_organisation->SetSelection(0);
    m_organisation->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fillStartChoices(); });

    const wxDateTime today = wxDateTime::Today();
    m_key = new wxTextCtrl(this, wxID_ANY, today.Format("%Y"));
    m_key->SetName("key");
    m_title = new wxTextCtrl(this, wxID_ANY, today.Format("Annual self-review %Y"), wxDefaultPosition,
                             FromDIP(wxSize(320, -1)));
    m_title->SetName("title");
    m_date = new wxDatePickerCtrl(this, wxID_ANY, today, wxDefaultPosition, wxDefaultSize,
                                  wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    m_date->SetName("date");
    m_start = new wxChoice(this, wxID_ANY);
    m_start->SetName("start-from");
    m_copyAnswers = new wxCheckBox(this, wxID_ANY, "Copy the raters' &answers as a starting point");
    m_copyAnswers->SetName("copy-answers");
    // A review that starts from an earlier one follows on from it: what was promised then is
    // carried as commitments whose outcomes this review records (PRODUCT.md §12).
    m_followOn = new wxCheckBox(this, wxID_ANY,
                                "&Follow on from it: carry its open actions as commitments, to record what came of each");
    m_followOn->SetName("follow-on");
    m_followOn->SetValue(true);
    // A blank review may use any stored checklist (another framework); a copy keeps its own.
    m_checklists = session::workshopChecklists(repository, shippedChecklist);
    m_checklist = new wxChoice(this, wxID_ANY);
    m_checklist->SetName("checklist");
    for (const auto& choice : m_checklists)
        m_checklist->Append(wxString::FromUTF8(choice.label()));
    if (!m_checklists.empty())
        m_checklist->SetSelection(static_cast<int>(session::preferredWorkshopChecklist(m_checklists, nullptr)));
    m_start->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { enableForStart(); });
    // Independent first ratings are the point of a self-review: blind is the default.
    m_blind = new wxCheckBox(this, wxID_ANY, "&Blind rating: members see only their own ratings until they are revealed");
    m_blind->SetName("blind");
    m_blind->SetValue(true);
    addField("&Organisation", m_organisation);
    addField("Review &key", m_key, false);
    addField("&Title", m_title);
    addField("&Date", m_date, false);
    addField("&Start from", m_start);
    addField("&Checklist", m_checklist);
    addUnlabelled(m_followOn);
    addUnlabelled(m_copyAnswers);
    addUnlabelled(m_blind);
    finishForm();
    fillStartChoices();
}

void ReviewDialog::fillStartChoices()
{
    m_start->Clear();
    m_reviews.clear();
    m_start->Append("A blank review");
    const int organisation = m_organisation->GetSelection();
    if (organisation != wxNOT_FOUND)
        m_reviews = m_repository.listReviews(m_organisations[static_cast<std::size_t>(organisation)].id);
    for (const auto& review : m_reviews)
        m_start->Append("A copy of " + wxString::FromUTF8(review.info.title + " (" + review.info.date + ")"));
    // Most reviews follow the last one: offer that first.
    m_start->SetSelection(m_reviews.empty() ? 0 : 1);
    enableForStart();
}

void ReviewDialog::enableForStart()
{
    const int start = m_start->GetSelection();
    const bool copy = start > 0;
    m_copyAnswers->Enable(copy);
    m_followOn->Enable(copy);
    m_checklist->Enable(!copy && m_checklists.size() > 1);
    // A copy shows the checklist it keeps.
    if (copy) {
        const auto& review = m_reviews[static_cast<std::size_t>(start - 1)];
        for (std::size_t i = 0; i < m_checklists.size(); ++i)
            if (m_checklists[i].checklistId == review.checklistId && m_checklists[i].version == review.checklistVersion)
                m_checklist->SetSelection(static_cast<int>(i));
    }
}

NewReviewRequest ReviewDialog::request() const
{
    NewReviewRequest request;
    const int organisation = m_organisation->GetSelection();
    if (organisation != wxNOT_FOUND)
        request.organisationId = m_organisations[static_cast<std::size_t>(organisation)].id;
    request.info.id = m_key->GetValue().Strip(wxString::both).utf8_string();
    request.info.title = m_title->GetValue().Strip(wxString::both).utf8_string();
    request.info.date = isoDate(*m_date);
    const int start = m_start->GetSelection();
    if (start > 0)
        request.copyFrom = m_reviews[static_cast<std::size_t>(start - 1)].id;
    request.copyAnswers = request.copyFrom && m_copyAnswers->GetValue();
    request.followOn = request.copyFrom && m_followOn->GetValue();
    request.blind = m_blind->GetValue();
    const int checklist = m_checklist->GetSelection();
    if (!request.copyFrom && checklist != wxNOT_FOUND)
        request.checklistRowId = m_checklists[static_cast<std::size_t>(checklist)].stored;
    return request;
}

EntryProblem ReviewDialog::problem() const
{
    const NewReviewRequest request = this->request();
    if (m_organisation->GetSelection() == wxNOT_FOUND)
        return {"Create an organisation first (File > New organisation)."};
    if (request.info.id.empty())
        return {"Give the review a key, such as 2015 or 2015-q1.", m_key};
    if (request.info.title.empty())
        return {"Give the review a title.", m_title};
    return {};
}

}  // namespace ccg::gui
