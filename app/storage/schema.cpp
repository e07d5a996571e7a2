#include "app/storage/schema.hpp"

#include "app/storage/database.hpp"
#include "app/storage/statement.hpp"
#include "app/storage/storage_error.hpp"
#include "app/storage/transaction.hpp"

#include <array>
#include <string>

namespace ccg::storage {

namespace {

// Each entry takes the schema from version N to N+1. Never edit a shipped entry: add one.
// tests/data/storage/schema-v1.sql rebuilds a version-1 database so every later entry is
// tested against real old data.
constexpr std::array<const char*, 6> kMigrations{
    // 1: the core tables.
    R"sql(
CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE checklists (
  id INTEGER PRIMARY KEY,
  checklist_key TEXT NOT NULL CHECK (length(checklist_key) > 0),
  version TEXT NOT NULL,
  title TEXT NOT NULL,
  definition TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
  added_at TEXT NOT NULL
);
CREATE INDEX checklists_by_key ON checklists (checklist_key, version);
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
  checklist_id INTEGER NOT NULL REFERENCES checklists (id) ON DELETE RESTRICT,
  review_key TEXT NOT NULL CHECK (length(review_key) > 0),
  title TEXT NOT NULL DEFAULT '',
  review_date TEXT NOT NULL DEFAULT '' CHECK (review_date = '' OR review_date IS date(review_date)),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in-progress', 'final')),
  previous_review_id INTEGER REFERENCES reviews (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, review_key)
);
CREATE INDEX reviews_by_checklist ON reviews (checklist_id);
CREATE INDEX reviews_by_previous ON reviews (previous_review_id);
CREATE TABLE raters (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  rater_key TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  UNIQUE (review_id, rater_key)
);
CREATE TABLE answers (
  rater_id INTEGER NOT NULL REFERENCES raters (id) ON DELETE CASCADE,
  item TEXT NOT NULL CHECK (length(item) > 0),
  level INTEGER CHECK (level IS NULL OR (typeof(level) = 'integer' AND level >= 0)),
  not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (rater_id, item),
  CHECK (level IS NULL OR not_applicable = 0)
) WITHOUT ROWID;
CREATE TABLE agreed_ratings (
  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  item TEXT NOT NULL CHECK (length(item) > 0),
  level INTEGER CHECK (level IS NULL OR (typeof(level) = 'integer' AND level >= 0)),
  not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (review_id, item),
  CHECK ((level IS NULL) = (not_applicable = 1))
) WITHOUT ROWID;
CREATE TABLE target_overrides (
  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  item TEXT NOT NULL CHECK (length(item) > 0),
  level INTEGER NOT NULL CHECK (typeof(level) = 'integer' AND level >= 0),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (review_id, item)
) WITHOUT ROWID;
CREATE TABLE actions (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  item TEXT NOT NULL CHECK (length(item) > 0),
  text TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  due_date TEXT NOT NULL DEFAULT '' CHECK (due_date = '' OR due_date IS date(due_date)),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'done', 'dropped')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX actions_by_review ON actions (review_id, id);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_name TEXT NOT NULL,
  review_id INTEGER,
  rater TEXT NOT NULL DEFAULT '',
  table_name TEXT NOT NULL,
  row_key TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT
);
CREATE INDEX audit_by_review ON audit_log (review_id, id);
)sql",
    // 2: cached scores, so listing a large portfolio does not rescore every review.
    R"sql(
CREATE TABLE review_scores (
  review_id INTEGER PRIMARY KEY REFERENCES reviews (id) ON DELETE CASCADE,
  scoring_version INTEGER NOT NULL,
  overall REAL,
  rag TEXT NOT NULL CHECK (rag IN ('none', 'red', 'amber', 'green')),
  completeness REAL NOT NULL CHECK (completeness >= 0 AND completeness <= 100),
  computed_at TEXT NOT NULL
);
CREATE INDEX reviews_by_organisation_date ON reviews (organisation_id, review_date);
)sql",
    // 3: a revision number counting every change to a review, so that anything computed from a
    // review (its kept figures, an edit made on what a window showed) can tell it is still current;
    // timestamps are too coarse for that.
    R"sql(
ALTER TABLE reviews ADD COLUMN revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0);
)sql",
    // 4: the rating round (PRODUCT.md §11): blind reviews and when they were revealed, the board's
    // rationale and members' dissent on agreed ratings, and each rater's form and return.
    R"sql(
ALTER TABLE reviews ADD COLUMN blind INTEGER NOT NULL DEFAULT 0 CHECK (blind IN (0, 1));
ALTER TABLE reviews ADD COLUMN revealed_at TEXT;
ALTER TABLE reviews ADD COLUMN revealed_by TEXT;
ALTER TABLE agreed_ratings ADD COLUMN rationale TEXT NOT NULL DEFAULT '';
CREATE TABLE dissents (
  review_id INTEGER NOT NULL,
  item TEXT NOT NULL,
  rater_id INTEGER NOT NULL REFERENCES raters (id) ON DELETE CASCADE,
  text TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (review_id, item, rater_id),
  FOREIGN KEY (review_id, item) REFERENCES agreed_ratings (review_id, item) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE rater_rounds (
  rater_id INTEGER PRIMARY KEY REFERENCES raters (id) ON DELETE CASCADE,
  form_written_at TEXT,
  returned_at TEXT,
  returned_from TEXT NOT NULL DEFAULT ''
);
)sql",
    // 5: review numbers are never given twice: a deleted review's number stays spent, so that a
    // paper, an export or a note that names review #12 can never come to mean another review.
    R"sql(
