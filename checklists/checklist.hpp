#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ccg {

/// One step of the maturity scale, e.g. 2 "Partly in place".
struct ScaleLevel {
    int value = 0;
    std::string label;
    std::string descriptor;
};

/// Where in a source an item comes from.
struct Citation {
    std::string section;
    std::optional<int> page;
    std::optional<int> keyPoint;
    std::string locator;        ///< a free-text place, "Annex H, para 4.3" (since format 1.1)
    std::optional<int> source;  ///< 1-based into Checklist::sources; none means the first
    bool operator==(const Citation&) const = default;
};

/// Most characters a citation's locator holds (PRODUCT.md §3).
inline constexpr std::size_t kMaxLocatorChars = 100;

/// A publication a checklist is drawn from.
struct SourceReference {
    std::string title;
    std::string publisher;
    std::optional<int> year;
    std::string url;      ///< http or https only (since format 1.1)
    std::string edition;  ///< (since format 1.1)
    bool operator==(const SourceReference&) const = default;
};

/// A framework's own priority word for an item (since format 1.1); it changes no score.
enum class Importance { Must, Should, Could };

/// "must", "should", "could".
std::string toString(Importance importance);
std::optional<Importance> parseImportance(std::string_view text);

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
    std::optional<Importance> importance;
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
    std::vector<SourceReference> sources;  ///< in file order; a citation names one by number
    std::string description;
    std::vector<ScaleLevel> scale;  ///< sorted by value, exactly 0..max
    RagThresholds rag;
    std::vector<Domain> domains;

    [[nodiscard]] int maxLevel() const;
    [[nodiscard]] std::size_t itemCount() const;
    [[nodiscard]] const Item* findItem(const std::string& itemId) const;
    [[nodiscard]] const Domain* domainOf(const std::string& itemId) const;
    [[nodiscard]] const ScaleLevel* level(int value) const;
    /// The source a citation refers to (the first when it names none); null when there is none.
    [[nodiscard]] const SourceReference* sourceOf(const Citation& citation) const;
};

}  // namespace ccg
