-- A version-2 CCG Self-Assessment database (version 1 with the kept scores of migration 2), as
-- that release wrote it. Frozen: never edit it when the schema changes; tests open it with the
-- current build and check that every migration since version 2 keeps every row.
-- Build by hand with: sqlite3 v2.sqlite < schema-v2.sql
PRAGMA foreign_keys = ON;
BEGIN;
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

INSERT INTO organisations (id, code, name, created_at) VALUES
  (1, '00Q', 'NHS Example CCG', '2014-03-01T09:00:00.000Z'),
  (2, '01A', 'NHS O''Brien & Partners CCG', '2014-03-02T09:00:00.000Z');
INSERT INTO checklists (id, checklist_key, version, title, definition, sha256, added_at) VALUES
  (1, 'mini', '1.0', 'Mini checklist', '<?xml version="1.0" encoding="UTF-8"?>
<checklist id="mini" version="1.0" title="Mini checklist" lang="en-GB">
  <source title="Ambition, challenge, transition" publisher="NHS Confederation" year="2013"/>
  <description>A small checklist for tests.</description>
  <scale>
    <level value="0" label="Not in place">Nothing exists yet.</level>
    <level value="1" label="Early progress">Work has begun.</level>
    <level value="2" label="Partly in place">Works in places.</level>
    <level value="3" label="Embedded">Works everywhere.</level>
    <level value="4" label="Exemplar">Others learn from us.</level>
  </scale>
  <rag red-below="50" green-from="75"/>
  <domain id="governance" title="Governance" weight="2">
    <description>How the board runs itself.</description>
    <item id="gov-01" weight="2" critical="true" target="3">
      <question>Are conflicts of interest declared and managed?</question>
      <rationale>Probity.</rationale>
      <guidance>A register, reviewed.</guidance>
      <evidence>The register.</evidence>
      <cite section="Supporting clinical leadership" page="16" key-point="20"/>
    </item>
    <item id="gov-02">
      <question>Does the board review its own effectiveness?</question>
    </item>
  </domain>
  <domain id="engagement" title="Public engagement">
    <item id="eng-01" weight="0.5">
      <question>Is the public involved in decisions?</question>
    </item>
    <item id="eng-02" target="2">
      <question>Are decisions explained to local people?</question>
    </item>
  </domain>
</checklist>
', 'e7ae68881405f478cee060ed2362f86252e77013b8ba0cef25ee4e1c4debd614', '2014-03-01T09:00:00.000Z');
INSERT INTO reviews (id, organisation_id, checklist_id, review_key, title, review_date, status, previous_review_id, created_at, updated_at) VALUES
  (1, 1, 1, '2013-q1', 'Baseline', '2013-03-01', 'final', NULL, '2013-03-01T09:00:00.000Z', '2013-03-05T09:00:00.000Z'),
  (2, 1, 1, '2014-q1', 'Board self-review', '2014-03-01', 'in-progress', 1, '2014-03-01T09:00:00.000Z', '2014-03-02T10:00:00.000Z');
INSERT INTO raters (id, review_id, rater_key, name, role) VALUES
  (1, 1, 'chair', 'Dr A. Chair', 'Chair'),
  (2, 2, 'chair', 'Dr A. Chair', 'Chair'),
  (3, 2, 'ao', 'B. Officer', 'Accountable officer'),
  (4, 2, '', '', '');
INSERT INTO answers (rater_id, item, level, not_applicable, note, evidence, updated_at) VALUES
  (1, 'gov-01', 1, 0, '', '', '2013-03-01T10:00:00.000Z'),
  (2, 'gov-01', 4, 0, 'O''Brien & co said "yes"', '', '2014-03-01T10:00:00.000Z'),
  (3, 'gov-01', 1, 0, '', 'Register, March 2014', '2014-03-01T10:01:00.000Z'),
  (2, 'gov-02', 3, 0, '', '', '2014-03-01T10:02:00.000Z'),
  (2, 'eng-01', NULL, 1, '', '', '2014-03-01T10:03:00.000Z'),
  (3, 'eng-01', NULL, 1, '', '', '2014-03-01T10:04:00.000Z'),
  (4, 'eng-02', 2, 0, '', '', '2014-03-01T10:05:00.000Z'),
  (3, 'gov-02', NULL, 0, 'Draft thoughts before rating', '', '2014-03-01T10:06:00.000Z');
INSERT INTO agreed_ratings (review_id, item, level, not_applicable, updated_at) VALUES
  (2, 'gov-02', 2, 0, '2014-03-02T10:00:00.000Z');
INSERT INTO target_overrides (review_id, item, level, updated_at) VALUES
  (2, 'eng-02', 3, '2014-03-02T10:00:00.000Z');
INSERT INTO actions (id, review_id, item, text, owner, due_date, status, created_at, updated_at) VALUES
  (1, 1, 'gov-01', 'Start a register', 'Board secretary', '2013-06-30', 'done', '2013-03-01T09:00:00.000Z', '2013-07-01T09:00:00.000Z'),
  (2, 2, 'gov-01', 'Refresh the register', 'Board secretary', '2014-06-30', 'open', '2014-03-01T09:00:00.000Z', '2014-03-01T09:00:00.000Z');
INSERT INTO audit_log (at, user_name, review_id, rater, table_name, row_key, field, old_value, new_value) VALUES
  ('2014-03-01T10:00:00.000Z', 'governance', 2, 'chair', 'answers', 'gov-01', 'rating', NULL, '4');
CREATE TABLE review_scores (
  review_id INTEGER PRIMARY KEY REFERENCES reviews (id) ON DELETE CASCADE,
  scoring_version INTEGER NOT NULL,
  overall REAL,
  rag TEXT NOT NULL CHECK (rag IN ('none', 'red', 'amber', 'green')),
  completeness REAL NOT NULL CHECK (completeness >= 0 AND completeness <= 100),
  computed_at TEXT NOT NULL
);
CREATE INDEX reviews_by_organisation_date ON reviews (organisation_id, review_date);
INSERT INTO review_scores (review_id, scoring_version, overall, rag, completeness, computed_at) VALUES
  (1, 1, 8.333333333333334, 'red', 25.0, '2013-03-05T09:00:00.000Z'),
  (2, 1, 54.16666666666667, 'amber', 100.0, '2014-03-02T10:00:00.000Z');
PRAGMA user_version = 2;
COMMIT;
