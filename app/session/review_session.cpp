#include "app/session/review_session.hpp"

#include "app/session/review_list.hpp"
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

ReviewSession::ReviewSession(storage::Repository& repository, std::filesystem::path checklistPath, Analyser analyser)
    : m_repository(repository), m_checklistPath(std::move(checklistPath)), m_analyser(std::move(analyser))
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

void ReviewSession::reload(const ChangeEvent& change)
{
    // What is shown is always what storage holds, re-read after each edit: only the edited item
    // when an edit touched one item's answers, agreed rating or target.
    m_answers.reset();
    m_ownView.reset();
    if (change.what == Change::Answers && !change.itemId.empty()) {
        reloadItem(change.itemId);
    } else {
        m_items.reset();
        m_review = m_repository.loadReview(m_review->summary.id);
        m_items.emplace(*m_review->checklist);
    }
    refreshDerived();
}

void ReviewSession::refreshDerived()
{
    // The index and the own view refer into the review: both are made again before they are used.
    m_answers.reset();
    m_ownView.reset();
    if (ratingsHidden())
        m_ownView = ratersOwnView(m_review->assessment, m_rater);
    m_answers.emplace(visibleAssessment());
    reanalyse(today());
}

namespace {

/// Replaces the entries of `itemId` in `entries` (kept in checklist order) with `fresh`.
template <typename Entry>
void replaceItem(std::vector<Entry>& entries, std::vector<Entry> fresh, const std::string& itemId,
                 const ItemIndex& items)
{
    const std::size_t place = items.position(itemId).value_or(items.size());
    const auto placeOf = [&](const Entry& entry) { return items.position(entry.item).value_or(items.size()); };
    const auto first = std::partition_point(entries.begin(), entries.end(),
                                            [&](const Entry& entry) { return placeOf(entry) < place; });
    const auto last = std::partition_point(first, entries.end(),
                                           [&](const Entry& entry) { return placeOf(entry) == place; });
    const auto at = entries.erase(first, last);
    entries.insert(at, std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()));
}

}  // namespace

void ReviewSession::reloadItem(const std::string& itemId)
{
    const RowId reviewId = m_review->summary.id;
    storage::ItemContent fresh = m_repository.loadItem(reviewId, itemId);
    m_review->summary = m_repository.reviewSummary(reviewId);
    Assessment& assessment = m_review->assessment;
    replaceItem(assessment.answers, std::move(fresh.answers), itemId, *m_items);
    replaceItem(m_review->drafts, std::move(fresh.drafts), itemId, *m_items);
    replaceItem(assessment.agreed, std::move(fresh.agreed), itemId, *m_items);
    replaceItem(assessment.targets, std::move(fresh.targets), itemId, *m_items);
    replaceItem(assessment.evidenceStrengths, std::move(fresh.evidenceStrengths), itemId, *m_items);
}

void ReviewSession::reanalyse(Date asOf) const
{
    if (!m_review) {
        m_analysis = ReviewAnalysis{};
        return;
    }
    std::optional<EarlierReview> earlier;
    if (m_previous)
        earlier.emplace(EarlierReview{*m_previous->checklist, m_previous->assessment, &*m_previousScores});
    m_analysis = m_analyser(*m_review->checklist, visibleAssessment(), earlier ? &*earlier : nullptr, asOf);
}

const ReviewAnalysis& ReviewSession::analysis() const
{
    if (m_review && m_analysis.asOf != today())
        reanalyse(today());
    return m_analysis;
}

void ReviewSession::openReview(RowId reviewId)
{
    if (m_review && m_beforeReviewChange)
        m_beforeReviewChange();
    adoptReview(m_repository.loadReview(reviewId));
}

void ReviewSession::openReview(storage::StoredReview loaded)
{
    if (m_review && m_beforeReviewChange)
        m_beforeReviewChange();
    // Work in progress was just stored: a review read before that would not show it.
    if (m_review && m_review->summary.id == loaded.summary.id)
        loaded = m_repository.loadReview(loaded.summary.id);
    m_repository.adoptChecklist(loaded);
    adoptReview(std::move(loaded));
}

void ReviewSession::adoptReview(storage::StoredReview loaded)
{
    m_answers.reset();
    m_ownView.reset();
    m_items.reset();
    m_review = std::move(loaded);
    m_items.emplace(*m_review->checklist);
    m_previous.reset();
    m_previousScores.reset();
    if (const auto previousId = m_review->summary.previousReviewId) {
        m_previous = m_repository.loadReview(*previousId);
        m_previousScores = score(*m_previous->checklist, m_previous->assessment);
    }
    m_history.clear();
    const auto& raters = m_review->assessment.raters;
    m_rater = raters.empty() ? std::string() : raters.front().id;
    refreshDerived();
    notify(Change::Review);
}

void ReviewSession::closeReview()
{
    if (m_review && m_beforeReviewChange)
        m_beforeReviewChange();
    forgetReview();
}

