// The undoable edits of ReviewSession: each is committed to storage, recorded with how to undo
// and redo it, and followed by a reload so the views show what storage holds.
#include "app/session/review_session.hpp"

#include "checklists/text_rules.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace ccg::session {

void ReviewSession::record(Edit edit)
{
    const ChangeEvent change = edit.change;
    m_history.record(std::move(edit));
    reload(change);
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
    record(Edit{"Rating of " + itemId + " by " + raterName(raterId), {},
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
    // A text imported longer than the limit can still be edited, as long as it does not grow.
    if (const std::size_t length = countChars(text); length > kMaxNoteChars && length > countChars(before))
        throw storage::StorageError(storage::StorageErrorKind::Invalid,
                                    std::string(evidence ? "Evidence" : "A note") + " can hold " +
                                        std::to_string(kMaxNoteChars) + " characters; this one has " +
                                        std::to_string(length) + ". Shorten it and it is saved.");
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
    record(Edit{field + " on " + itemId + " by " + raterName(raterId), field + "/" + itemId + "/" + raterId, [write, before] { write(before); },
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
    requireRevealed();
    const AgreedRating* existing = answers().agreed(itemId);
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

void ReviewSession::setRationale(const std::string& itemId, const std::string& rationale)
{
    requireReview();
    requireRevealed();
    const AgreedRating* agreed = answers().agreed(itemId);
    if (!agreed)
        throw std::runtime_error("Agree a level for " + itemId + " first; the rationale says why it was agreed.");
    const std::string before = agreed->rationale;
    if (before == rationale)
        return;
    const RowId reviewId = m_review->summary.id;
    auto write = [this, reviewId, itemId](const std::string& value) {
        m_repository.setRationale(reviewId, itemId, value);
    };
    write(rationale);
    record(Edit{"Rationale of " + itemId, "Rationale/" + itemId, [write, before] { write(before); },
                [write, rationale] { write(rationale); }, {Change::Answers, itemId}});
}

void ReviewSession::setDissent(const std::string& itemId, const std::string& raterId,
                               const std::optional<std::string>& text)
{
    requireReview();
    requireRevealed();
    const AgreedRating* agreed = answers().agreed(itemId);
    if (!agreed)
        throw std::runtime_error("Agree a level for " + itemId + " first; a member dissents from an agreed level.");
    std::optional<std::string> before;
    for (const auto& dissent : agreed->dissent)
        if (dissent.rater == raterId)
            before = dissent.text;
    if (before == text)
        return;
    const RowId reviewId = m_review->summary.id;
    auto write = [this, reviewId, itemId, raterId](const std::optional<std::string>& value) {
        m_repository.setDissent(reviewId, itemId, raterId, value);
    };
    write(text);
    record(Edit{"Dissent of " + raterName(raterId) + " on " + itemId, "Dissent/" + itemId + "/" + raterId,
                [write, before] { write(before); }, [write, text] { write(text); }, {Change::Answers, itemId}});
}

void ReviewSession::requireRevealed() const
{
    if (ratingsHidden())
        throw std::runtime_error("The ratings are hidden until they are revealed (Review > Reveal ratings): "
                                 "the board agrees levels once it has seen every rater's.");
}

void ReviewSession::setTarget(const std::string& itemId, const std::optional<int>& level)
{
    requireReview();
    const TargetOverride* existing = answers().target(itemId);
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
    reload(change);
    notify(change.what, change.itemId);
}

void ReviewSession::redo()
{
    if (!m_review || !m_history.canRedo())
        return;
    const ChangeEvent change = m_history.redo();
    reload(change);
    notify(change.what, change.itemId);
}

}  // namespace ccg::session
