#pragma once

#include "app/storage/storage_error.hpp"
#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/scoring.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The one interface through which the GUI and the command line reach the database
// (PRODUCT.md §7). Every mutation runs in its own transaction and returns only after it
// committed; on any failure it throws StorageError and the database is unchanged.
// A Repository holds one SQLite connection: use it from one thread at a time.
namespace ccg::storage {

/// A database row id; stable for the life of the row.
using RowId = std::int64_t;

/// Where a review stands in its life.
enum class ReviewStatus { Draft, InProgress, Final };

/// "draft", "in-progress", "final".
std::string toString(ReviewStatus status);
std::optional<ReviewStatus> parseReviewStatus(const std::string& text);

/// What a connection may do with its database file.
enum class Access {
    ReadWrite,             ///< read, write, create (when allowed) and upgrade
    ReadOnly,              ///< only read: the database is never created, upgraded or written
    ReadOnlyIfUnwritable,  ///< ReadWrite, or ReadOnly when the file or its folder cannot be written (an archive)
};

/// How to open a database.
struct OpenOptions {
    bool createIfMissing = true;   ///< false: a missing file is StorageErrorKind::NotFound
    Access access = Access::ReadWrite;
    int busyTimeoutMs = 5000;      ///< how long to wait for another instance's write
    std::string user;              ///< recorded in the audit trail; empty = the login name
    std::int64_t maxPageCount = 0; ///< caps the file at this many pages (0: no cap), e.g. to test a full disk
};

/// An organisation under review with its database id.
struct OrganisationRecord {
    RowId id = 0;
    Organisation organisation;
    int reviewCount = 0;
};

/// A checklist definition kept in the database, verbatim, with its SHA-256.
struct ChecklistRecord {
    RowId id = 0;
    std::string checklistId;
    std::string version;
    std::string title;
    std::string sha256;   ///< lowercase hex of the definition text
    std::string addedAt;  ///< UTC, ISO 8601
};

/// The figures a review list shows beside each review, as the analysis computed them (the
/// repository keeps them so that listing a portfolio does not analyse every review again).
struct ReviewFigures {
    std::optional<double> overall;  ///< PRODUCT.md §5 overall score, null when all N/A
    Rag overallRag = Rag::None;
    double completeness = 0.0;
    bool operator==(const ReviewFigures&) const = default;
};

/// Figures of one review to keep, with the state they were computed from.
struct FiguresToKeep {
    RowId reviewId = 0;
    ReviewFigures figures;
    std::int64_t revision = 0;  ///< ReviewSummary::revision of the review as it was analysed
};

/// When and by whom a blind review's ratings were revealed (PRODUCT.md §11).
struct Reveal {
    std::string at;  ///< UTC, ISO 8601
    std::string by;  ///< login name or OpenOptions::user
    bool operator==(const Reveal&) const = default;
};

/// A review's approval (PRODUCT.md §12) as recorded: what the answers file's `<sign-off>` says,
/// the file as approved, and whether it was reopened since.
struct ApprovalRecord {
    RowId id = 0;
    SignOff signOff;         ///< with its fingerprint
    std::string snapshot;    ///< the answers file as approved (its fingerprint filled in), kept for ever
    std::string recordedAt;  ///< UTC, ISO 8601
    std::string recordedBy;
    std::optional<std::string> reopenedAt;
    std::string reopenedBy;
    std::string reopenReason;
};

/// One review as the review list shows it.
struct ReviewSummary {
    RowId id = 0;
    RowId organisationId = 0;
    Organisation organisation;
    ReviewInfo info;  ///< info.id is the review's key within its organisation, e.g. "2014-q1"
    ReviewStatus status = ReviewStatus::Draft;
    RowId checklistRowId = 0;
    std::string checklistId;
    std::string checklistVersion;
    std::string checklistTitle;
    std::optional<RowId> previousReviewId;
    /// The kept figures, when they were computed after the review last changed by the rules of
    /// this version (checklists/review_analysis.hpp kRulesVersion); empty otherwise.
    std::optional<ReviewFigures> figures;
    std::string createdAt;
    std::string updatedAt;
    std::int64_t revision = 0;  ///< counts every change to the review
    bool blind = false;         ///< raters see only their own ratings until the review is revealed
    std::optional<Reveal> revealed;
    std::optional<SignOff> signedOff;  ///< the approval in force: the review is then locked

