#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ccg {

/// One step of the maturity scale, e.g. 2 "Partly in place".
struct ScaleLevel {
    int value = 0;
    std::string label;
    std::string descriptor;
};

/// Where in the source report an item comes from.
struct Citation {
    std::string section;
    std::optional<int> page;
    std::optional<int> keyPoint;
};

/// The publication a checklist is drawn from.
struct SourceReference {
    std::string title;
    std::string publisher;
    std::optional<int> year;
};

/// Score thresholds of the red/amber/green bands, in percent.
struct RagThresholds {
    double redBelow = 50.0;
    double greenFrom = 75.0;
};

/// One question a board rates on the scale.
struct Item {
    std::string id;
    double weight = 1.0;
    bool critical = false;
    int target = 0;
    std::string question;
    std::string rationale;
    std::string guidance;
    std::vector<std::string> evidence;
    std::vector<Citation> citations;
    int line = 0;
};

/// A theme of the checklist holding its items in workshop order.
struct Domain {
    std::string id;
    std::string title;
    std::string description;
    double weight = 1.0;
    std::vector<Item> items;
    int line = 0;
};

/// The body a checklist is assessed by when the file names none.
inline constexpr const char* kDefaultAssessedBy = "board";
/// Most characters `assessed-by` holds (PRODUCT.md §3).
inline constexpr std::size_t kMaxAssessedByChars = 40;

/// A whole checklist definition as loaded from `checklists/*.xml`.
struct Checklist {
    std::string id;
    std::string version;
    std::string title;
    std::string lang;
    std::string assessedBy = kDefaultAssessedBy;  ///< "board", "committee": who assesses itself
    bool assurance = true;  ///< false: the paper has no level of assurance (the JSON keeps it)
    std::optional<SourceReference> source;
    std::string description;
    std::vector<ScaleLevel> scale;  ///< sorted by value, exactly 0..max
    RagThresholds rag;
    std::vector<Domain> domains;

    [[nodiscard]] int maxLevel() const;
    [[nodiscard]] std::size_t itemCount() const;
    [[nodiscard]] const Item* findItem(const std::string& itemId) const;
    [[nodiscard]] const Domain* domainOf(const std::string& itemId) const;
    [[nodiscard]] const ScaleLevel* level(int value) const;
};

}  // namespace ccg
