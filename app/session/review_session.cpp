#include "app/session/review_session.hpp"

#include "app/storage/answers_exchange.hpp"

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace ccg::session {

namespace {

std::string readText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("Cannot read the checklist " + path.string() + ".");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

const storage::AnswerDraft* findDraft(const storage::StoredReview& review, const std::string& itemId,
                                      const std::string& raterId)
{
    const auto found = std::find_if(review.drafts.begin(), review.drafts.end(), [&](const storage::AnswerDraft& d) {
        return d.item == itemId && d.rater == raterId;
    });
    return found == review.drafts.end() ? nullptr : &*found;
}

}  // namespace

ReviewSession::ReviewSession(storage::Repository& repository, std::filesystem::path checklistPath)
    : m_repository(repository), m_checklistPath(std::move(checklistPath))
{
}

void ReviewSession::subscribe(std::function<void(const ChangeEvent&)> listener)
{
    m_listeners.push_back(std::move(listener));
}

void ReviewSession::notify(Change what, const std::string& itemId)
{
    const ChangeEvent event{what, itemId};
    for (const auto& listener : m_listeners)
        listener(event);
}

void ReviewSession::requireReview() const
{
    if (!m_review)
        throw std::runtime_error("No review is open. Create or open a review first.");
}

void ReviewSession::reload()
{
    // What is shown is always what storage holds, re-read after each edit.
    m_review = m_repository.loadReview(m_review->summary.id);
    m_scores = score(*m_review->checklist, m_review->assessment);
}

void ReviewSession::openReview(RowId reviewId)
{
    storage::StoredReview loaded = m_repository.loadReview(reviewId);
    m_scores = score(*loaded.checklist, loaded.assessment);
    m_review = std::move(loaded);
    m_previousLoaded = false;
    m_previousScores.reset();
    m_previousAssessment.reset();
    m_history.clear();
    const auto& raters = m_review->assessment.raters;
    m_rater = raters.empty() ? std::string() : raters.front().id;
    notify(Change::Review);
}

void ReviewSession::closeReview()
{
    m_review.reset();
    m_scores = ScoreResult{};
    m_previousLoaded = false;
    m_previousScores.reset();
    m_previousAssessment.reset();
    m_rater.clear();
    m_history.clear();
    notify(Change::Review);
}

RowId ReviewSession::createOrganisation(const Organisation& organisation)
{
    const RowId id = m_repository.createOrganisation(organisation);
    notify(Change::Reviews);
    return id;
}

RowId ReviewSession::storeShippedChecklist()
{
    return m_repository.storeChecklist(readText(m_checklistPath), m_checklistPath.filename().string());
}

RowId ReviewSession::createReview(RowId organisationId, const ReviewInfo& info, std::optional<RowId> copyFrom,
                                  bool copyAnswers)
{
    storage::NewReview review;
    review.organisationId = organisationId;
    review.info = info;
    review.copyFrom = copyFrom;
    review.copy.answers = copyAnswers;
    if (copyFrom) {
        review.checklistRowId = m_repository.loadReview(*copyFrom).summary.checklistRowId;
    } else {
        review.checklistRowId = storeShippedChecklist();
        const auto existing = m_repository.listReviews(organisationId);  // newest date first
        if (!existing.empty())
            review.previousReviewId = existing.front().id;
    }
    const RowId id = m_repository.createReview(review);
    notify(Change::Reviews);
    openReview(id);
    return id;
}

void ReviewSession::deleteReview(RowId reviewId)
{
    const bool wasOpen = m_review && m_review->summary.id == reviewId;
    m_repository.deleteReview(reviewId);
    if (wasOpen)
        closeReview();
    notify(Change::Reviews);
}

void ReviewSession::deleteOrganisation(RowId organisationId)
{
    const bool wasOpen = m_review && m_review->summary.organisationId == organisationId;
    m_repository.deleteOrganisation(organisationId, true);
    if (wasOpen)
        closeReview();
    notify(Change::Reviews);
}

Diagnostics ReviewSession::importAnswers(const std::filesystem::path& path)
{
    storage::ImportOptions options;
    options.source = path.filename().string();
    const storage::FileImport imported = storage::importAnswersFile(m_repository, m_checklistPath, path, options);
    notify(Change::Reviews);
    openReview(imported.reviewId);
    return imported.warnings;
}

void ReviewSession::exportAnswers(const std::filesystem::path& path) const
{
    requireReview();
    storage::exportAnswersFile(m_repository, m_review->summary.id, path);
}

void ReviewSession::loadPrevious() const
{
    if (m_previousLoaded || !m_review)
        return;
    m_previousLoaded = true;
    const auto previousId = m_review->summary.previousReviewId;
    if (!previousId)
        return;
    const storage::StoredReview before = m_repository.loadReview(*previousId);
    m_previousScores = score(*before.checklist, before.assessment);
    const Checklist& current = *m_review->checklist;
    if (before.checklist->id == current.id && before.checklist->version == current.version)
        m_previousAssessment = m_repository.exportAssessment(*previousId);
}

const std::optional<ScoreResult>& ReviewSession::previousScores() const
{
    loadPrevious();
    return m_previousScores;
}

const std::optional<Assessment>& ReviewSession::previousAssessment() const
{
    loadPrevious();
    return m_previousAssessment;
}

Assessment ReviewSession::exportedAssessment() const
{
    requireReview();
    return m_repository.exportAssessment(m_review->summary.id);
}

Dashboard ReviewSession::dashboard(const std::string& today) const
{
    requireReview();
    return buildDashboard(checklist(), assessment(), m_scores, previousScores(), today);
}

AgreementTable ReviewSession::agreement() const
{
    requireReview();
    return buildAgreement(checklist(), assessment());
}

void ReviewSession::setCurrentRater(const std::string& raterId)
{
    requireReview();
    if (!raterId.empty() && !assessment().findRater(raterId))
        throw std::runtime_error("There is no rater '" + raterId + "' in this review.");
    m_rater = raterId;
    m_history.seal();
    notify(Change::Raters);
}

void ReviewSession::addRater(const Rater& rater)
{
    requireReview();
    m_repository.addRater(m_review->summary.id, rater);
    reload();
    notify(Change::Raters);
}

std::optional<Rating> ReviewSession::currentRating(const std::string& itemId) const
{
    if (!m_review)
        return std::nullopt;
    const Answer* answer = assessment().findAnswer(itemId, m_rater);
    return answer ? std::optional<Rating>(answer->rating) : std::nullopt;
}

std::string ReviewSession::currentNote(const std::string& itemId) const
{
    if (!m_review)
        return {};
    if (const Answer* answer = assessment().findAnswer(itemId, m_rater))
        return answer->note;
    const storage::AnswerDraft* draft = findDraft(*m_review, itemId, m_rater);
    return draft ? draft->note : std::string();
}

std::string ReviewSession::currentEvidence(const std::string& itemId) const
{
    if (!m_review)
        return {};
    if (const Answer* answer = assessment().findAnswer(itemId, m_rater))
        return answer->evidence;
    const storage::AnswerDraft* draft = findDraft(*m_review, itemId, m_rater);
    return draft ? draft->evidence : std::string();
}

void ReviewSession::record(Edit edit)
{
    const ChangeEvent change = edit.change;
    m_history.record(std::move(edit));
    reload();
    notify(change.what, change.itemId);
}

void ReviewSession::writeRating(RowId reviewId, const std::string& raterId, const std::string& itemId,
                                const std::optional<Rating>& rating)
{
    if (rating)
        m_repository.setRating(reviewId, raterId, itemId, *rating);
    else
        m_repository.clearRating(reviewId, raterId, itemId);  // a note or evidence stays as a draft
}

void ReviewSession::rate(const std::string& itemId, const std::optional<Rating>& rating)
{
    requireReview();
    const std::optional<Rating> before = currentRating(itemId);
    if (before == rating)
        return;
    const RowId reviewId = m_review->summary.id;
    const std::string raterId = m_rater;
    writeRating(reviewId, raterId, itemId, rating);
    record(Edit{"Rating of " + itemId, {},
                [this, reviewId, raterId, itemId, before] { writeRating(reviewId, raterId, itemId, before); },
                [this, reviewId, raterId, itemId, rating] { writeRating(reviewId, raterId, itemId, rating); },
                {Change::Answers, itemId}});
}

void ReviewSession::editText(const std::string& itemId, const std::string& text, bool evidence)
{
    requireReview();
    const std::string before = evidence ? currentEvidence(itemId) : currentNote(itemId);
    if (before == text)
        return;
    const RowId reviewId = m_review->summary.id;
    const std::string raterId = m_rater;
    auto write = [this, reviewId, raterId, itemId, evidence](const std::string& value) {
        if (evidence)
            m_repository.setEvidence(reviewId, raterId, itemId, value);
        else
            m_repository.setNote(reviewId, raterId, itemId, value);
    };
    write(text);
    const std::string field = evidence ? "Evidence" : "Note";
    record(Edit{field + " on " + itemId, field + "/" + itemId + "/" + raterId, [write, before] { write(before); },
                [write, text] { write(text); }, {Change::Answers, itemId}});
}

void ReviewSession::setNote(const std::string& itemId, const std::string& note)
{
    editText(itemId, note, false);
}

void ReviewSession::setEvidence(const std::string& itemId, const std::string& evidence)
{
    editText(itemId, evidence, true);
}

void ReviewSession::setAgreed(const std::string& itemId, const std::optional<Rating>& rating)
{
    requireReview();
    const AgreedRating* existing = assessment().findAgreed(itemId);
    const std::optional<Rating> before = existing ? std::optional<Rating>(existing->rating) : std::nullopt;
    if (before == rating)
        return;
    const RowId reviewId = m_review->summary.id;
    auto write = [this, reviewId, itemId](const std::optional<Rating>& value) {
        if (value)
            m_repository.setAgreed(reviewId, itemId, *value);
        else
            m_repository.clearAgreed(reviewId, itemId);
    };
    write(rating);
    record(Edit{"Agreed rating of " + itemId, {}, [write, before] { write(before); },
                [write, rating] { write(rating); }, {Change::Answers, itemId}});
}

void ReviewSession::setTarget(const std::string& itemId, const std::optional<int>& level)
{
    requireReview();
    const TargetOverride* existing = assessment().findTarget(itemId);
    const std::optional<int> before = existing ? std::optional<int>(existing->level) : std::nullopt;
    if (before == level)
        return;
    const RowId reviewId = m_review->summary.id;
    auto write = [this, reviewId, itemId](const std::optional<int>& value) {
        if (value)
            m_repository.setTarget(reviewId, itemId, *value);
        else
            m_repository.clearTarget(reviewId, itemId);
    };
    write(level);
    record(Edit{"Target of " + itemId, {}, [write, before] { write(before); }, [write, level] { write(level); },
                {Change::Answers, itemId}});
}

RowId ReviewSession::addAction(const Action& action)
{
    requireReview();
    const RowId reviewId = m_review->summary.id;
    // Redo adds the action again under a new id, which later undos must then use.
    auto id = std::make_shared<RowId>(m_repository.addAction(reviewId, action));
    record(Edit{"New action on " + action.item, {}, [this, id] { m_repository.deleteAction(*id); },
                [this, id, reviewId, action] { *id = m_repository.addAction(reviewId, action); },
                {Change::Actions, action.item}});
    return *id;
}

void ReviewSession::updateAction(RowId actionId, const Action& action)
{
    requireReview();
    const storage::ActionRecord* existing = findAction(actionId);
    if (!existing)
        throw std::runtime_error("That action no longer exists.");
    const Action before = existing->action;
    if (before == action)
        return;
    m_repository.updateAction(actionId, action);
    record(Edit{"Action on " + action.item, {},
                [this, actionId, before] { m_repository.updateAction(actionId, before); },
                [this, actionId, action] { m_repository.updateAction(actionId, action); },
                {Change::Actions, action.item}});
}

const storage::ActionRecord* ReviewSession::findAction(RowId actionId) const
{
    if (!m_review)
        return nullptr;
    const auto& list = m_review->actions;
    const auto found = std::find_if(list.begin(), list.end(),
                                    [&](const storage::ActionRecord& record) { return record.id == actionId; });
    return found == list.end() ? nullptr : &*found;
}

void ReviewSession::undo()
{
    if (!m_review || !m_history.canUndo())
        return;
    const ChangeEvent change = m_history.undo();
    reload();
    notify(change.what, change.itemId);
}

void ReviewSession::redo()
{
    if (!m_review || !m_history.canRedo())
        return;
    const ChangeEvent change = m_history.redo();
    reload();
    notify(change.what, change.itemId);
}

}  // namespace ccg::session
