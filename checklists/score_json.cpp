#include "checklists/score_json.hpp"

#include <nlohmann/json.hpp>

namespace ccg {

namespace {

using Json = nlohmann::ordered_json;

template <typename T>
Json orNull(const std::optional<T>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json organisationJson(const std::optional<Organisation>& organisation)
{
    if (!organisation)
        return nullptr;
    return Json{{"code", organisation->code}, {"name", organisation->name}};
}

Json reviewJson(const std::optional<ReviewInfo>& review)
{
    if (!review)
        return nullptr;
    return Json{{"id", review->id}, {"title", review->title}, {"date", review->date}};
}

Json domainJson(const DomainScore& domain)
{
    return Json{{"id", domain.domainId},
                {"title", domain.title},
                {"score", orNull(domain.score)},
                {"rag", toString(domain.rag)},
                {"items", domain.items},
                {"answered", domain.answered},
                {"not_applicable", domain.notApplicable},
                {"unanswered", domain.unanswered},
                {"critical_below_target", domain.criticalBelowTarget}};
}

Json itemJson(const ItemScore& item)
{
    return Json{{"id", item.itemId},
                {"domain", item.domainId},
                {"status", toString(item.status)},
                {"level", orNull(item.level)},
                {"target", item.target},
                {"gap", orNull(item.gap)},
                {"priority", orNull(item.priority)},
                {"critical", item.critical},
                {"spread", orNull(item.spread)},
                {"disagreement", item.disagreement}};
}

}  // namespace

std::string scoreJson(const Checklist& checklist, const Assessment& assessment, const ReviewAnalysis& analysis)
{
    const ScoreResult& result = analysis.current;
    Json document;
    document["checklist"] = Json{{"id", checklist.id}, {"version", checklist.version}, {"title", checklist.title}};
    document["organisation"] = organisationJson(assessment.organisation);
    document["review"] = reviewJson(assessment.review);
    document["overall"] = Json{{"score", orNull(result.overall)}, {"rag", toString(result.overallRag)}};
    document["completeness"] = result.completeness;
    document["counts"] = Json{{"items", result.items},
                              {"answered", result.answered},
                              {"not_applicable", result.notApplicable},
                              {"unanswered", result.unanswered}};
    document["domains"] = Json::array();
    for (const auto& domain : result.domains)
        document["domains"].push_back(domainJson(domain));
    document["items"] = Json::array();
    for (const auto& item : result.itemScores)
        document["items"].push_back(itemJson(item));
    document["gaps"] = Json::array();
    for (const auto& gap : result.gaps)
        document["gaps"].push_back(
            Json{{"item", gap.itemId}, {"domain", gap.domainId}, {"gap", gap.gap}, {"priority", gap.priority}});
    // Replace invalid UTF-8 rather than throw: loaders already refuse it, this is a last guard.
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace ccg
