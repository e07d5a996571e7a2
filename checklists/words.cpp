#include "checklists/words.hpp"

#include <cmath>
#include <cstdio>

namespace ccg::words {

namespace {

template <typename... Args>
std::string formatted(const char* format, Args... args)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, args...);
    return buffer;
}

}  // namespace

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

std::string decimal(std::optional<double> value, std::string_view missing)
{
    return value ? formatted("%.1f", *value) : std::string(missing);
}

std::string percent(std::optional<double> score, std::string_view missing)
{
    return score ? decimal(score) + "%" : std::string(missing);
}

std::string wholePercent(std::optional<double> score, std::string_view missing)
{
    return score ? formatted("%.0f%%", std::floor(*score + 0.5)) : std::string(missing);
}

std::string number(double value)
{
    return formatted("%g", value);
}

std::string change(std::optional<double> points, std::string_view missing)
{
    return points ? formatted("%+.1f", *points) : std::string(missing);
}

std::string points(double change)
{
    return formatted("%.1f points", std::fabs(change));
}

std::string levelChange(std::optional<int> levels)
{
    if (!levels)
        return std::string(kDash);
    return *levels == 0 ? "0" : formatted("%+d", *levels);
}

std::string ratingWords(const Checklist& checklist, const Rating& rating, bool inSentence)
{
    if (rating.isNotApplicable())
        return inSentence ? "not applicable" : "Not applicable";
    const ScaleLevel* level = checklist.level(*rating.level);
    const std::string value = std::to_string(*rating.level);
    return level && !level->label.empty() ? value + " " + level->label : value;
}

std::string effectiveWords(const Checklist& checklist, const ItemScore& score)
{
    if (const auto rating = effectiveRating(score))
        return ratingWords(checklist, *rating);
    return "Unanswered";
}

std::string ratingText(const std::optional<Rating>& rating)
{
    if (!rating)
        return std::string(kDash);
    if (rating->isNotApplicable())
        return "N/A";
    return std::to_string(*rating->level);
}

std::optional<Rating> effectiveRating(const ItemScore& score)
{
    switch (score.status) {
    case ItemStatus::Answered: return Rating::at(*score.level);
    case ItemStatus::NotApplicable: return Rating::notApplicable();
    case ItemStatus::Unanswered: break;
    }
    return std::nullopt;
}

std::string statusWords(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Answered: return "Answered";
    case ItemStatus::NotApplicable: return "Not applicable";
    case ItemStatus::Unanswered: break;
    }
    return "Unanswered";
}

std::string statusWords(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open: return "Open";
    case ActionStatus::InProgress: return "In progress";
    case ActionStatus::Done: return "Done";
    case ActionStatus::Dropped: return "Dropped";
    }
    return "Open";
}

std::string bragName(Brag brag)
{
    switch (brag) {
    case Brag::Blue: return "Blue";
    case Brag::Green: return "Green";
    case Brag::Amber: return "Amber";
    case Brag::Red: return "Red";
    case Brag::Dropped: return "Dropped";
    }
    return "Green";
}

std::string bragWords(const ActionState& state)
{
    switch (state.brag) {
    case Brag::Blue: return "Done";
    case Brag::Dropped: return "Dropped";
    case Brag::Red: return "Overdue by " + days(state.daysOverdue.value_or(0));
    case Brag::Amber:
        if (state.daysLeft.value_or(0) == 0)
            return "Due today";
        return "Due within " + std::to_string(kDueSoonDays) + " days (in " + days(*state.daysLeft) + ")";
    case Brag::Green: break;
    }
    if (state.due == DueDate::NotSet)
        return "On track (no due date set)";
    if (state.due == DueDate::NotValid)
        return "On track (due date not valid)";
    return "On track (due in " + days(state.daysLeft.value_or(0)) + ")";
}

std::string disagreementWords(int maxLevel)
{
    return disagreementSpread(maxLevel) == 1 ? "one level or more" : "two levels or more";
}

std::string provisionalWords(std::optional<double> answeredOnly)
{
    std::string text = "Provisional: unanswered items count 0";
    if (answeredOnly)
        text += "; " + wholePercent(answeredOnly) + " over the answered items alone";
    return text;
}

std::string days(int count)
{
    return std::to_string(count) + (count == 1 ? " day" : " days");
}

std::string plural(std::size_t count, std::string_view one, std::string_view many)
{
    return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

std::string columnLetters(std::size_t index)
{
    std::string letters;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

std::string assuranceWords(std::optional<Assurance> level)
{
    if (!level)
        return "Nothing to assess";
    switch (*level) {
    case Assurance::Substantial: return "Substantial";
    case Assurance::Reasonable: return "Reasonable";
    case Assurance::Limited: return "Limited";
    case Assurance::None: break;
    }
    return "No assurance";
}

std::string coverageWords(std::optional<double> coverage, std::string_view missing)
{
    return wholePercent(coverage ? std::optional<double>(*coverage * 100.0) : std::nullopt, missing);
}

std::string strengthWords(EvidenceStrength strength)
{
    switch (strength) {
    case EvidenceStrength::Asserted: return "Asserted";
    case EvidenceStrength::Documented: return "Documented";
    case EvidenceStrength::Verified: return "Verified";
    case EvidenceStrength::None: break;
    }
    return "None";
}

std::string outcomeWords(CommitmentOutcome outcome)
{
    switch (outcome) {
    case CommitmentOutcome::Done: return "Done";
    case CommitmentOutcome::Partly: return "Partly done";
    case CommitmentOutcome::NotDone: return "Not done";
    case CommitmentOutcome::Superseded: return "Superseded";
    case CommitmentOutcome::Pending: break;
    }
    return "Pending";
}

std::string followThroughWords(const FollowThrough& f)
{
    if (f.commitments == 0)
        return "No commitment was carried from an earlier review";
    const std::string leftOut = std::to_string(f.superseded) + " superseded and " + std::to_string(f.pending) +
                                " pending left out";
    if (!f.rate)
        return "No rate yet: no commitment is done, partly done or not done (" + leftOut + ")";
    return wholePercent(f.rate) + " (" + std::to_string(f.done) + " done, " + std::to_string(f.partly) +
           " partly done, " + std::to_string(f.notDone) + " not done; " + leftOut + ")";
}

std::string capitalised(std::string_view text)
{
    std::string result(text);
    if (!result.empty() && result[0] >= 'a' && result[0] <= 'z')
        result[0] = static_cast<char>(result[0] - 'a' + 'A');
    return result;
}

std::string sourceWords(const SourceReference& source)
{
    std::string text = source.title;
    if (!source.edition.empty())
        text += (text.empty() ? "" : ", ") + source.edition;
    std::string detail = source.publisher;
    if (source.year)
        detail += (detail.empty() ? "" : ", ") + std::to_string(*source.year);
    if (!detail.empty())
        text += text.empty() ? detail : " (" + detail + ")";
    return text;
}

std::string citationWords(const Checklist& checklist, const Citation& citation)
{
    std::string text = citation.section.empty() ? "The source" : citation.section;
    std::string where;
    if (citation.page)
        where = "p. " + std::to_string(*citation.page);
    if (!citation.locator.empty())
        where += (where.empty() ? "" : ", ") + citation.locator;
    if (citation.keyPoint)
        where += (where.empty() ? "" : ", ") + std::string("key point ") + std::to_string(*citation.keyPoint);
    if (!where.empty())
        text += " (" + where + ")";
    if (checklist.sources.size() > 1)
        if (const SourceReference* source = checklist.sourceOf(citation); source && !source->title.empty())
            text = source->title + ": " + text;
    return text;
}

}  // namespace ccg::words
