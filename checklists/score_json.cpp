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

Json reviewJson(const Assessment& assessment)
{
    const auto& review = assessment.review;
    if (!review)
        return nullptr;
    return Json{{"id", review->id},
                {"title", review->title},
                {"date", review->date},
                {"follows", review->follows.empty() ? Json(nullptr) : Json(review->follows)},
                {"signed_off", assessment.signOff.has_value()}};
}

Json levelJson(const std::optional<Assurance>& level)
{
    return level ? Json(toString(*level)) : Json(nullptr);
}

Json domainJson(const DomainScore& domain, const DomainAssurance& assurance)
{
    return Json{{"id", domain.domainId},
                {"title", domain.title},
                {"score", orNull(domain.score)},
                {"rag", toString(domain.rag)},
                {"items", domain.items},
                {"answered", domain.answered},
                {"not_applicable", domain.notApplicable},
                {"unanswered", domain.unanswered},
                {"critical_below_target", domain.criticalBelowTarget},
                {"assurance", levelJson(assurance.level)},
                {"coverage", orNull(assurance.coverage)}};
}

Json itemJson(const ItemScore& item, const ItemAssurance& assurance)
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
                {"disagreement", item.disagreement},
                {"evidence_strength", toString(assurance.evidenceStrength)},
                {"meets_standard", assurance.meetsStandard},
                {"assured", assurance.assured}};
}

Json followThroughJson(const FollowThrough& followThrough)
{
    return Json{{"commitments", followThrough.commitments},
                {"done", followThrough.done},
                {"partly", followThrough.partly},
                {"not_done", followThrough.notDone},
                {"superseded", followThrough.superseded},
                {"pending", followThrough.pending},
                {"rate", orNull(followThrough.rate)}};
}

}  // namespace

std::string scoreJson(const Checklist& checklist, const Assessment& assessment, const ReviewAnalysis& analysis)
{
    const ScoreResult& result = analysis.current;
    Json document;
    document["checklist"] = Json{{"id", checklist.id}, {"version", checklist.version}, {"title", checklist.title}};
    document["organisation"] = organisationJson(assessment.organisation);
    document["review"] = reviewJson(assessment);
    document["overall"] = Json{{"score", orNull(result.overall)}, {"rag", toString(result.overallRag)}};
    document["completeness"] = result.completeness;
    document["counts"] = Json{{"items", result.items},
                              {"answered", result.answered},
                              {"not_applicable", result.notApplicable},
                              {"unanswered", result.unanswered}};
    document["domains"] = Json::array();
    for (std::size_t d = 0; d < result.domains.size(); ++d)
        document["domains"].push_back(domainJson(result.domains[d], analysis.assurance.domains.at(d)));
    document["items"] = Json::array();
    for (std::size_t i = 0; i < result.itemScores.size(); ++i)
        document["items"].push_back(itemJson(result.itemScores[i], analysis.assurance.items.at(i)));
    document["gaps"] = Json::array();
    for (const auto& gap : result.gaps)
        document["gaps"].push_back(
            Json{{"item", gap.itemId}, {"domain", gap.domainId}, {"gap", gap.gap}, {"priority", gap.priority}});
    const AssuranceResult& assurance = analysis.assurance;
    document["assurance"] = Json{
        {"level", levelJson(assurance.level)}, {"coverage", orNull(assurance.coverage)}, {"chosen", levelJson(assurance.chosen)}};
    document["follow_through"] = followThroughJson(analysis.followThrough);
    // Replace invalid UTF-8 rather than throw: loaders already refuse it, this is a last guard.
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace ccg
