#include "app/session/agreement.hpp"

#include <algorithm>

namespace ccg::session {

AgreementTable buildAgreement(const Checklist& checklist, const Assessment& assessment, const AnswerIndex& answers,
                              const ReviewAnalysis& analysis)
{
    AgreementTable table;
    table.raters = assessment.raters;
    const bool anonymousAnswered = std::any_of(assessment.answers.begin(), assessment.answers.end(),
                                               [](const Answer& answer) { return answer.rater.empty(); });
    if (anonymousAnswered)
        table.raters.push_back(Rater{"", "Anonymous", ""});

    std::size_t index = 0;
    for (const auto& domain : checklist.domains) {
        for (const auto& item : domain.items) {
            const ItemScore& scored = analysis.current.itemScores.at(index++);
            AgreementRow& row = table.rows.emplace_back();
            row.itemId = item.id;
            row.question = item.question;
            for (const auto& rater : table.raters) {
                const Answer* answer = answers.find(item.id, rater.id);
                row.ratings.push_back(answer ? std::optional<Rating>(answer->rating) : std::nullopt);
            }
            row.spread = scored.spread;
            row.disagreement = scored.disagreement;
            row.suggested = scored.suggested;
            if (const AgreedRating* agreed = answers.agreed(item.id))
                row.agreed = agreed->rating;
        }
    }
    return table;
}

}  // namespace ccg::session
