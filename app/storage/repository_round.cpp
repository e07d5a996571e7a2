// The rating round (PRODUCT.md §11): blind reviews and their reveal, rating forms and returns,
// and the agreement record (the board's rationale, members' dissent). Each change its own
// transaction, audited, committed before returning.
#include "app/storage/repository.hpp"

#include "app/storage/repository_impl.hpp"
#include "checklists/text_rules.hpp"

#include <map>

namespace ccg::storage {

namespace {

void requireShortText(const std::string& text, const std::string& what)
{
    if (const std::size_t length = countChars(text); length > kMaxRationaleChars)
        throw StorageError(StorageErrorKind::Invalid, what + " holds " + std::to_string(length) +
                                                          " characters; at most " +
                                                          std::to_string(kMaxRationaleChars) + " are allowed");
}

/// The agreed rating's rationale, or nothing when the item has no agreed rating.
std::optional<std::string> agreedRationale(Repository::Impl& impl, RowId reviewId, const std::string& item)
{
    auto select = impl.query("SELECT rationale FROM agreed_ratings WHERE review_id = ? AND item = ?");
    select->bind(1, reviewId).bind(2, item);
    if (!select->step())
        return std::nullopt;
    std::string rationale = select->getText(0);
    select->reset();
    return rationale;
}

}  // namespace

void Repository::setBlind(RowId reviewId, bool blind)
{
    sql::Transaction transaction(m_impl->db);
    const ReviewSummary old = m_impl->summary(reviewId);
    if (old.revealed)
        throw StorageError(StorageErrorKind::Conflict, "the review's ratings were revealed on " + old.revealed->at +
                                                           "; whether they were hidden is part of its record");
    if (old.blind == blind)
        return;
    auto update = m_impl->query("UPDATE reviews SET blind = ? WHERE id = ?");
    update->bind(1, blind ? 1 : 0).bind(2, reviewId);
    update->run();
    const std::string at = utcNow();
    m_impl->audit({reviewId, "", "reviews", old.info.id, "blind", old.blind ? "on" : "off", blind ? "on" : "off"}, at);
    m_impl->touchReview(reviewId, at);
    transaction.commit();
}

void Repository::reveal(RowId reviewId)
{
    sql::Transaction transaction(m_impl->db);
    const ReviewSummary old = m_impl->summary(reviewId);
    if (!old.blind)
        throw StorageError(StorageErrorKind::Invalid, "review '" + old.info.id +
                                                          "' is not blind: every rating is visible already");
    if (old.revealed)
        throw StorageError(StorageErrorKind::Conflict, "review '" + old.info.id + "' was revealed on " +
                                                           old.revealed->at + " by " + old.revealed->by);
    const std::string at = utcNow();
    auto update = m_impl->query("UPDATE reviews SET revealed_at = ?, revealed_by = ? WHERE id = ?");
    update->bind(1, at).bind(2, m_impl->user).bind(3, reviewId);
    update->run();
    m_impl->audit({reviewId, "", "reviews", old.info.id, "revealed", std::nullopt, "ratings revealed"}, at);
    m_impl->touchReview(reviewId, at);
    transaction.commit();
}

void Repository::recordFormWritten(RowId reviewId, const std::string& rater)
{
    sql::Transaction transaction(m_impl->db);
    m_impl->requireUnlocked(reviewId);
    if (rater.empty())
        throw StorageError(StorageErrorKind::Invalid, "a rating form is for a declared rater");
    const RowId raterRowId = m_impl->raterRow(reviewId, rater);
    const std::string at = utcNow();
    auto upsert = m_impl->query(
        "INSERT INTO rater_rounds (rater_id, form_written_at) VALUES (?1, ?2) "
        "ON CONFLICT (rater_id) DO UPDATE SET form_written_at = ?2");
    upsert->bind(1, raterRowId).bind(2, at);
    upsert->run();
    m_impl->audit({reviewId, rater, "rater_rounds", rater, "form", std::nullopt, "rating form written"}, at);
    transaction.commit();
}

std::vector<RaterRound> Repository::raterRounds(RowId reviewId) const
{
    m_impl->review(reviewId);
    auto select = m_impl->query(
        "SELECT r.rater_key, o.form_written_at, o.returned_at, o.returned_from, "
        "(SELECT max(a.updated_at) FROM answers a WHERE a.rater_id = r.id) "
        "FROM raters r LEFT JOIN rater_rounds o ON o.rater_id = r.id "
        "WHERE r.review_id = ? AND r.rater_key <> '' ORDER BY r.id");
    select->bind(1, reviewId);
    std::vector<RaterRound> rounds;
    while (select->step())
        rounds.push_back({select->getText(0), select->getOptionalText(1), select->getOptionalText(2),
                          select->isNull(3) ? std::string() : select->getText(3), select->getOptionalText(4)});
    return rounds;
}

ReturnTaken Repository::takeReturn(RowId reviewId, const std::string& rater, const std::vector<Answer>& answers,
                                   const std::string& source)
{
    sql::Transaction transaction(m_impl->db);
    const ReviewContext context = m_impl->review(reviewId);
    if (rater.empty())
        throw StorageError(StorageErrorKind::Invalid, "a return is from a declared rater");
    const RowId raterRowId = m_impl->raterRow(reviewId, rater);
    ReturnTaken taken;
    {
        auto earlier = m_impl->query("SELECT returned_at FROM rater_rounds WHERE rater_id = ?");
        earlier->bind(1, raterRowId);
        if (earlier->step())
            taken.earlierReturn = earlier->getOptionalText(0);
    }
    struct Stored {
        std::optional<Rating> rating;
        std::string note;
        std::string evidence;
    };
    std::map<std::string, Stored> before;
    {
        auto rows = m_impl->query("SELECT item, level, not_applicable, note, evidence FROM answers WHERE rater_id = ?");
        rows->bind(1, raterRowId);
        while (rows->step()) {
            Stored stored{std::nullopt, rows->getText(3), rows->getText(4)};
            if (!rows->isNull(1))
                stored.rating = Rating::at(rows->getInt(1));
            else if (rows->getInt(2) == 1)
                stored.rating = Rating::notApplicable();
            before.emplace(rows->getText(0), std::move(stored));
        }
    }
    const std::string at = utcNow();
    auto upsert = m_impl->query(
        "INSERT INTO answers (rater_id, item, level, not_applicable, note, evidence, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (rater_id, item) DO UPDATE SET "
        "level = ?3, not_applicable = ?4, note = ?5, evidence = ?6, updated_at = ?7");
    std::map<std::string, bool> inReturn;
    for (const auto& answer : answers) {
        if (answer.rater != rater)
            throw StorageError(StorageErrorKind::Invalid, "the return holds an answer of rater '" + answer.rater +
                                                              "', not only of '" + rater + "'");
        requireItem(*context.checklist, answer.item);
        requireLevel(*context.checklist, answer.rating.level, "answer to " + answer.item);
        if (!inReturn.emplace(answer.item, true).second)
            throw StorageError(StorageErrorKind::Invalid, "the return answers item '" + answer.item + "' twice");
        ++taken.taken;
        const auto old = before.find(answer.item);
        const Stored previous = old == before.end() ? Stored{} : old->second;
        if (previous.rating && previous.rating == answer.rating && previous.note == answer.note &&
            previous.evidence == answer.evidence)
            continue;
        upsert->bind(1, raterRowId).bind(2, answer.item).bind(3, answer.rating.level);
        upsert->bind(4, answer.rating.isNotApplicable() ? 1 : 0).bind(5, answer.note).bind(6, answer.evidence);
        upsert->bind(7, at);
        upsert->run();
        if (previous.rating)
            ++taken.replaced;
        else
            ++taken.added;
        if (previous.rating != answer.rating)
            m_impl->audit({reviewId, rater, "answers", answer.item, "rating", auditText(previous.rating),
                           auditText(answer.rating)},
                          at);
        if (previous.note != answer.note)
            m_impl->audit({reviewId, rater, "answers", answer.item, "note", previous.note, answer.note}, at);
        if (previous.evidence != answer.evidence)
            m_impl->audit({reviewId, rater, "answers", answer.item, "evidence", previous.evidence, answer.evidence},
                          at);
    }
    // Earlier ratings the return no longer holds go; a note typed on such an item stays unrated.
    auto unrate = m_impl->query("UPDATE answers SET level = NULL, not_applicable = 0, updated_at = ? "
                                "WHERE rater_id = ? AND item = ?");
    auto remove = m_impl->query("DELETE FROM answers WHERE rater_id = ? AND item = ?");
    for (const auto& [item, stored] : before) {
        if (inReturn.count(item) || !stored.rating)
            continue;
        if (stored.note.empty() && stored.evidence.empty()) {
            remove->bind(1, raterRowId).bind(2, item);
            remove->run();
        } else {
            unrate->bind(1, at).bind(2, raterRowId).bind(3, item);
            unrate->run();
        }
        ++taken.removed;
        m_impl->audit({reviewId, rater, "answers", item, "rating", auditText(stored.rating), std::nullopt}, at);
    }
    auto remember = m_impl->query(
        "INSERT INTO rater_rounds (rater_id, returned_at, returned_from) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (rater_id) DO UPDATE SET returned_at = ?2, returned_from = ?3");
    remember->bind(1, raterRowId).bind(2, at).bind(3, source);
    remember->run();
    m_impl->audit({reviewId, rater, "rater_rounds", rater, "return", taken.earlierReturn,
                   "return taken from " + source + ": " + std::to_string(taken.taken) + " answers"},
                  at);
    m_impl->touchReview(reviewId, at);
    transaction.commit();
    return taken;
}

void Repository::setRationale(RowId reviewId, const std::string& item, const std::string& rationale)
{
    sql::Transaction transaction(m_impl->db);
    m_impl->review(reviewId);
    requireShortText(rationale, "a rationale");
    const auto old = agreedRationale(*m_impl, reviewId, item);
    if (!old)
        throw StorageError(StorageErrorKind::Invalid, "item '" + item + "' has no agreed rating to give a reason for");
    if (*old == rationale)
        return;
    const std::string at = utcNow();
    auto update = m_impl->query("UPDATE agreed_ratings SET rationale = ?, updated_at = ? WHERE review_id = ? AND item = ?");
    update->bind(1, rationale).bind(2, at).bind(3, reviewId).bind(4, item);
    update->run();
    m_impl->audit({reviewId, "", "agreed_ratings", item, "rationale", *old, rationale}, at);
    m_impl->touchReview(reviewId, at);
    transaction.commit();
}

void Repository::setDissent(RowId reviewId, const std::string& item, const std::string& rater,
                            const std::optional<std::string>& text)
{
    sql::Transaction transaction(m_impl->db);
    m_impl->review(reviewId);
    if (rater.empty())
        throw StorageError(StorageErrorKind::Invalid, "the anonymous rater cannot dissent");
    if (text)
        requireShortText(*text, "a dissent");
    if (!agreedRationale(*m_impl, reviewId, item))
        throw StorageError(StorageErrorKind::Invalid, "item '" + item + "' has no agreed rating to dissent from");
    const RowId raterRowId = m_impl->raterRow(reviewId, rater);
    auto select = m_impl->query("SELECT text FROM dissents WHERE review_id = ? AND item = ? AND rater_id = ?");
    select->bind(1, reviewId).bind(2, item).bind(3, raterRowId);
    const std::optional<std::string> old = select->step() ? std::optional(select->getText(0)) : std::nullopt;
    select->reset();
    if (old == text)
        return;
    const std::string at = utcNow();
    if (text) {
        auto upsert = m_impl->query(
            "INSERT INTO dissents (review_id, item, rater_id, text, updated_at) VALUES (?1, ?2, ?3, ?4, ?5) "
            "ON CONFLICT (review_id, item, rater_id) DO UPDATE SET text = ?4, updated_at = ?5");
        upsert->bind(1, reviewId).bind(2, item).bind(3, raterRowId).bind(4, *text).bind(5, at);
        upsert->run();
    } else {
        auto remove = m_impl->query("DELETE FROM dissents WHERE review_id = ? AND item = ? AND rater_id = ?");
        remove->bind(1, reviewId).bind(2, item).bind(3, raterRowId);
        remove->run();
    }
    m_impl->audit({reviewId, rater, "dissents", item, "text", old, text}, at);
    m_impl->touchReview(reviewId, at);
    transaction.commit();
}

}  // namespace ccg::storage
