#include "app/gui/round_commands.hpp"

#include "app/gui/returns_dialog.hpp"
#include "app/gui/review_settings_dialog.hpp"
#include "app/gui/user_messages.hpp"
#include "app/gui/window_state.hpp"
#include "app/session/rating_forms.hpp"
#include "app/session/review_session.hpp"

#include <wx/msgdlg.h>

#include <algorithm>

namespace ccg::gui {

RoundCommands::RoundCommands(wxWindow* parent, session::ReviewSession& session, UserMessages& messages,
                             const FileChooser& chooseFile, std::filesystem::path database)
    : m_parent(parent), m_session(session), m_messages(messages), m_chooseFile(chooseFile),
      m_database(std::move(database))
{
    m_session.subscribe([this](const session::ChangeEvent& change) { onSessionChanged(change); });
}

bool RoundCommands::needReview() const
{
    if (!m_session.hasReview())
        m_messages.showStatus("Open a review first (File > Open review).");
    return m_session.hasReview();
}

void RoundCommands::onSessionChanged(const session::ChangeEvent& change)
{
    if (!m_session.hasReview())
        return;
    const storage::RowId review = m_session.review().id;
    if (change.what == session::Change::Review) {
        // Reopening a review goes on with whoever rated in it last on this computer: never
        // silently with the first rater, whose ratings someone else would then overwrite.
        const auto rater = rememberedRater(m_database, review);
        const auto& raters = m_session.assessment().raters;
        const bool known = rater && (rater->empty() || std::any_of(raters.begin(), raters.end(),
                                                                   [&](const Rater& r) { return r.id == *rater; }));
        if (known && *rater != m_session.currentRater())
            m_messages.guarded([&] { m_session.setCurrentRater(*rater); });
        else
            rememberRater(m_database, review, m_session.currentRater());
    } else if (change.what == session::Change::Raters) {
        rememberRater(m_database, review, m_session.currentRater());
    }
}

void RoundCommands::switchRater(int step)
{
    if (!needReview())
        return;
    const auto& raters = m_session.assessment().raters;
    if (raters.size() < 2) {
        m_messages.showStatus("Only one rater rates this review: add raters with Review > Add rater.");
        return;
    }
    const auto current = std::find_if(raters.begin(), raters.end(),
                                      [&](const Rater& rater) { return rater.id == m_session.currentRater(); });
    const auto count = static_cast<long>(raters.size());
    const long at = current == raters.end() ? 0 : (current - raters.begin() + step + count) % count;
    const std::string next = raters[static_cast<std::size_t>(at)].id;
    if (m_messages.guarded([&] { m_session.setCurrentRater(next); }))
        m_messages.showStatus(wxString::FromUTF8("Now entering the ratings of " + m_session.raterName(next) + "."));
}

void RoundCommands::revealRatings()
{
    if (!needReview())
        return;
    if (!m_session.ratingsHidden()) {
        m_messages.showStatus(m_session.review().blind ? "The ratings were revealed already."
                                                       : "This review is not blind: every rating is visible.");
        return;
    }
    wxMessageDialog ask(m_parent,
                        "Every rater will see every other rater's levels and notes, the spread and the "
                        "suggested levels, and the scores will count every rating. This cannot be undone, "
                        "and it is recorded with your name and the time.",
                        "Reveal the ratings?", wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoLabels("&Reveal the ratings", "&Not yet");
    if (ask.ShowModal() != wxID_YES)
        return;
    if (m_messages.guarded([&] { m_session.reveal(); }))
        m_messages.showStatus("The ratings are revealed: the Agree page shows where the raters differ.");
}

void RoundCommands::reviewSettings()
{
    if (!needReview())
        return;
    ReviewSettingsDialog dialog(m_parent, m_session.review());
    if (dialog.ShowModal() != wxID_OK)
        return;
    m_messages.guarded([&] {
        if (dialog.info() != m_session.review().info)
            m_session.updateReviewInfo(dialog.info());
        if (dialog.blind() != m_session.review().blind)
            m_session.setBlind(dialog.blind());
    });
}

void RoundCommands::importReturns()
{
    if (!needReview())
        return;
    FileRequest request{FileKind::Returns, false, "Import returned rating forms", wxString(),
                        "Answers files (*.xml)|*.xml|All files|*"};
    request.several = true;
    const wxArrayString chosen = m_chooseFile(m_parent, request);
    if (chosen.empty())
        return;
    std::vector<std::filesystem::path> files;
    for (const auto& path : chosen)
        files.emplace_back(path.utf8_string());
    std::vector<session::ReturnOutcome> outcomes;
    const auto replaceEarlier = [this](const std::string& rater, const std::string& returnedAt) {
        wxMessageDialog ask(m_parent,
                            wxString::FromUTF8(m_session.raterName(rater) + "'s form came back already, on " +
                                               returnedAt.substr(0, 10) + ". Replace what that return gave "
                                               "with this one?"),
                            "A second return", wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
        ask.SetYesNoLabels("&Replace it", "&Keep the first");
        return ask.ShowModal() == wxID_YES;
    };
    if (!m_messages.guarded([&] { outcomes = m_session.takeReturns(files, replaceEarlier); }))
        return;
    int taken = 0;
    wxString refused;
    for (const auto& outcome : outcomes) {
        taken += outcome.taken;
        if (!outcome.taken)
            refused += wxString::FromUTF8(outcome.file.filename().string() + ": " + outcome.message) + "\n";
    }
    const wxString summary = wxString::Format("Took %d of %zu returned forms.", taken, outcomes.size());
    if (refused.empty())
        m_messages.showStatus(summary);
    else
        m_messages.showWarning(summary + " " + refused.Trim());
}

void RoundCommands::showReturns()
{
    if (!needReview())
        return;
    ReturnsDialog dialog(m_parent, m_session, [this] { importReturns(); }, [this] { sendRatingForms(); });
    dialog.ShowModal();
}

void RoundCommands::sendRatingForms()
{
    if (!needReview())
        return;
    if (m_session.assessment().raters.empty()) {
        m_messages.showError("Add the raters first (Review > Add rater): each gets a form of their own.");
        return;
    }
    FileRequest request{FileKind::RatingForms, false, "Choose the folder for the rating forms", wxString(), wxString()};
    request.folder = true;
    const wxString folder = chooseOne(m_chooseFile, m_parent, request);
    if (folder.empty())
        return;
    std::vector<session::WrittenForm> written;
    if (!m_messages.guarded([&] { written = m_session.writeRatingForms(folder.utf8_string()); }))
        return;
    m_messages.showStatus(wxString::Format("Wrote %zu rating forms into ", written.size()) + folder +
                          ": send each member theirs.");
}

}  // namespace ccg::gui
