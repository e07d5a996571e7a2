#include "app/gui/review_commands.hpp"

#include "app/gui/checklist_import_dialog.hpp"
#include "app/gui/open_review_dialog.hpp"
#include "app/gui/organisation_dialog.hpp"
#include "app/gui/rater_dialog.hpp"
#include "app/gui/review_dialog.hpp"
#include "app/gui/user_messages.hpp"
#include "app/session/demo_loader.hpp"
#include "app/session/review_session.hpp"


namespace ccg::gui {

ReviewCommands::ReviewCommands(wxWindow* parent, session::ReviewSession& session, UserMessages& messages,
                               session::ResourcePaths resources, const FileChooser& chooseFile)
    : m_parent(parent), m_session(session), m_messages(messages), m_resources(std::move(resources)),
      m_chooseFile(chooseFile)
{
}

void ReviewCommands::newOrganisation()
{
    OrganisationDialog dialog(m_parent);
    if (dialog.ShowModal() != wxID_OK)
        return;
    const Organisation organisation = dialog.organisation();
    storage::RowId id = 0;
    if (!m_messages.guarded([&] { id = m_session.createOrganisation(organisation); }))
        return;
    m_messages.showStatus("Created " + wxString::FromUTF8(organisation.name) + ". Now start its first review.");
    startReview(id);
}

void ReviewCommands::newReview()
{
    std::optional<storage::RowId> organisation;
    if (m_session.hasReview())
        organisation = m_session.review().organisationId;
    startReview(organisation);
}

void ReviewCommands::startReview(std::optional<storage::RowId> organisationId)
{
    // The dialog reads the organisations and reviews from storage, which can fail too.
    m_messages.guarded([&] {
        ReviewDialog dialog(m_parent, m_session.repository(), organisationId, m_resources.checklist);
        if (dialog.ShowModal() != wxID_OK)
            return;
        const NewReviewRequest request = dialog.request();
        m_session.createReview(request.organisationId, request.info, request.copyFrom, request.copyAnswers,
                               request.blind, request.followOn, request.checklistRowId);
    });
}

void ReviewCommands::openReview()
{
    OpenReviewDialog dialog(m_parent, m_session, m_messages);
    if (dialog.ShowModal() == wxID_OPEN && dialog.chosen())
        m_messages.guarded([&] { m_session.openReview(*dialog.chosen()); });
}

void ReviewCommands::importAnswers()
{
    const wxString chosen =
        chooseOne(m_chooseFile, m_parent, {FileKind::Answers, false, "Import an answers file", wxString(),
                                           "Answers files (*.xml)|*.xml|All files|*"});
    if (chosen.empty())
        return;
    const std::filesystem::path path = chosen.utf8_string();
    Diagnostics warnings;
    if (!m_messages.guarded([&] { warnings = m_session.importAnswers(path); }))
        return;
    const wxString name = wxString::FromUTF8(path.filename().string());
    if (warnings.empty())
        m_messages.showStatus("Imported " + name + ".");
    else
        m_messages.showWarning("Imported " + name + " with a warning: " + wxString::FromUTF8(joinDiagnostics(warnings)));
}

void ReviewCommands::importChecklist()
{
    const wxString chosen = chooseOne(
        m_chooseFile, m_parent,
        {FileKind::Checklist, false, "Import a checklist", wxString(),
         "Checklists and spreadsheets (*.xml;*.xlsx;*.csv)|*.xml;*.xlsx;*.csv|Checklist files (*.xml)|*.xml|"
         "Workbooks (*.xlsx)|*.xlsx|CSV files (*.csv)|*.csv|All files|*"});
    if (chosen.empty())
        return;
    const std::filesystem::path path = chosen.utf8_string();
    m_messages.guarded([&] {
        ChecklistImportDialog dialog(m_parent, path);
        if (dialog.ShowModal() != wxID_OK)
            return;
        session::storeImportedChecklist(m_session.repository(), dialog.result(), path);
        const Checklist& checklist = *dialog.result().checklist;
        m_messages.showStatus(wxString::FromUTF8("Added the checklist " + checklist.title + ", version " +
                                                 checklist.version + ". Start a review of it with File > New review."));
    });
}

void ReviewCommands::exportAnswers()
{
    if (!m_session.hasReview()) {
        m_messages.showStatus("Open a review to export it.");
        return;
    }
    const auto& review = m_session.review();
    const wxString suggested = wxString::FromUTF8(review.organisation.code + "-" + review.info.id + ".xml");
    const wxString chosen =
        chooseOne(m_chooseFile, m_parent, {FileKind::Answers, true, "Export the review as an answers file", suggested,
                                           "Answers files (*.xml)|*.xml"});
    if (chosen.empty())
        return;
    const std::filesystem::path path = chosen.utf8_string();
    if (m_messages.guarded([&] { m_session.exportAnswers(path); }))
        m_messages.showStatus("Exported to " + chosen + ".");
}

void ReviewCommands::addRater()
{
    if (!m_session.hasReview()) {
        m_messages.showStatus("Open a review to add raters to it.");
        return;
    }
    std::vector<std::string> taken;
    for (const auto& rater : m_session.assessment().raters)
        taken.push_back(rater.id);
    RaterDialog dialog(m_parent, taken);
    if (dialog.ShowModal() != wxID_OK)
        return;
    const Rater rater = dialog.rater();
    m_messages.guarded([&] {
        m_session.addRater(rater);
        m_session.setCurrentRater(rater.id);
    });
}

void ReviewCommands::openDemo()
{
    m_messages.guarded([&] {
        const storage::RowId id = session::importDemo(m_session.repository(), m_resources.checklist, m_resources.demoDir);
        m_session.openReview(id);
        m_messages.showStatus("Opened the demo organisation, NHS Northmoor CCG.");
    });
}

}  // namespace ccg::gui
