#include "app/session/item_status.hpp"

#include "checklists/words.hpp"

namespace ccg::session {

namespace {

std::string raterName(const AnswerIndex& answers, const std::string& raterId)
{
    const Rater* rater = answers.rater(raterId);
    if (raterId.empty() || !rater)
        return "You";
    return rater->name.empty() ? rater->id : rater->name;
}

}  // namespace

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

std::string ratingSummary(const Checklist& checklist, const AnswerIndex& answers, const ItemScore* scored,
                          const std::string& raterId, const std::string& itemId)
{
    std::string text;
    const std::string who = raterName(answers, raterId);
    if (const Answer* own = answers.find(itemId, raterId))
        text = who + " rated this " + words::ratingWords(checklist, own->rating, true) + ".";
    else
        text = who + (who == "You" ? " have" : " has") + " not rated this yet: press a level's number, or N.";

    const auto& given = answers.answersTo(itemId);
    if (given.size() > 1) {
        std::string others;
        for (const Answer* answer : given)
            others += (others.empty() ? "" : ", ") + raterName(answers, answer->rater) + " " +
                      words::ratingText(answer->rating);
        text += "\nAll raters: " + others;
        if (scored && scored->spread)
            text += "; spread " + std::to_string(*scored->spread);
        text += ".";
    }
    if (!scored)
        return text;
    const AgreedRating* agreed = answers.agreed(itemId);
    if (agreed)
        text += "\nCounts as " + words::ratingWords(checklist, agreed->rating, true) + ", as agreed by the board.";
    else if (scored->status == ItemStatus::NotApplicable)
        text += "\nCounts as not applicable: left out of the scores.";
    else if (scored->status == ItemStatus::Answered)
        text += "\nCounts as " + words::ratingWords(checklist, Rating::at(*scored->level), true) +
                (given.size() > 1 ? " (the raters' lower median)." : ".");
    else
        text += "\nUnanswered: counts as 0 until rated.";
    if (scored->disagreement && !agreed)
        text += "\nRaters are " + words::disagreementWords(checklist.maxLevel()) +
                " apart: agree a level in the Agree view.";
    return text;
}

}  // namespace ccg::session
