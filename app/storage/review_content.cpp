// Reading a review's content into the model types, and writing model content into a review.
#include "app/storage/repository_impl.hpp"
#include "checklists/answer_index.hpp"
#include "checklists/item_index.hpp"

#include <algorithm>
#include <unordered_map>
#include <map>

namespace ccg::storage {

namespace {

/// The rating in a row's level column: a level, or N/A where the level is null.
Rating ratingInRow(sql::Statement& row, int levelColumn)
{
    return row.isNull(levelColumn) ? Rating::notApplicable() : Rating::at(row.getInt(levelColumn));
}

}  // namespace

ItemContent Repository::Impl::content(RowId reviewId, const Checklist& checklist, const std::string* itemId)
{
    ItemContent content;
    // Everything comes back in checklist order, answers then in the order raters were added:
    // each row's place is looked up once and the rows sorted by it (n log n cheap steps).
    const ItemIndex items(checklist);
    const auto position = [&](const std::string& item) { return items.position(item).value_or(items.size()); };
    using Place = std::pair<std::size_t, std::int64_t>;
    std::vector<std::pair<Place, Answer>> answers;
    std::vector<std::pair<Place, AnswerDraft>> drafts;
    {
        auto rows = query(
            "SELECT r.rater_key, a.item, a.level, a.not_applicable, a.note, a.evidence, r.id "
            "FROM answers a JOIN raters r ON r.id = a.rater_id WHERE r.review_id = ?1 AND (?2 IS NULL OR a.item = ?2)");
        rows->bind(1, reviewId).bind(2, itemId ? std::optional<std::string>(*itemId) : std::nullopt);
        while (rows->step()) {
            const bool rated = !rows->isNull(2) || rows->getInt(3) == 1;
            std::string item = rows->getText(1);
            const Place place{position(item), rows->getInt64(6)};
            if (rated)
                answers.push_back({place, Answer{std::move(item), rows->getText(0), ratingInRow(*rows, 2),
                                                 rows->getText(4), rows->getText(5)}});
            else
                drafts.push_back({place, AnswerDraft{std::move(item), rows->getText(0), rows->getText(4),
                                                     rows->getText(5)}});
        }
    }
    const auto byPlace = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::sort(answers.begin(), answers.end(), byPlace);
    std::sort(drafts.begin(), drafts.end(), byPlace);
    content.answers.reserve(answers.size());
    for (auto& [place, answer] : answers)
        content.answers.push_back(std::move(answer));
    for (auto& [place, draft] : drafts)
        content.drafts.push_back(std::move(draft));
    {
        auto agreed = query(
            "SELECT item, level, rationale FROM agreed_ratings WHERE review_id = ?1 AND (?2 IS NULL OR item = ?2)");
        agreed->bind(1, reviewId).bind(2, itemId ? std::optional<std::string>(*itemId) : std::nullopt);
        while (agreed->step())
            content.agreed.push_back({agreed->getText(0), ratingInRow(*agreed, 1), agreed->getText(2), {}});
    }
    if (!content.agreed.empty()) {
        // Dissent in the order raters were added, each beside the rating it disagrees with.
        std::unordered_map<std::string, AgreedRating*> byItem;
        for (auto& agreed : content.agreed)
            byItem.emplace(agreed.item, &agreed);
        auto dissents = query(
            "SELECT d.item, r.rater_key, d.text FROM dissents d JOIN raters r ON r.id = d.rater_id "
            "WHERE d.review_id = ?1 AND (?2 IS NULL OR d.item = ?2) ORDER BY r.id");
        dissents->bind(1, reviewId).bind(2, itemId ? std::optional<std::string>(*itemId) : std::nullopt);
        while (dissents->step())
            if (const auto found = byItem.find(dissents->getText(0)); found != byItem.end())
                found->second->dissent.push_back({dissents->getText(1), dissents->getText(2)});
    }
    {
        auto targets =
            query("SELECT item, level FROM target_overrides WHERE review_id = ?1 AND (?2 IS NULL OR item = ?2)");
        targets->bind(1, reviewId).bind(2, itemId ? std::optional<std::string>(*itemId) : std::nullopt);
        while (targets->step())
            content.targets.push_back({targets->getText(0), targets->getInt(1)});
    }
    {
        auto strengths =
            query("SELECT item, strength FROM evidence_strengths WHERE review_id = ?1 AND (?2 IS NULL OR item = ?2)");
        strengths->bind(1, reviewId).bind(2, itemId ? std::optional<std::string>(*itemId) : std::nullopt);
        while (strengths->step())
            content.evidenceStrengths.push_back(
                {strengths->getText(0), parseEvidenceStrength(strengths->getText(1)).value_or(EvidenceStrength::None)});
    }
    const auto byItem = [&](const auto& a, const auto& b) { return position(a.item) < position(b.item); };
    std::sort(content.agreed.begin(), content.agreed.end(), byItem);
    std::sort(content.targets.begin(), content.targets.end(), byItem);
    std::sort(content.evidenceStrengths.begin(), content.evidenceStrengths.end(), byItem);
    return content;
}

StoredReview Repository::Impl::load(RowId reviewId)
{
    StoredReview stored;
    stored.summary = summary(reviewId);
    stored.checklist = checklist(stored.summary.checklistRowId);
    Assessment& assessment = stored.assessment;
    assessment.checklistId = stored.checklist->id;
    assessment.checklistVersion = stored.checklist->version;
    assessment.organisation = stored.summary.organisation;
    assessment.review = stored.summary.info;
    {
        // Raters in the order they were added (their row ids), which is also how answers sort.
        auto raters = query("SELECT rater_key, name, role FROM raters WHERE review_id = ? ORDER BY id");
        raters->bind(1, reviewId);
        while (raters->step())
            if (!raters->getText(0).empty())
                assessment.raters.push_back({raters->getText(0), raters->getText(1), raters->getText(2)});
    }
    ItemContent everything = content(reviewId, *stored.checklist, nullptr);
    assessment.answers = std::move(everything.answers);
    assessment.agreed = std::move(everything.agreed);
    assessment.targets = std::move(everything.targets);
    assessment.evidenceStrengths = std::move(everything.evidenceStrengths);
    stored.drafts = std::move(everything.drafts);
    {
        auto actions = query(
            "SELECT id, item, owner, due_date, status, text, created_at, updated_at FROM actions "
            "WHERE review_id = ? ORDER BY id");
        actions->bind(1, reviewId);
        while (actions->step()) {
            const Action action{actions->getText(1), actions->getText(2), actions->getText(3),
                                parseActionStatus(actions->getText(4)).value_or(ActionStatus::Open),
                                actions->getText(5)};
            assessment.actions.push_back(action);
            stored.actions.push_back({actions->getInt64(0), action, actions->getText(6), actions->getText(7)});
        }
    }
    {
        auto choice = query("SELECT assurance_level, assurance_by, assurance_date FROM reviews WHERE id = ?");
        choice->bind(1, reviewId);
        if (choice->step() && !choice->isNull(0))
            assessment.assuranceChoice = AssuranceChoice{
                parseAssurance(choice->getText(0)).value_or(Assurance::None), choice->getText(1), choice->getText(2)};
    }
    {
        auto commitments = query(
            "SELECT id, from_review, item, owner, due_date, outcome, remark, text FROM commitments "
            "WHERE review_id = ? ORDER BY id");
        commitments->bind(1, reviewId);
        while (commitments->step()) {
            const Commitment commitment{commitments->getText(1), commitments->getText(2), commitments->getText(3),
                                        commitments->getText(4),
                                        parseCommitmentOutcome(commitments->getText(5)).value_or(CommitmentOutcome::Pending),
                                        commitments->getText(6), commitments->getText(7)};
            assessment.commitments.push_back(commitment);
            stored.commitments.push_back({commitments->getInt64(0), commitment});
        }
    }
    assessment.signOff = stored.summary.signedOff;
    return stored;
}

void Repository::Impl::insertContent(RowId reviewId, const Checklist& checklist, const Assessment& content,
                                     const std::vector<AnswerDraft>& drafts, bool skipUnknown, const std::string& at)
{
    // Copies may cross to a newer checklist: what no longer fits it is left behind.
    const ItemIndex items(checklist);
    const auto fits = [&](const std::string& item, std::optional<int> level, const std::string& what) {
        if (skipUnknown)
            return items.find(item) && (!level || (*level >= 0 && *level <= checklist.maxLevel()));
        if (!items.find(item))
            requireItem(checklist, item);  // throws, saying which item
        requireLevel(checklist, level, what + " of " + item);
        return true;
    };
    const AnswerIndex answered(content);
    std::map<std::string, RowId> raterRows;
    auto insertRater = query("INSERT INTO raters (review_id, rater_key, name, role) VALUES (?, ?, ?, ?)");
    for (const auto& rater : content.raters) {
        if (rater.id.empty())
            throw StorageError(StorageErrorKind::Invalid, "a rater needs an id");
        if (raterRows.count(rater.id))
            throw StorageError(StorageErrorKind::Conflict, "rater '" + rater.id + "' is declared twice");
        insertRater->bind(1, reviewId).bind(2, rater.id).bind(3, rater.name).bind(4, rater.role);
        insertRater->run();
        raterRows[rater.id] = db.lastInsertRowId();
    }
    const auto rowOf = [&](const std::string& rater) {
        if (auto found = raterRows.find(rater); found != raterRows.end())
            return found->second;
        if (!rater.empty())
            throw StorageError(StorageErrorKind::Invalid, "an answer names rater '" + rater + "', who is not declared");
        return raterRows[rater] = raterRow(reviewId, rater);
    };
    auto insertAnswer = query(
        "INSERT INTO answers (rater_id, item, level, not_applicable, note, evidence, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto& answer : content.answers) {
        if (!fits(answer.item, answer.rating.level, "answer"))
            continue;
        insertAnswer->bind(1, rowOf(answer.rater)).bind(2, answer.item).bind(3, answer.rating.level);
        insertAnswer->bind(4, answer.rating.isNotApplicable() ? 1 : 0).bind(5, answer.note);
        insertAnswer->bind(6, answer.evidence).bind(7, at);
        insertAnswer->run();
    }
    for (const auto& draft : drafts) {
        if (!fits(draft.item, std::nullopt, "note") || answered.find(draft.item, draft.rater))
            continue;
        insertAnswer->bind(1, rowOf(draft.rater)).bind(2, draft.item).bindNull(3).bind(4, 0);
        insertAnswer->bind(5, draft.note).bind(6, draft.evidence).bind(7, at);
        insertAnswer->run();
    }
    auto insertAgreed = query(
        "INSERT INTO agreed_ratings (review_id, item, level, not_applicable, updated_at, rationale) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    auto insertDissent =
        query("INSERT INTO dissents (review_id, item, rater_id, text, updated_at) VALUES (?, ?, ?, ?, ?)");
    for (const auto& agreed : content.agreed) {
        if (!fits(agreed.item, agreed.rating.level, "agreed rating"))
            continue;
        insertAgreed->bind(1, reviewId).bind(2, agreed.item).bind(3, agreed.rating.level);
        insertAgreed->bind(4, agreed.rating.isNotApplicable() ? 1 : 0).bind(5, at).bind(6, agreed.rationale);
        insertAgreed->run();
        for (const auto& dissent : agreed.dissent) {
            if (dissent.rater.empty())
                throw StorageError(StorageErrorKind::Invalid, "the anonymous rater cannot dissent");
            insertDissent->bind(1, reviewId).bind(2, agreed.item).bind(3, rowOf(dissent.rater));
            insertDissent->bind(4, dissent.text).bind(5, at);
            insertDissent->run();
        }
    }
    auto insertTarget = query("INSERT INTO target_overrides (review_id, item, level, updated_at) VALUES (?, ?, ?, ?)");
    for (const auto& target : content.targets) {
        if (!fits(target.item, target.level, "target"))
            continue;
        insertTarget->bind(1, reviewId).bind(2, target.item).bind(3, target.level).bind(4, at);
        insertTarget->run();
    }
    auto insertAction = query(
        "INSERT INTO actions (review_id, item, text, owner, due_date, status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& action : content.actions) {
        if (!fits(action.item, std::nullopt, "action"))
            continue;
        requireDate(action.due, "action due date");
        insertAction->bind(1, reviewId).bind(2, action.item).bind(3, action.text).bind(4, action.owner);
        insertAction->bind(5, action.due).bind(6, toString(action.status)).bind(7, at).bind(8, at);
        insertAction->run();
    }
    auto insertStrength =
        query("INSERT INTO evidence_strengths (review_id, item, strength, updated_at) VALUES (?, ?, ?, ?)");
    for (const auto& entry : content.evidenceStrengths) {
        if (entry.strength == EvidenceStrength::None || !fits(entry.item, std::nullopt, "evidence strength"))
            continue;
        insertStrength->bind(1, reviewId).bind(2, entry.item).bind(3, toString(entry.strength)).bind(4, at);
        insertStrength->run();
    }
    for (const auto& commitment : content.commitments)
        insertCommitment(reviewId, commitment, at);
    if (const auto& choice = content.assuranceChoice) {
        requireDate(choice->date, "date of the chosen level of assurance");
        auto update = query("UPDATE reviews SET assurance_level = ?, assurance_by = ?, assurance_date = ? WHERE id = ?");
        update->bind(1, toString(choice->level)).bind(2, choice->by).bind(3, choice->date).bind(4, reviewId);
        update->run();
    }
}

}  // namespace ccg::storage