    /// Whether each rater may see only their own ratings now: blind and not yet revealed.
    [[nodiscard]] bool hidesRatings() const { return blind && !revealed; }
    /// Whether the review is approved, so that nothing in it may change until it is reopened.
    [[nodiscard]] bool locked() const { return signedOff.has_value(); }
    /// Why an edit is refused while locked(): "review '2013' was approved on 2013-04-02 at …;
    /// reopen it to change it"; empty when not locked.
    [[nodiscard]] std::string lockReason() const;
};

/// A rater's note or evidence on an item not yet rated (the answers file cannot hold it).
struct AnswerDraft {
    std::string item;
    std::string rater;
    std::string note;
    std::string evidence;
    bool operator==(const AnswerDraft&) const = default;
};

/// A commitment carried from an earlier review, with its database id; `commitment` is the same as in the assessment.
struct CommitmentRecord {
    RowId id = 0;
    Commitment commitment;
};

/// Database ids and timestamps of an action; `action` is the same as in the assessment.
struct ActionRecord {
    RowId id = 0;
    Action action;
    std::string createdAt;
    std::string updatedAt;
};

/// A review loaded for editing and scoring.
struct StoredReview {
    ReviewSummary summary;
    std::shared_ptr<const Checklist> checklist;  ///< the definition stored with the review
    Assessment assessment;                       ///< exactly what scoring and export use
    std::vector<ActionRecord> actions;           ///< same order as assessment.actions
    std::vector<AnswerDraft> drafts;             ///< notes and evidence without a rating
    std::vector<CommitmentRecord> commitments;   ///< same order as assessment.commitments
};

/// What a review holds about its items (or one item), in checklist order, answers in the order
/// raters were added: what StoredReview holds, without raters, actions and summary.
struct ItemContent {
    std::vector<Answer> answers;
    std::vector<AnswerDraft> drafts;
    std::vector<AgreedRating> agreed;
    std::vector<TargetOverride> targets;
    std::vector<ItemEvidenceStrength> evidenceStrengths;
};

/// What a new review copies from a previous review of the same organisation.
struct CopyOptions {
    bool raters = true;
    bool answers = false;      ///< raters' answers, notes and evidence (implies raters)
    bool agreed = false;
    bool targets = true;
    bool openActions = true;   ///< actions whose status is open or in-progress
};

/// A review to create.
struct NewReview {
    RowId organisationId = 0;
    RowId checklistRowId = 0;
    ReviewInfo info;  ///< info.id must be unique within the organisation and not empty
    ReviewStatus status = ReviewStatus::Draft;
    std::optional<RowId> copyFrom;  ///< also recorded as the previous review
    std::optional<RowId> previousReviewId;  ///< previous review without copying (ignored with copyFrom)
    CopyOptions copy;
    bool blind = false;  ///< each rater sees only their own ratings until reveal
    /// Follows on from `copyFrom` (or `previousReviewId`): records it as the review this one follows
    /// and carries each of its open and in-progress actions as a pending commitment (PRODUCT.md §12).
    bool followOn = false;
};

/// One recorded change: who changed what, when, from what to what.
struct AuditEntry {
    RowId id = 0;
    std::string at;        ///< UTC, ISO 8601 with milliseconds
    std::string user;      ///< login name or OpenOptions::user
    std::optional<RowId> reviewId;
    std::string rater;     ///< the rater whose answer changed, if any
    std::string table;     ///< e.g. "answers", "actions"
    std::string key;       ///< what row: item id, action id, organisation code...
    std::string field;     ///< e.g. "level", "note"; "row" for inserts and deletes
    std::optional<std::string> oldValue;
    std::optional<std::string> newValue;
    std::string item;      ///< the checklist item the change is about, if any (reviewHistory fills it)
};

/// Which audit entries to list, newest first.
struct AuditQuery {
    std::optional<RowId> reviewId;
    std::size_t limit = 1000;
};

/// How an answers file is taken into the database.
struct ImportOptions {
    std::optional<Organisation> organisation;  ///< used when the file names none; a code in the file wins
    std::optional<ReviewStatus> status;        ///< default Draft
    std::string source;                        ///< file name, for the audit trail
    bool blind = false;                        ///< hide each rater's ratings from the others until reveal
    /// The file's text as read, needed when the assessment is signed off: it is kept as the approved
    /// snapshot, since only those bytes match the fingerprint.
    std::string signedText;
};

/// Where one rater of a review stands in the rating round: their form, their return, their last change.
struct RaterRound {
    std::string rater;
    std::optional<std::string> formWrittenAt;  ///< UTC, ISO 8601
    std::optional<std::string> returnedAt;
    std::string returnedFrom;                  ///< the returned file's name
    std::optional<std::string> lastChange;     ///< of any of their answers
};

/// What taking a rater's returned answers changed.
struct ReturnTaken {
    int taken = 0;      ///< answers in the return
    int added = 0;      ///< of them, to items the rater had not rated
    int replaced = 0;   ///< of them, different from what the rater had
    int removed = 0;    ///< earlier answers the return no longer holds
    std::optional<std::string> earlierReturn;  ///< when the return it replaces came back, if one had
};

/// The typed repository over one SQLite database.
class Repository {
public:
    /// Opens (creating when allowed) and migrates a database; refuses newer or damaged ones.
    static Repository open(const std::filesystem::path& path, const OpenOptions& options = {});
    /// A private, empty in-memory database (tests, scratch work).
    static Repository openInMemory(const OpenOptions& options = {});
    /// Another connection to this database, for another thread (e.g. to load a review while the
    /// window is built). It skips the integrity check and migrations this one has made.
    [[nodiscard]] Repository openAnotherConnection() const;

