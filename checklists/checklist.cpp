#include "checklists/checklist.hpp"

namespace ccg {

int Checklist::maxLevel() const
{
    return scale.empty() ? 0 : scale.back().value;
}

std::size_t Checklist::itemCount() const
{
    std::size_t count = 0;
    for (const auto& domain : domains)
        count += domain.items.size();
    return count;
}

const Item* Checklist::findItem(const std::string& itemId) const
{
    for (const auto& domain : domains)
        for (const auto& item : domain.items)
            if (item.id == itemId)
                return &item;
    return nullptr;
}

const Domain* Checklist::domainOf(const std::string& itemId) const
{
    for (const auto& domain : domains)
        for (const auto& item : domain.items)
            if (item.id == itemId)
                return &domain;
    return nullptr;
}

const ScaleLevel* Checklist::level(int value) const
{
    for (const auto& step : scale)
        if (step.value == value)
            return &step;
    return nullptr;
}

const SourceReference* Checklist::sourceOf(const Citation& citation) const
{
    const std::size_t index = static_cast<std::size_t>(citation.source.value_or(1));
    return index >= 1 && index <= sources.size() ? &sources[index - 1] : nullptr;
}

std::string toString(Importance importance)
{
    switch (importance) {
    case Importance::Must: return "must";
    case Importance::Should: return "should";
    case Importance::Could: return "could";
    }
    return "should";
}

std::optional<Importance> parseImportance(std::string_view text)
{
    for (const Importance importance : {Importance::Must, Importance::Should, Importance::Could})
        if (text == toString(importance))
            return importance;
    return std::nullopt;
}

}  // namespace ccg
