#include "app/session/agreement.hpp"

#include <algorithm>

namespace ccg::session {

AgreementTable buildAgreement(const Checklist& checklist, const Assessment& assessment)
{
    AgreementTable table;
    table.raters = assessment.raters;
    const bool anonymousAnswered = std::any_of(assessment.answers.begin(), assessment.answers.end(),
                                               [](const Answer& answer) { return answer.rater.empty(); });
    if (anonymousAnswered)
        table.raters.push_back(Rater{"", "Anonymous", ""});

    for (const auto& domain : checklist.domains) {
        for (const auto& item : domain.items) {
            AgreementRow& row = table.rows.emplace_back();
            row.itemId = item.id;
            row.question = item.question;
            std::vector<Rating> given;
            for (const auto& rater : table.raters) {
                const Answer* answer = assessment.findAnswer(item.id, rater.id);
                row.ratings.push_back(answer ? std::optional<Rating>(answer->rating) : std::nullopt);
                if (answer)
                    given.push_back(answer->rating);
            }
            row.suggested = effectiveAnswer(std::nullopt, given);
            row.spread = row.suggested.spread;
            row.disagreement = row.spread && *row.spread >= 2;
            if (const AgreedRating* agreed = assessment.findAgreed(item.id))
                row.agreed = agreed->rating;
        }
    }
    return table;
}

std::string ratingText(const std::optional<Rating>& rating)
{
    if (!rating)
        return "\xE2\x80\x93";
    if (rating->isNotApplicable())
        return "N/A";
    return std::to_string(*rating->level);
}

}  // namespace ccg::session
