#include "checklists/sheets/sheet_columns.hpp"
#include "checklists/sheets/sheet_reading.hpp"
#include "checklists/text_rules.hpp"

namespace ccg::sheets {

namespace {

/// The values of the scale, "0, 1, 2, 3, 4", for messages.
std::string scaleValues(const Checklist& checklist)
{
    std::string list;
    for (const auto& level : checklist.scale)
        list += (list.empty() ? "" : ", ") + std::to_string(level.value);
    return list;
}

/// Reads the Items sheet row by row; ids of the checklist, its domains and items share one namespace.
class ItemsReader {
public:
    ItemsReader(SheetColumns& columns, Checklist& checklist) : m_columns(columns), m_checklist(checklist)
    {
        if (!checklist.id.empty())
            m_ids.emplace(checklist.id, "the checklist's own id");
    }

    void read()
    {
        for (const auto& row : m_columns.rows())
            readRow(row);
        for (const auto& domain : m_checklist.domains)
            if (domain.items.empty())
                m_columns.error(domain.line,
                                "domain '" + domain.id + "' has no items: give it at least one row with an item_id "
                                                         "and a question");
    }

private:
    void readRow(const Row& row)
    {
        Domain* domain = readDomain(row);
        const std::string id = m_columns.text(row, "item_id");
        const std::string question = m_columns.text(row, "question");
        if (m_columns.blank(row, "item_id") && m_columns.blank(row, "question") && !anyItemField(row))
            return;  // a row that only gives its domain's title or description
        Item item;
        item.id = id;
        item.question = question;
        item.line = row.number;
        if (m_columns.blank(row, "item_id"))
            m_columns.error(row.number, m_columns.where("item_id") + " is empty; every item needs an id");
        else if (!id.empty())
            claim(id, row.number, "item");
        if (m_columns.blank(row, "question"))
            m_columns.error(row.number, "the question of item '" + id + "' is empty");
        item.rationale = m_columns.text(row, "rationale");
        item.guidance = m_columns.text(row, "guidance");
        item.evidence = m_columns.lines(row, "evidence");
        item.critical = m_columns.boolean(row, "critical").value_or(false);
        item.weight = readWeight(row, "weight");
        item.target = readTarget(row);
        if (const auto importance = m_columns.choice(row, "importance"))
            item.importance = parseImportance(*importance);
        if (domain)
            domain->items.push_back(std::move(item));
    }

    bool anyItemField(const Row& row)
    {
        for (const char* name : {"rationale", "guidance", "evidence", "critical", "weight", "target", "importance"})
            if (m_columns.has(name) && !m_columns.blank(row, name))
                return true;
        return false;
    }

    /// The row's domain: a new one at its first row, where its title and description are read.
    Domain* readDomain(const Row& row)
    {
        const std::string id = m_columns.text(row, "domain_id");
        if (id.empty()) {
            if (m_columns.blank(row, "domain_id"))
                m_columns.error(row.number, m_columns.where("domain_id") + " is empty; every row names its domain");
            return nullptr;
        }
        for (auto& domain : m_checklist.domains)
            if (domain.id == id)
                return &domain;
        Domain domain;
        domain.id = id;
        domain.title = m_columns.text(row, "domain_title");
        domain.description = m_columns.text(row, "domain_description");
        domain.weight = readWeight(row, "domain_weight");
        domain.line = row.number;
        if (m_columns.blank(row, "domain_title"))
            m_columns.error(row.number, m_columns.where("domain_title") + " is empty: the first row of domain '" + id +
                                            "' gives its title");
        claim(id, row.number, "domain");
        m_checklist.domains.push_back(std::move(domain));
        return &m_checklist.domains.back();
    }

    double readWeight(const Row& row, const std::string& name)
    {
        const auto weight = m_columns.decimal(row, name);
        if (weight && *weight <= 0)
            m_columns.error(row.number, m_columns.where(name) + " is " + m_columns.text(row, name) +
                                            "; a weight must be greater than 0");
        return weight && *weight > 0 ? *weight : 1.0;
    }