    Repository(Repository&&) noexcept;
    Repository& operator=(Repository&&) noexcept;
    ~Repository();

    /// The schema version this build writes (PRAGMA user_version).
    static int schemaVersion();
    /// The database file ("" for in-memory).
    [[nodiscard]] std::filesystem::path path() const;
    /// True when this connection only reads (Access::ReadOnly, or a folder that cannot be written).
    [[nodiscard]] bool readOnly() const;
    /// Copies the whole database to `target` with SQLite's online backup (atomic rename).
    void backupTo(const std::filesystem::path& target) const;

    // Organisations
    RowId createOrganisation(const Organisation& organisation);
    [[nodiscard]] std::vector<OrganisationRecord> listOrganisations() const;
    [[nodiscard]] std::optional<OrganisationRecord> findOrganisation(const std::string& code) const;
    /// Changes the name (and code, when different); the code must stay unique.
    void updateOrganisation(RowId organisationId, const Organisation& organisation);
    /// Refuses (Conflict) while the organisation has reviews, unless `withReviews`.
    void deleteOrganisation(RowId organisationId, bool withReviews = false);

    // Checklists
    /// Validates and stores a checklist definition; the same text is stored once.
    /// An invalid definition throws ccg::InputError with every `FILE:LINE` finding.
    RowId storeChecklist(std::string_view definitionXml, const std::string& sourceName);
    [[nodiscard]] std::vector<ChecklistRecord> listChecklists() const;
    [[nodiscard]] std::shared_ptr<const Checklist> loadChecklist(RowId checklistRowId) const;
    [[nodiscard]] std::string checklistDefinition(RowId checklistRowId) const;
    /// Remembers the checklist of a review loaded through another connection to this database,
    /// so that this one need not read and parse it again (stored checklists never change).
    void adoptChecklist(const StoredReview& review);

    // Reviews
    RowId createReview(const NewReview& review);
    /// Every review (of one organisation when given) by organisation code, newest date
    /// first, with the figures kept for it when they are still current.
    [[nodiscard]] std::vector<ReviewSummary> listReviews(std::optional<RowId> organisationId = {}) const;
    /// One review's summary, without its content.
    [[nodiscard]] ReviewSummary reviewSummary(RowId reviewId) const;
    /// Keeps reviews' figures as the analysis computed them, in one transaction. Figures made
    /// from an older state of a review than the stored one are not kept. Best effort: a
    /// database that cannot be written now keeps nothing.
    void keepFigures(const std::vector<FiguresToKeep>& figures);
    [[nodiscard]] std::optional<RowId> findReview(const std::string& organisationCode, const std::string& reviewKey) const;
    [[nodiscard]] StoredReview loadReview(RowId reviewId) const;
    /// What the review holds about one item (after an edit of it, instead of the whole review).
    [[nodiscard]] ItemContent loadItem(RowId reviewId, const std::string& itemId) const;
    /// Changes the review's key, title and date (not the review it follows).
    void updateReviewInfo(RowId reviewId, const ReviewInfo& info);
    void setReviewStatus(RowId reviewId, ReviewStatus status);
    void setPreviousReview(RowId reviewId, std::optional<RowId> previousReviewId);
    void deleteReview(RowId reviewId);

    // The rating round (PRODUCT.md §11)
    /// Turns blind rating on or off; Conflict once the review has been revealed.
    void setBlind(RowId reviewId, bool blind);
    /// Records that the review's ratings are revealed (now, by this user), audited. Invalid for a
    /// review that is not blind; Conflict when it was revealed already.
    void reveal(RowId reviewId);
    /// Records that a rating form was written for the rater.
    void recordFormWritten(RowId reviewId, const std::string& rater);
    /// Each declared rater's form, return and last change, in the order raters were added.
    [[nodiscard]] std::vector<RaterRound> raterRounds(RowId reviewId) const;
    /// Takes a rater's returned answers in place of all their earlier ones (their notes on items
    /// they did not rate stay), every change audited, all or nothing.
    ReturnTaken takeReturn(RowId reviewId, const std::string& rater, const std::vector<Answer>& answers,
                           const std::string& source);

