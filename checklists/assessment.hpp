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
    std::string follows = {};  ///< id of the review this one follows on from, or empty
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

/// How well the evidence shows an item's level: none < asserted < documented < verified.
enum class EvidenceStrength { None, Asserted, Documented, Verified };

/// "none", "asserted", "documented", "verified".
std::string toString(EvidenceStrength strength);
std::optional<EvidenceStrength> parseEvidenceStrength(const std::string& text);

/// The review's evidence strength for one item (never None: no entry means none).
struct ItemEvidenceStrength {
    std::string item;
    EvidenceStrength strength = EvidenceStrength::None;
    bool operator==(const ItemEvidenceStrength&) const = default;
};

/// A level of assurance, as NHS boards and auditors grade it; None is a level (no assurance).
enum class Assurance { Substantial, Reasonable, Limited, None };

/// "substantial", "reasonable", "limited", "none".
std::string toString(Assurance level);
std::optional<Assurance> parseAssurance(const std::string& text);

/// The level of assurance the paper's author chose, with who chose it and when (PRODUCT.md §12).
struct AssuranceChoice {
    Assurance level = Assurance::None;
    std::string by;
    std::string date;  ///< YYYY-MM-DD
    bool operator==(const AssuranceChoice&) const = default;
};

enum class CommitmentOutcome { Pending, Done, Partly, NotDone, Superseded };

/// "pending", "done", "partly", "not-done", "superseded".
std::string toString(CommitmentOutcome outcome);
std::optional<CommitmentOutcome> parseCommitmentOutcome(const std::string& text);

/// An action an earlier review agreed, carried into this one to record what came of it (PRODUCT.md §12).
struct Commitment {
    std::string fromReview;  ///< id of the review that agreed it
    std::string item;        ///< the item's id in that review, or empty; this checklist may lack it
    std::string owner;
    std::string due;         ///< YYYY-MM-DD or empty
    CommitmentOutcome outcome = CommitmentOutcome::Pending;
    std::string remark;      ///< at most kMaxRationaleChars characters
    std::string text;        ///< the action's text, as it was agreed
    bool operator==(const Commitment&) const = default;
};

/// The board's approval of a review (PRODUCT.md §4, §12). The loader checks the form of each
/// attribute; whether the fingerprint matches the file is checked apart, on the file's bytes.
struct SignOff {
    std::string date;  ///< YYYY-MM-DD
    std::string meeting;
    std::string minute;
    std::string approver;
    std::string role;
    std::string fingerprint;  ///< "sha256:" and 64 lower-case hex digits
    bool operator==(const SignOff&) const = default;
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
    // Since format 1.1:
    std::optional<SignOff> signOff;
    std::vector<ItemEvidenceStrength> evidenceStrengths;  ///< at most one per item, none of them None
    std::optional<AssuranceChoice> assuranceChoice;
    std::vector<Commitment> commitments;

    [[nodiscard]] const Rater* findRater(const std::string& raterId) const;
    [[nodiscard]] const AgreedRating* findAgreed(const std::string& itemId) const;
    [[nodiscard]] const TargetOverride* findTarget(const std::string& itemId) const;
    [[nodiscard]] const Answer* findAnswer(const std::string& itemId, const std::string& raterId) const;
    /// The review's evidence strength for an item: None when it records none.
    [[nodiscard]] EvidenceStrength evidenceStrength(const std::string& itemId) const;
    bool operator==(const Assessment&) const = default;
};

/// What one rater may see of a blind review before it is revealed (PRODUCT.md §11): their own
/// answers, the targets, the actions and the commitments, but no other rater's answers, no agreed
/// rating and none of the board's later judgements (evidence strength, assurance, sign-off).
Assessment ratersOwnView(const Assessment& assessment, const std::string& raterId);

}  // namespace ccg