void ReviewSession::forgetReview()
{
    m_answers.reset();
    m_ownView.reset();
    m_items.reset();
    m_review.reset();
    m_previous.reset();
    m_previousScores.reset();
    m_analysis = ReviewAnalysis{};
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
                                  bool copyAnswers, bool blind, bool followOn, std::optional<RowId> checklistRowId)
{
    storage::NewReview review;
    review.blind = blind;
    review.organisationId = organisationId;
    review.info = info;
    review.copyFrom = copyFrom;
    review.copy.answers = copyAnswers;
    review.followOn = followOn && copyFrom;
    // A follow-on carries the open actions as commitments, to record what came of each.
    review.copy.openActions = !review.followOn;
    if (copyFrom) {
        review.checklistRowId = m_repository.reviewSummary(*copyFrom).checklistRowId;
    } else {
        review.checklistRowId = checklistRowId ? *checklistRowId : storeShippedChecklist();
        // It follows the organisation's latest review of the same checklist: another framework's
        // review is no earlier state of this one.
        const std::string checklistId = m_repository.loadChecklist(review.checklistRowId)->id;
        for (const auto& existing : m_repository.listReviews(organisationId))  // newest date first
            if (existing.checklistId == checklistId) {
                review.previousReviewId = existing.id;
                break;
            }
    }
    const RowId id = m_repository.createReview(review);
    notify(Change::Reviews);
    openReview(id);
    return id;
}

std::vector<storage::ReviewSummary> ReviewSession::listReviews() const
{
    if (!m_review)
        return listReviewsWithFigures(m_repository);
    const storage::FiguresToKeep open{m_review->summary.id, figuresOf(scores()), m_review->summary.revision};
    return listReviewsWithFigures(m_repository, std::nullopt, &open);
}

void ReviewSession::deleteReview(RowId reviewId)
{
    const bool wasOpen = m_review && m_review->summary.id == reviewId;
    if (wasOpen && m_beforeReviewChange)
        m_beforeReviewChange();
    m_repository.deleteReview(reviewId);
    if (wasOpen)
        forgetReview();
    notify(Change::Reviews);
}

void ReviewSession::deleteOrganisation(RowId organisationId)
{
    const bool wasOpen = m_review && m_review->summary.organisationId == organisationId;
    if (wasOpen && m_beforeReviewChange)
        m_beforeReviewChange();
    m_repository.deleteOrganisation(organisationId, true);
    if (wasOpen)
        forgetReview();
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

const ScoreResult* ReviewSession::previousScores() const
{
    return m_previousScores ? &*m_previousScores : nullptr;
}

std::vector<ComparableReview> ReviewSession::comparableReviews() const
{
    requireReview();
    const auto& open = m_review->summary;
    std::vector<ComparableReview> comparable;
    std::vector<ComparableReview> others;
    for (const auto& review : m_repository.listReviews()) {
        const bool sameChecklist =
            review.checklistId == open.checklistId && review.checklistVersion == open.checklistVersion;
        if (review.id == open.id || !sameChecklist || review.hidesRatings())
            continue;
        if (open.previousReviewId && review.id == *open.previousReviewId)
            comparable.push_back({review.id, comparisonLabel(review), true});
        else
            others.push_back({review.id, comparisonLabel(review), false});
    }
    std::stable_sort(others.begin(), others.end(),
                     [](const ComparableReview& a, const ComparableReview& b) { return a.label < b.label; });
    comparable.insert(comparable.end(), others.begin(), others.end());
    return comparable;
}

Dashboard ReviewSession::dashboard(Date asOf) const
{
    requireReview();
    if (m_analysis.asOf != asOf)
        reanalyse(asOf);
    Dashboard board = buildDashboard(checklist(), visibleAssessment(), m_analysis);
    if (ratingsHidden())
        board.viewNote = "Your own view: the scores count only " + raterName(m_rater) +
                         "'s ratings. They count every rater's once the ratings are revealed.";
    return board;
}

AgreementTable ReviewSession::agreement() const
{
    requireReview();
    return buildAgreement(checklist(), visibleAssessment(), answers(), analysis());
}

void ReviewSession::setCurrentRater(const std::string& raterId)
{
    requireReview();
    if (!raterId.empty() && !answers().rater(raterId))
        throw std::runtime_error("There is no rater '" + raterId + "' in this review.");
    m_rater = raterId;
    m_history.seal();
    // While ratings are hidden, what may be seen depends on who is rating.
    if (ratingsHidden())
        refreshDerived();
    notify(Change::Raters);
}

std::string ReviewSession::raterName(const std::string& raterId) const
{
    if (raterId.empty())
        return "Anonymous rater";
    const Rater* rater = m_review ? m_review->assessment.findRater(raterId) : nullptr;
    return rater && !rater->name.empty() ? rater->name : raterId;
}

void ReviewSession::updateReviewInfo(const ReviewInfo& info)
{
    requireReview();
    m_repository.updateReviewInfo(m_review->summary.id, info);
    m_review->summary = m_repository.reviewSummary(m_review->summary.id);
    m_review->assessment.review = m_review->summary.info;
    notify(Change::Raters);
    notify(Change::Reviews);
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
    const Answer* answer = answers().find(itemId, m_rater);
    return answer ? std::optional<Rating>(answer->rating) : std::nullopt;
}

std::string ReviewSession::currentNote(const std::string& itemId) const
{
    if (!m_review)
        return {};
    if (const Answer* answer = answers().find(itemId, m_rater))
        return answer->note;
    const storage::AnswerDraft* draft = findDraft(*m_review, itemId, m_rater);
    return draft ? draft->note : std::string();
}

std::string ReviewSession::currentEvidence(const std::string& itemId) const
{
    if (!m_review)
        return {};
    if (const Answer* answer = answers().find(itemId, m_rater))
        return answer->evidence;
    const storage::AnswerDraft* draft = findDraft(*m_review, itemId, m_rater);
    return draft ? draft->evidence : std::string();
}

}  // namespace ccg::session