CREATE TABLE id_counters (
  name TEXT PRIMARY KEY,
  last INTEGER NOT NULL CHECK (last >= 0)
) WITHOUT ROWID;
INSERT INTO id_counters (name, last) SELECT 'reviews', coalesce(max(id), 0) FROM reviews;
)sql",
    // 6: assurance, follow-through and sign-off (PRODUCT.md §12): the review a review follows on
    // from, the level of assurance its author chose, each item's evidence strength, the commitments
    // carried from the earlier review, and every approval with the answers file as approved. An
    // approval is never deleted and its snapshot never changes; reopening only marks it reopened.
    R"sql(
ALTER TABLE reviews ADD COLUMN follows TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN assurance_level TEXT
  CHECK (assurance_level IS NULL OR assurance_level IN ('substantial', 'reasonable', 'limited', 'none'));
ALTER TABLE reviews ADD COLUMN assurance_by TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN assurance_date TEXT NOT NULL DEFAULT ''
  CHECK (assurance_date = '' OR assurance_date IS date(assurance_date));
CREATE TABLE evidence_strengths (
  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  item TEXT NOT NULL CHECK (length(item) > 0),
  strength TEXT NOT NULL CHECK (strength IN ('asserted', 'documented', 'verified')),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (review_id, item)
) WITHOUT ROWID;
CREATE TABLE commitments (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  from_review TEXT NOT NULL CHECK (length(from_review) > 0),
  item TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  due_date TEXT NOT NULL DEFAULT '' CHECK (due_date = '' OR due_date IS date(due_date)),
  outcome TEXT NOT NULL DEFAULT 'pending'
    CHECK (outcome IN ('pending', 'done', 'partly', 'not-done', 'superseded')),
  remark TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX commitments_by_review ON commitments (review_id, id);
CREATE TABLE sign_offs (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL REFERENCES reviews (id),
  approved_date TEXT NOT NULL CHECK (approved_date IS date(approved_date)),
  meeting TEXT NOT NULL CHECK (length(meeting) > 0),
  minute TEXT NOT NULL CHECK (length(minute) > 0),
  approver TEXT NOT NULL CHECK (length(approver) > 0),
  role TEXT NOT NULL CHECK (length(role) > 0),
  fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 71 AND substr(fingerprint, 1, 7) = 'sha256:'),
  snapshot TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  reopened_at TEXT,
  reopened_by TEXT,
  reopen_reason TEXT
);
CREATE UNIQUE INDEX sign_offs_one_in_force ON sign_offs (review_id) WHERE reopened_at IS NULL;
CREATE TRIGGER sign_offs_are_kept BEFORE DELETE ON sign_offs
BEGIN
  SELECT RAISE(ABORT, 'an approval is kept for ever');
END;
CREATE TRIGGER sign_offs_only_reopen BEFORE UPDATE ON sign_offs
  WHEN OLD.reopened_at IS NOT NULL OR NEW.reopened_at IS NULL OR NEW.id IS NOT OLD.id
    OR NEW.review_id IS NOT OLD.review_id OR NEW.approved_date IS NOT OLD.approved_date
    OR NEW.meeting IS NOT OLD.meeting OR NEW.minute IS NOT OLD.minute OR NEW.approver IS NOT OLD.approver
    OR NEW.role IS NOT OLD.role OR NEW.fingerprint IS NOT OLD.fingerprint OR NEW.snapshot IS NOT OLD.snapshot
    OR NEW.recorded_at IS NOT OLD.recorded_at OR NEW.recorded_by IS NOT OLD.recorded_by
BEGIN
  SELECT RAISE(ABORT, 'an approval can only be marked reopened, once');
END;
CREATE TRIGGER approved_reviews_are_kept BEFORE DELETE ON reviews
  WHEN EXISTS (SELECT 1 FROM sign_offs WHERE review_id = OLD.id)
BEGIN
  SELECT RAISE(ABORT, 'a review that was approved is kept');
END;
)sql",
};

}  // namespace

int currentSchemaVersion()
{
    return static_cast<int>(kMigrations.size());
}

int readSchemaVersion(sql::Database& db)
{
    sql::Statement version(db, "PRAGMA user_version");
    version.step();
    return version.getInt(0);
}

void requireKnownSchemaVersion(sql::Database& db, int version)
{
    bool known = version > 0;
    if (version == 0) {
        sql::Statement tables(db, "SELECT count(*) FROM sqlite_schema");
        known = tables.step() && tables.getInt(0) == 0;
    }
    if (!known)
        throw StorageError(StorageErrorKind::UnknownSchema, "the database " + db.path() + ": unknown schema version " +
                                                                std::to_string(version) +
                                                                "; the file was left unchanged");
}

void migrate(sql::Database& db)
{
    sql::Transaction transaction(db);
    const int from = readSchemaVersion(db);
    // Checked again here, inside the transaction: kMigrations is indexed by this number.
    requireKnownSchemaVersion(db, from);
    if (from > currentSchemaVersion())
        throw StorageError(StorageErrorKind::TooNew,
                           "the database " + db.path() + " was written by a newer version of CCG Self-Assessment (schema " +
                               std::to_string(from) + ", this version knows up to " +
                               std::to_string(currentSchemaVersion()) + "); it was left unchanged");
    if (from == currentSchemaVersion())
        return;
    for (int version = from; version < currentSchemaVersion(); ++version)
        db.exec(kMigrations[static_cast<std::size_t>(version)]);
    // The version number is not user text: it comes from the size of the table above.
    db.exec(("PRAGMA user_version = " + std::to_string(currentSchemaVersion())).c_str());
    sql::Statement foreignKeys(db, "PRAGMA foreign_key_check");
    if (foreignKeys.step())
        throw StorageError(StorageErrorKind::Corrupt,
                           "the database " + db.path() + " has broken references after upgrading; it was left unchanged");
    transaction.commit();
}

}  // namespace ccg::storage