    int readTarget(const Row& row)
    {
        const int top = m_checklist.scale.empty() ? 0 : m_checklist.scale.back().value;
        const std::string text = m_columns.text(row, "target");
        if (text.empty())
            return top;
        for (const auto& level : m_checklist.scale)
            if (asciiLowered(level.label) == asciiLowered(text)) {
                m_columns.error(row.number, m_columns.where("target") + " holds the label \"" + text +
                                                "\"; write the level's value, one of " + scaleValues(m_checklist) +
                                                " (" + level.label + " is " + std::to_string(level.value) + ")");
                return top;
            }
        const auto target = m_columns.whole(row, "target");
        if (target && (*target < 0 || *target > top)) {
            m_columns.error(row.number, m_columns.where("target") + " is " + text + ", outside the scale: write one of " +
                                            scaleValues(m_checklist));
            return top;
        }
        return target.value_or(top);
    }

    /// Takes `id` for the row; false (with a finding) when it is malformed or already taken.
    bool claim(const std::string& id, int row, const std::string& what)
    {
        if (!isValidId(id)) {
            m_columns.error(row, what + " id '" + id + "' must be lower-case letters, digits, hyphens and dots, "
                                                         "beginning with a letter or digit (e.g. gov-01 or s1.1)");
            return false;
        }
        const auto [existing, fresh] = m_ids.emplace(id, "row " + std::to_string(row));
        if (!fresh) {
            m_columns.error(row, what + " id '" + id + "' is used twice (first: " + existing->second + ")");
            return false;
        }
        return true;
    }

    SheetColumns& m_columns;
    Checklist& m_checklist;
    std::map<std::string, std::string> m_ids;  ///< id → where it was first used
};

void readCitations(SheetColumns& columns, Checklist& checklist, Origins& origins)
{
    for (const auto& row : columns.rows()) {
        const std::string id = columns.text(row, "item_id");
        Citation citation;
        citation.section = columns.text(row, "section");
        citation.page = columns.whole(row, "page");
        citation.locator = columns.text(row, "locator");
        citation.keyPoint = columns.whole(row, "key_point");
        citation.source = columns.whole(row, "source");
        if (id.empty()) {
            if (columns.blank(row, "item_id"))
                columns.error(row.number, columns.where("item_id") + " is empty: name the item the citation belongs to");
            continue;
        }
        Item* item = nullptr;
        std::tuple<std::size_t, std::size_t, std::size_t> position;
        for (std::size_t d = 0; d < checklist.domains.size() && !item; ++d)
            for (std::size_t i = 0; i < checklist.domains[d].items.size() && !item; ++i)
                if (checklist.domains[d].items[i].id == id) {
                    item = &checklist.domains[d].items[i];
                    position = {d, i, item->citations.size()};
                }
        if (!item) {
            columns.error(row.number, "the citation names item '" + id + "', which is not in the Items sheet");
            continue;
        }
        if (citation == Citation{}) {
            columns.error(row.number, "the citation of item '" + id + "' gives no section, page, locator or key point");
            continue;
        }
        origins.citations[position] = {columns.label(), row.number};
        item->citations.push_back(std::move(citation));
    }
}

/// Merged cells give a value to one row only, so the others would silently lose it.
void refuseMerged(const Table& table, SheetColumns& columns)
{
    for (const auto& range : table.merged)
        columns.error(range.firstRow, "cells " + range.reference + " are merged; unmerge them and give each row "
                                      "its own value");
}

}  // namespace

void readItemsSheet(const SheetInput& items, const SheetInput* citations, Checklist& checklist, Origins& origins,
                    Diagnostics& errors)
{
    SheetColumns itemColumns(*items.table, items.label, layout::kItemsSheet, layout::itemsColumns(), errors);
    refuseMerged(*items.table, itemColumns);
    if (!itemColumns.complete())
        return;
    origins.items = items.label;
    ItemsReader(itemColumns, checklist).read();
    if (checklist.domains.empty() && !itemColumns.rowHasErrors(1))
        itemColumns.error(1, "the Items sheet has no items: each row below the header is one item");
    if (!citations)
        return;
    SheetColumns citeColumns(*citations->table, citations->label, layout::kCitationsSheet, layout::citationsColumns(),
                             errors);
    refuseMerged(*citations->table, citeColumns);
    if (citeColumns.complete())
        readCitations(citeColumns, checklist, origins);
}

}  // namespace ccg::sheets
