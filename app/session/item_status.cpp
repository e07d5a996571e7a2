#include "app/session/item_status.hpp"

namespace ccg::session {

Rag levelRag(const Checklist& checklist, int level)
{
    const int max = checklist.maxLevel();
    if (max <= 0)
        return Rag::None;
    return ragFor(100.0 * level / max, checklist.rag);
}

ItemMark itemMark(const Checklist& checklist, const std::optional<Rating>& rating, const ItemScore* scored,
                  bool agreed)
{
    if (scored && scored->disagreement && !agreed)
        return ItemMark::Disagreement;
    if (!rating)
        return ItemMark::Unanswered;
    if (rating->isNotApplicable())
        return ItemMark::NotApplicable;
    switch (levelRag(checklist, *rating->level)) {
    case Rag::Red: return ItemMark::Red;
    case Rag::Amber: return ItemMark::Amber;
    case Rag::Green: return ItemMark::Green;
    case Rag::None: break;
    }
    return ItemMark::Unanswered;
}

std::string ragWord(Rag rag)
{
    switch (rag) {
    case Rag::Red: return "Red";
    case Rag::Amber: return "Amber";
    case Rag::Green: return "Green";
    case Rag::None: break;
    }
    return "No score";
}

}  // namespace ccg::session

namespace ccg::session {

namespace {

std::string levelWords(const Checklist& checklist, const Rating& rating)
{
    if (rating.isNotApplicable())
        return "not applicable";
    const ScaleLevel* level = checklist.level(*rating.level);
    return std::to_string(*rating.level) + (level ? " " + level->label : std::string());
}

std::string raterName(const Assessment& assessment, const std::string& raterId)
{
    const Rater* rater = assessment.findRater(raterId);
    if (raterId.empty() || !rater)
        return "You";
    return rater->name.empty() ? rater->id : rater->name;
}

}  // namespace

std::string ratingSummary(const Checklist& checklist, const Assessment& assessment, const ScoreResult& scores,
                          const std::string& raterId, const std::string& itemId)
{
    std::string text;
    const std::string who = raterName(assessment, raterId);
    if (const Answer* own = assessment.findAnswer(itemId, raterId))
        text = who + " rated this " + levelWords(checklist, own->rating) + ".";
    else
        text = who + (who == "You" ? " have" : " has") + " not rated this yet: press a level's number, or N.";

    std::string others;
    int given = 0;
    for (const auto& answer : assessment.answers) {
        if (answer.item != itemId)
            continue;
        ++given;
        others += (others.empty() ? "" : ", ") + raterName(assessment, answer.rater) + " " +
                  (answer.rating.isNotApplicable() ? std::string("N/A") : std::to_string(*answer.rating.level));
    }
    const ItemScore* scored = scores.findItem(itemId);
    if (given > 1) {
        text += "\nAll raters: " + others;
        if (scored && scored->spread)
            text += "; spread " + std::to_string(*scored->spread);
        text += ".";
    }
    if (!scored)
        return text;
    const AgreedRating* agreed = assessment.findAgreed(itemId);
    if (agreed)
        text += "\nCounts as " + levelWords(checklist, agreed->rating) + ", as agreed by the board.";
    else if (scored->status == ItemStatus::NotApplicable)
        text += "\nCounts as not applicable: left out of the scores.";
    else if (scored->status == ItemStatus::Answered)
        text += "\nCounts as " + levelWords(checklist, Rating::at(*scored->level)) +
                (given > 1 ? " (the raters' lower median)." : ".");
    else
        text += "\nUnanswered: counts as 0 until rated.";
    if (scored->disagreement && !agreed)
        text += "\nRaters are two or more levels apart: agree a level in the Agree view.";
    return text;
}

}  // namespace ccg::session