    // Assurance and follow-through (PRODUCT.md §5, §12)
    /// Records how well the evidence shows the item's level; None removes it.
    void setEvidenceStrength(RowId reviewId, const std::string& item, EvidenceStrength strength);
    /// Records the level of assurance the paper's author chose, by this user, dated today (UTC);
    /// nullopt removes the choice, so that the paper shows the suggestion again.
    void setAssuranceChoice(RowId reviewId, const std::optional<Assurance>& level);
    /// Adds a commitment (from-review required; owner, due, remark as in §4).
    RowId addCommitment(RowId reviewId, const Commitment& commitment);
    /// Changes a commitment, typically its outcome and remark.
    void updateCommitment(RowId commitmentId, const Commitment& commitment);

    // Sign-off (PRODUCT.md §12)
    /// Records the approval (every field required, `date` a real date; the fingerprint is computed
    /// here) with the answers file as approved, audited, and locks the review: every later edit
    /// is refused (StorageErrorKind::Locked) until it is reopened; Locked too when already approved.
    ApprovalRecord signOff(RowId reviewId, const SignOff& approval);
    /// Reopens an approved review for change: the reason (required, at most 2,000 characters) and
    /// who and when are recorded and audited; the approval and its snapshot stay. Conflict when
    /// the review is not approved.
    void reopen(RowId reviewId, const std::string& reason);
    /// Every approval the review ever had, newest first.
    [[nodiscard]] std::vector<ApprovalRecord> approvals(RowId reviewId) const;

    // Raters (rater key "" is the anonymous rater and needs no adding)
    void addRater(RowId reviewId, const Rater& rater);
    /// Changes a rater's name and role; the id stays.
    void updateRater(RowId reviewId, const Rater& rater);

    // One rater's answer to one item
    /// Sets the level or N/A, keeping the note and evidence.
    void setRating(RowId reviewId, const std::string& rater, const std::string& item, const Rating& rating);
    /// Removes the rating; a note or evidence stays as a draft.
    void clearRating(RowId reviewId, const std::string& rater, const std::string& item);
    void setNote(RowId reviewId, const std::string& rater, const std::string& item, const std::string& note);
    void setEvidence(RowId reviewId, const std::string& rater, const std::string& item, const std::string& evidence);
    /// Replaces rating, note and evidence at once.
    void setAnswer(RowId reviewId, const Answer& answer);
    /// Removes rating, note and evidence.
    void clearAnswer(RowId reviewId, const std::string& rater, const std::string& item);

    // The board's agreed rating and review targets
    /// Sets the agreed level or N/A, keeping any rationale and dissent.
    void setAgreed(RowId reviewId, const std::string& item, const Rating& rating);
    /// Removes the agreed rating with its rationale and dissent.
    void clearAgreed(RowId reviewId, const std::string& item);
    /// Why the board agreed the item's rating; Invalid when no rating is agreed, or over 2,000 characters.
    void setRationale(RowId reviewId, const std::string& item, const std::string& rationale);
    /// A declared rater's dissent from the agreed rating (nullopt removes it); Invalid when no
    /// rating is agreed, for the anonymous rater, or over 2,000 characters.
    void setDissent(RowId reviewId, const std::string& item, const std::string& rater,
                    const std::optional<std::string>& text);
    void setTarget(RowId reviewId, const std::string& item, int level);
    void clearTarget(RowId reviewId, const std::string& item);

    // Actions
    RowId addAction(RowId reviewId, const Action& action);
    void updateAction(RowId actionId, const Action& action);
    void deleteAction(RowId actionId);

    // Exchange with answers files (PRODUCT.md §4)
    /// Stores a whole assessment as a new review, all or nothing; returns the review id.
    /// Creates the organisation when new; links the latest earlier-dated review as previous.
    RowId importAssessment(const Assessment& assessment, RowId checklistRowId, const ImportOptions& options = {});
    /// The review as an answers file holds it (drafts are not part of it).
    [[nodiscard]] Assessment exportAssessment(RowId reviewId) const;

    // Audit trail
    [[nodiscard]] std::vector<AuditEntry> listAudit(const AuditQuery& query = {}) const;
    /// Every change recorded for a review (for one item of its checklist when `item` is given),
    /// newest first, each with the item it is about: answers, agreed ratings, targets, dissents
    /// and actions (by the action's item). NotFound for no such review; Invalid for an item
    /// that is not in the review's checklist.
    [[nodiscard]] std::vector<AuditEntry> reviewHistory(RowId reviewId, const std::optional<std::string>& item = {}) const;

    struct Impl;

private:
    explicit Repository(std::unique_ptr<Impl> impl);
    static Repository openReadOnly(const std::filesystem::path& path, const OpenOptions& options);
    std::unique_ptr<Impl> m_impl;
};

/// Who is using the program, as the audit trail records it when OpenOptions::user is empty.
std::string loginName();

/// $XDG_DATA_HOME/ccg-selfassess/ccg-selfassess.sqlite, else ~/.local/share/…; the folder is not created.
std::filesystem::path defaultDatabasePath();

}  // namespace ccg::storage
