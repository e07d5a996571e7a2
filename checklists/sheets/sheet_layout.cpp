#include "checklists/sheets/sheet_layout.hpp"

namespace ccg::sheets::layout {

const std::vector<Column>& checklistFields()
{
    static const std::vector<Column> fields{
        {"id", Kind::Text, true, {}, "The checklist's id: lower-case letters, digits, hyphens and dots, e.g. audit-committee-2024."},
        {"version", Kind::Text, true, {}, "The checklist's version, e.g. 1.0. Type it as text so that 1.10 stays 1.10."},
        {"title", Kind::Text, true, {}, "The title people see."},
        {"lang", Kind::Text, false, {}, "The language, e.g. en-GB."},
        {"assessed_by", Kind::Text, false, {}, "The body that assesses itself, e.g. board or committee (default board)."},
        {"assurance", Kind::Choice, false, {"on", "off"}, "off: the paper gives no level of assurance (default on)."},
        {"description", Kind::Text, false, {}, "What the checklist is for, in a few sentences."},
        {"red_below", Kind::Decimal, false, {}, "Scores below this percentage are red (default 50)."},
        {"green_from", Kind::Decimal, false, {}, "Scores from this percentage up are green (default 75)."},
        {"source_title", Kind::Text, false, {}, "A source the checklist is drawn from. Repeat the source_ rows for each further source."},
        {"source_publisher", Kind::Text, false, {}, "Who published the source."},
        {"source_year", Kind::Whole, false, {}, "The year the source was published, e.g. 2013."},
        {"source_edition", Kind::Text, false, {}, "The source's edition, e.g. 3rd edition."},
        {"source_url", Kind::Text, false, {}, "A web address of the source (http:// or https://)."},
    };
    return fields;
}

const std::vector<Column>& scaleColumns()
{
    static const std::vector<Column> columns{
        {"value", Kind::Whole, true, {}, "The level's number: 0, 1, 2 and so on without gaps.", 8},
        {"label", Kind::Text, true, {}, "The level's name, e.g. Embedded.", 20},
        {"descriptor", Kind::Text, false, {}, "One line saying what the level means.", 60},
    };
    return columns;
}

const std::vector<Column>& itemsColumns()
{
    static const std::vector<Column> columns{
        {"domain_id", Kind::Text, true, {}, "The id of the item's domain (theme): lower-case letters, digits, hyphens and dots.", 14},
        {"domain_title", Kind::Text, true, {}, "The domain's title; read from the first row of each domain.", 24},
        {"domain_description", Kind::Text, false, {}, "What the domain covers; read from its first row.", 30},
        {"domain_weight", Kind::Decimal, false, {}, "The domain's weight in the overall score, a number above 0 (default 1).", 10},
        {"item_id", Kind::Text, true, {}, "The item's id, unique in the checklist, e.g. gov-01 or s1.1.", 10},
        {"question", Kind::Text, true, {}, "The question the board rates.", 40},
        {"rationale", Kind::Text, false, {}, "Why it matters.", 30},
        {"guidance", Kind::Text, false, {}, "What good looks like.", 30},
        {"evidence", Kind::Lines, false, {}, "Examples of evidence, one per line in the cell (Alt+Enter starts a line).", 30},
        {"critical", Kind::Boolean, false, {"true", "false"}, "true: a shortfall keeps the domain from green (default false).", 9},
        {"weight", Kind::Decimal, false, {}, "The item's weight in its domain, a number above 0 (default 1).", 8},
        {"target", Kind::Whole, false, {}, "The level the board aims for, a value of the Scale sheet (default the top level).", 8},
        {"importance", Kind::Choice, false, {"must", "should", "could"}, "The framework's own priority: must, should or could (no effect on scores).", 11},
    };
    return columns;
}

const std::vector<Column>& citationsColumns()
{
    static const std::vector<Column> columns{
        {"item_id", Kind::Text, true, {}, "The item the citation belongs to, as in the Items sheet.", 10},
        {"section", Kind::Text, false, {}, "The section of the source.", 30},
        {"page", Kind::Whole, false, {}, "The page, a whole number from 1.", 8},
        {"locator", Kind::Text, false, {}, "A place in the source without a page, e.g. Annex H, para 4.3 (up to 100 characters).", 24},
        {"key_point", Kind::Whole, false, {}, "The number of the source's key point, from 1.", 10},
        {"source", Kind::Whole, false, {}, "Which source of the Checklist sheet, counted from 1 (default 1).", 8},
    };
    return columns;
}

const Column* find(const std::vector<Column>& columns, const std::string& name)
{
    for (const auto& column : columns)
        if (column.name == name)
            return &column;
    return nullptr;
}

std::vector<ScaleLevel> defaultScale()
{
    return {
        {0, "Not in place", "Nothing is in place yet, or the board has not yet considered this."},
        {1, "Early progress", "The board has agreed what it wants, and plans or first steps exist, but little works in practice yet."},
        {2, "Partly in place", "Arrangements exist and work in some areas or some of the time, but they are patchy, new or untested."},
        {3, "Embedded", "Arrangements work routinely across the organisation, and the board can show evidence that they make a difference."},
        {4, "Exemplar", "Sustained, proven practice that is regularly reviewed and improved, and that other organisations could learn from."},
    };
}

Checklist exampleChecklist()
{
    Checklist checklist;
    checklist.id = "my-framework";
    checklist.version = "1.0";
    checklist.title = "My framework: a board self-assessment";
    checklist.lang = "en-GB";
    checklist.description = "Replace this example with your own framework. Each row of the Items sheet is one question.";
    checklist.sources.push_back({"Ambition, challenge, transition", "NHS Confederation", 2013, "", ""});
    checklist.scale = defaultScale();
    Item item;
    item.id = "gov-01";
    item.weight = 2;
    item.critical = true;
    item.target = 3;
    item.importance = Importance::Must;
    item.question = "Are conflicts of interest declared, recorded and managed at every meeting?";
    item.rationale = "Probity: decisions must be seen to be made in patients' interests.";
    item.guidance = "A register is kept, published and reviewed; declarations are minuted.";
    item.evidence = {"The register of interests.", "Minutes recording declarations."};
    item.citations.push_back({"Supporting clinical leadership", 16, 20, "", std::nullopt});
    Domain domain;
    domain.id = "governance";
    domain.title = "Governance";
    domain.description = "How the board runs itself.";
    domain.items.push_back(item);
    checklist.domains.push_back(domain);
    return checklist;
}

}  // namespace ccg::sheets::layout
