// Reading a review's content into the model types, and writing model content into a review.
#include "app/storage/repository_impl.hpp"

#include <algorithm>
#include <map>

namespace ccg::storage {

namespace {

/// Position of each item in checklist order; answers and ratings are returned in it.
std::map<std::string, std::size_t, std::less<>> itemOrder(const Checklist& checklist)
{
    std::map<std::string, std::size_t, std::less<>> order;
    for (const auto& domain : checklist.domains)
        for (const auto& item : domain.items)
            order.emplace(item.id, order.size());
    return order;
}

/// The rating in a row's level column: a level, or N/A where the level is null.
Rating ratingInRow(sql::Statement& row, int levelColumn)
{
    return row.isNull(levelColumn) ? Rating::notApplicable() : Rating::at(row.getInt(levelColumn));
}

}  // namespace

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

    std::map<std::string, std::size_t> raterOrder;
    {
        auto raters = query("SELECT rater_key, name, role FROM raters WHERE review_id = ? ORDER BY id");
        raters->bind(1, reviewId);
        while (raters->step()) {
            raterOrder.emplace(raters->getText(0), raterOrder.size());
            if (!raters->getText(0).empty())
                assessment.raters.push_back({raters->getText(0), raters->getText(1), raters->getText(2)});
        }
    }
    const auto order = itemOrder(*stored.checklist);
    const auto position = [&order](const std::string& item) {
        const auto found = order.find(item);
        return found == order.end() ? order.size() : found->second;
    };
    {
        auto answers = query(
            "SELECT r.rater_key, a.item, a.level, a.not_applicable, a.note, a.evidence "
            "FROM answers a JOIN raters r ON r.id = a.rater_id WHERE r.review_id = ?");
        answers->bind(1, reviewId);
        while (answers->step()) {
            const bool rated = !answers->isNull(2) || answers->getInt(3) == 1;
            if (rated)
                assessment.answers.push_back({answers->getText(1), answers->getText(0), ratingInRow(*answers, 2),
                                              answers->getText(4), answers->getText(5)});
            else
                stored.drafts.push_back({answers->getText(1), answers->getText(0), answers->getText(4),
                                         answers->getText(5)});
        }
    }
    const auto byItemThenRater = [&](const auto& a, const auto& b) {
        return std::pair(position(a.item), raterOrder[a.rater]) < std::pair(position(b.item), raterOrder[b.rater]);
    };
    std::sort(assessment.answers.begin(), assessment.answers.end(), byItemThenRater);
    std::sort(stored.drafts.begin(), stored.drafts.end(), byItemThenRater);
    {
        auto agreed = query("SELECT item, level FROM agreed_ratings WHERE review_id = ?");
        agreed->bind(1, reviewId);
        while (agreed->step())
            assessment.agreed.push_back({agreed->getText(0), ratingInRow(*agreed, 1)});
    }
    {
        auto targets = query("SELECT item, level FROM target_overrides WHERE review_id = ?");
        targets->bind(1, reviewId);
        while (targets->step())
            assessment.targets.push_back({targets->getText(0), targets->getInt(1)});
    }
    const auto byItem = [&](const auto& a, const auto& b) { return position(a.item) < position(b.item); };
    std::sort(assessment.agreed.begin(), assessment.agreed.end(), byItem);
    std::sort(assessment.targets.begin(), assessment.targets.end(), byItem);
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
    return stored;
}

void Repository::Impl::insertContent(RowId reviewId, const Checklist& checklist, const Assessment& content,
                                     const std::vector<AnswerDraft>& drafts, bool skipUnknown, const std::string& at)
{
    // Copies may cross to a newer checklist: what no longer fits it is left behind.
    const auto fits = [&](const std::string& item, std::optional<int> level, const std::string& what) {
        if (skipUnknown)
            return checklist.findItem(item) && (!level || (*level >= 0 && *level <= checklist.maxLevel()));
        requireItem(checklist, item);
        requireLevel(checklist, level, what + " of " + item);
        return true;
    };
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
        if (!fits(draft.item, std::nullopt, "note") || content.findAnswer(draft.item, draft.rater))
            continue;
        insertAnswer->bind(1, rowOf(draft.rater)).bind(2, draft.item).bindNull(3).bind(4, 0);
        insertAnswer->bind(5, draft.note).bind(6, draft.evidence).bind(7, at);
        insertAnswer->run();
    }
    auto insertAgreed = query(
        "INSERT INTO agreed_ratings (review_id, item, level, not_applicable, updated_at) VALUES (?, ?, ?, ?, ?)");
    for (const auto& agreed : content.agreed) {
        if (!fits(agreed.item, agreed.rating.level, "agreed rating"))
            continue;
        insertAgreed->bind(1, reviewId).bind(2, agreed.item).bind(3, agreed.rating.level);
        insertAgreed->bind(4, agreed.rating.isNotApplicable() ? 1 : 0).bind(5, at);
        insertAgreed->run();
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
}

}  // namespace ccg::storage
