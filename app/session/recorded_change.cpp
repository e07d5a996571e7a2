#include "app/session/recorded_change.hpp"

#include "app/session/review_session.hpp"

#include <algorithm>

namespace ccg::session {

namespace {

/// Empty text reads as nothing.
std::optional<std::string> value(const std::optional<std::string>& text)
{
    if (!text || text->empty())
        return std::nullopt;
    return text;
}

std::string raterName(const std::string& id, const std::vector<Rater>& raters)
{
    if (id.empty())
        return "the anonymous rater";
    const auto found = std::find_if(raters.begin(), raters.end(), [&](const Rater& rater) { return rater.id == id; });
    return found != raters.end() && !found->name.empty() ? found->name : id;
}

/// "n/a" as the board reads it; a level stays its number.
std::optional<std::string> ratingWords(const std::optional<std::string>& text)
{
    if (text == "n/a")
        return std::string("N/A");
    return value(text);
}

/// A status as stored ("in-progress") in words ("in progress").
std::optional<std::string> statusWords(const std::optional<std::string>& text)
{
    auto words = value(text);
    if (words)
        std::replace(words->begin(), words->end(), '-', ' ');
    return words;
}

/// A column name as words: "evidence_strength" -> "evidence strength".
std::string fieldWords(std::string field)
{
    std::replace(field.begin(), field.end(), '_', ' ');
    return field;
}

/// "2014-03-01T10:00:05.123Z" -> "2014-03-01 10:00:05".
std::string whenWords(const std::string& at)
{
    if (at.size() < 19 || at[10] != 'T')
        return at;
    return at.substr(0, 10) + " " + at.substr(11, 8);
}

void describeAnswer(const storage::AuditEntry& entry, const std::string& by, RecordedChange& change)
{
    if (entry.field == "rating") {
        change.kind = "rating";
        change.what = "rating of " + entry.key + " by " + by;
        change.before = ratingWords(entry.oldValue);
        change.after = ratingWords(entry.newValue);
    } else if (entry.field == "note" || entry.field == "evidence") {
        change.kind = entry.field;
        change.what = entry.field + (entry.field == "note" ? " on " : " for ") + entry.key + " by " + by;
    } else {
        change.kind = "other";
        change.what = fieldWords(entry.field) + " of " + entry.key + " by " + by;
    }
}

void describeAction(const storage::AuditEntry& entry, RecordedChange& change)
{
    change.kind = "action";
    const std::string action = "action #" + entry.key + (entry.item.empty() ? "" : " on " + entry.item);
    if (entry.field == "row")
        change.what = action + (entry.oldValue ? " deleted" : " added");
    else if (entry.field == "item")
        change.what = "item of action #" + entry.key;
    else if (entry.field == "due")
        change.what = "due date of " + action;
    else
        change.what = fieldWords(entry.field) + " of " + action;
    if (entry.field == "status") {
        change.before = statusWords(entry.oldValue);
        change.after = statusWords(entry.newValue);
    }
}

void describeReview(const storage::AuditEntry& entry, RecordedChange& change)
{
    change.kind = "review";
    if (entry.field == "row") {
        change.what = entry.oldValue ? "review " + entry.key + " deleted" : "review " + entry.key + " created";
    } else if (entry.field == "id") {
        change.what = "review's key";
    } else if (entry.field == "status") {
        change.what = "review's status";
        change.before = statusWords(entry.oldValue);
        change.after = statusWords(entry.newValue);
    } else if (entry.field == "previous") {
        change.what = "previous review";
        const auto number = [](const std::optional<std::string>& id) {
            return id ? std::optional("review #" + *id) : std::nullopt;
        };
        change.before = number(entry.oldValue);
        change.after = number(entry.newValue);
    } else if (entry.field == "blind") {
        change.kind = "round";
        change.what = "blind rating";
    } else if (entry.field == "revealed") {
        change.kind = "round";
        change.what = "ratings revealed";
    } else {
        change.what = "review's " + fieldWords(entry.field);
    }
}

}  // namespace

std::string shown(const std::optional<std::string>& value)
{
    return value ? *value : std::string(kNothingShown);
}

RecordedChange describeChange(const storage::AuditEntry& entry, const std::vector<Rater>& raters)
{
    RecordedChange change{entry.at, whenWords(entry.at), entry.user, "other", "", entry.item, entry.rater,
                          value(entry.oldValue), value(entry.newValue)};
    const std::string by = raterName(entry.rater, raters);
    if (entry.table == "answers") {
        describeAnswer(entry, by, change);
    } else if (entry.table == "agreed_ratings" && entry.field == "rating") {
        change.kind = "agreed";
        change.what = "agreed level of " + entry.key;
        change.before = ratingWords(entry.oldValue);
        change.after = ratingWords(entry.newValue);
    } else if (entry.table == "agreed_ratings" && entry.field == "rationale") {
        change.kind = "rationale";
        change.what = "reason for the agreed level of " + entry.key;
    } else if (entry.table == "dissents") {
        change.kind = "dissent";
        change.what = "dissent on " + entry.key + " by " + by;
    } else if (entry.table == "target_overrides") {
        change.kind = "target";
        change.what = "target of " + entry.key;
        // No target of the review's own: the checklist's counts.
        change.before = change.before.value_or("the checklist's");
        change.after = change.after.value_or("the checklist's");
    } else if (entry.table == "actions") {
        describeAction(entry, change);
    } else if (entry.table == "raters") {
        change.kind = "rater";
        change.what = entry.field == "row" ? "rater " + entry.key + " added" : fieldWords(entry.field) + " of rater " + entry.key;
    } else if (entry.table == "reviews") {
        describeReview(entry, change);
    } else if (entry.table == "rater_rounds") {
        change.kind = "round";
        change.what = (entry.field == "form" ? "rating form for " : entry.field == "return" ? "return from "
                                                                                             : fieldWords(entry.field) + " of ") +
                      by;
    } else {
        change.what = fieldWords(entry.table) + " " + fieldWords(entry.field) + (entry.key.empty() ? "" : " of " + entry.key);
    }
    return change;
}

std::vector<RecordedChange> reviewRecord(const storage::Repository& repository, storage::RowId reviewId,
                                         const std::optional<std::string>& item)
{
    const auto entries = repository.reviewHistory(reviewId, item);
    const auto raters = repository.loadReview(reviewId).assessment.raters;
    std::vector<RecordedChange> record;
    record.reserve(entries.size());
    for (const auto& entry : entries)
        record.push_back(describeChange(entry, raters));
    return record;
}

std::vector<RecordedChange> reviewRecord(const ReviewSession& session, const std::optional<std::string>& item)
{
    std::vector<RecordedChange> record;
    if (!session.hasReview())
        return record;
    const auto entries = session.repository().reviewHistory(session.review().id, item);
    record.reserve(entries.size());
    for (const auto& entry : entries) {
        auto change = describeChange(entry, session.assessment().raters);
        const bool othersAnswer = entry.table == "answers" && entry.rater != session.currentRater();
        if (othersAnswer && session.ratingsHidden()) {
            change.before = change.before ? std::optional<std::string>(kHiddenValue) : std::nullopt;
            change.after = change.after ? std::optional<std::string>(kHiddenValue) : std::nullopt;
        }
        record.push_back(std::move(change));
    }
    return record;
}

}  // namespace ccg::session
