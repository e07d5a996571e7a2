#include "checklists/side_by_side_json.hpp"

#include <nlohmann/json.hpp>

namespace ccg {

namespace {

using Json = nlohmann::ordered_json;

template <typename T>
Json orNulls(const std::vector<std::optional<T>>& values)
{
    Json list = Json::array();
    for (const auto& value : values)
        list.push_back(value ? Json(*value) : Json(nullptr));
    return list;
}

template <typename T>
Json orNull(const std::optional<T>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

template <typename T>
Json words(const std::vector<T>& values)
{
    Json list = Json::array();
    for (const auto& value : values)
        list.push_back(toString(value));
    return list;
}

Json comparedScoresJson(const ComparedScores& row)
{
    return Json{{"id", row.id},
                {"title", row.title},
                {"scores", orNulls(row.scores)},
                {"rags", words(row.rags)},
                {"range", orNull(row.range)}};
}

}  // namespace

std::string sideBySideJson(const Checklist& checklist, const SideBySide& table)
{
    Json document;
    document["checklist"] = Json{{"id", checklist.id}, {"version", checklist.version}, {"title", checklist.title}};
    document["reviews"] = Json::array();
    for (std::size_t i = 0; i < table.labels.size(); ++i)
        document["reviews"].push_back(Json{{"label", table.labels[i]}, {"completeness", table.completeness[i]}});
    document["overall"] = comparedScoresJson(table.overall);
    document["domains"] = Json::array();
    for (const auto& row : table.domains)
        document["domains"].push_back(comparedScoresJson(row));
    document["items"] = Json::array();
    for (const auto& row : table.items)
        document["items"].push_back(Json{{"id", row.itemId},
                                         {"domain", row.domainId},
                                         {"statuses", words(row.statuses)},
                                         {"levels", orNulls(row.levels)},
                                         {"spread", orNull(row.spread)}});
    // Invalid UTF-8 cannot reach here (the loaders clean it), but a dump must never throw.
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace ccg
