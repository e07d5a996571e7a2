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

}  // namespace ccg
