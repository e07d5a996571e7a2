#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ccg {

/// The organisation under review, e.g. code "00Q".
struct Organisation {
    std::string code;
    std::string name;
    bool operator==(const Organisation&) const = default;
};

/// Identifies one review round of an organisation.
struct ReviewInfo {
    std::string id;
    std::string title;
    std::string date;  ///< YYYY-MM-DD or empty
    bool operator==(const ReviewInfo&) const = default;
};

/// A board member (or facilitator) who rates items.
struct Rater {
    std::string id;
    std::string name;
    std::string role;
    bool operator==(const Rater&) const = default;
};

/// A level on the scale, or "not applicable".
struct Rating {
    std::optional<int> level;  ///< empty when not applicable

    static Rating at(int value) { return Rating{value}; }
    static Rating notApplicable() { return Rating{}; }
    [[nodiscard]] bool isNotApplicable() const { return !level.has_value(); }
    bool operator==(const Rating&) const = default;
};

/// One rater's rating of one item. An empty rater id is the anonymous rater.
struct Answer {
    std::string item;
    std::string rater;
    Rating rating;
    std::string note;
    std::string evidence;
    bool operator==(const Answer&) const = default;
};

/// A member's reason for rating an agreed item otherwise than the board agreed.
struct Dissent {
    std::string rater;  ///< a declared rater, never the anonymous one
    std::string text;   ///< may be empty: the member dissents without saying why
    bool operator==(const Dissent&) const = default;
};

/// The board's agreed rating of an item, which overrides individual answers, with why it was
/// agreed and any member's dissent (PRODUCT.md §4, §11).
struct AgreedRating {
    std::string item;
    Rating rating;
    std::string rationale;
    std::vector<Dissent> dissent;  ///< at most one per rater
    bool operator==(const AgreedRating&) const = default;
};

/// Most characters a rationale or a dissent holds (PRODUCT.md §4).
inline constexpr std::size_t kMaxRationaleChars = 2000;

/// A review-specific target level for an item.
struct TargetOverride {
    std::string item;
    int level = 0;
    bool operator==(const TargetOverride&) const = default;
};

enum class ActionStatus { Open, InProgress, Done, Dropped };

/// "open", "in-progress", "done" or "dropped".
std::string toString(ActionStatus status);
std::optional<ActionStatus> parseActionStatus(const std::string& text);

/// Something the board commits to do about an item.
struct Action {
    std::string item;
    std::string owner;
    std::string due;  ///< YYYY-MM-DD or empty
    ActionStatus status = ActionStatus::Open;
    std::string text;
    bool operator==(const Action&) const = default;
};

/// One organisation's review of a checklist: everything an answers file holds.
struct Assessment {
    std::string checklistId;
    std::string checklistVersion;
    std::optional<Organisation> organisation;
    std::optional<ReviewInfo> review;
    std::vector<Rater> raters;
    std::vector<Answer> answers;
    std::vector<AgreedRating> agreed;
    std::vector<TargetOverride> targets;
    std::vector<Action> actions;

    [[nodiscard]] const Rater* findRater(const std::string& raterId) const;
    [[nodiscard]] const AgreedRating* findAgreed(const std::string& itemId) const;
    [[nodiscard]] const TargetOverride* findTarget(const std::string& itemId) const;
    [[nodiscard]] const Answer* findAnswer(const std::string& itemId, const std::string& raterId) const;
    bool operator==(const Assessment&) const = default;
};

/// What one rater may see of a blind review before it is revealed (PRODUCT.md §11): their own
/// answers, the targets and the actions, but no other rater's answers and no agreed rating.
Assessment ratersOwnView(const Assessment& assessment, const std::string& raterId);

}  // namespace ccg
