// Organisations, stored checklists and the lookups every change shares.
#include "app/storage/repository.hpp"

#include "app/storage/repository_impl.hpp"
#include "app/storage/sha256.hpp"
#include "checklists/calendar_date.hpp"
#include "checklists/checklist_loader.hpp"
#include "checklists/diagnostic.hpp"


namespace ccg::storage {

const Item& requireItem(const Checklist& checklist, const std::string& item)
{
    const Item* found = checklist.findItem(item);
    if (!found)
        throw StorageError(StorageErrorKind::Invalid,
                           "item '" + item + "' is not in checklist " + checklist.id + " " + checklist.version);
    return *found;
}

void requireLevel(const Checklist& checklist, const std::optional<int>& level, const std::string& what)
{
    if (level && (*level < 0 || *level > checklist.maxLevel()))
        throw StorageError(StorageErrorKind::Invalid, what + ": level " + std::to_string(*level) +
                                                          " is outside the scale 0.." +
                                                          std::to_string(checklist.maxLevel()));
}

void requireDate(const std::string& date, const std::string& what)
{
    if (!date.empty() && !parseIsoDate(date))
        throw StorageError(StorageErrorKind::Invalid, what + ": '" + date + "' is not a date YYYY-MM-DD");
}

std::optional<std::string> auditText(const std::optional<Rating>& rating)
{
    if (!rating)
        return std::nullopt;
    return rating->level ? std::to_string(*rating->level) : std::string("n/a");
}

RowId Repository::createOrganisation(const Organisation& organisation)
{
    if (organisation.code.empty())
        throw StorageError(StorageErrorKind::Invalid, "an organisation needs a code");
    sql::Transaction transaction(m_impl->db);
    if (findOrganisation(organisation.code))
        throw StorageError(StorageErrorKind::Conflict, "organisation " + organisation.code + " already exists");
    const RowId id = m_impl->insertOrganisation(organisation, utcNow());
    transaction.commit();
    return id;
}

RowId Repository::Impl::insertOrganisation(const Organisation& organisation, const std::string& at)
{
    auto insert = query("INSERT INTO organisations (code, name, created_at) VALUES (?, ?, ?)");
    insert->bind(1, organisation.code).bind(2, organisation.name).bind(3, at);
    insert->run();
    const RowId id = db.lastInsertRowId();
    audit({std::nullopt, "", "organisations", organisation.code, "row", std::nullopt, organisation.name}, at);
    return id;
}

std::vector<OrganisationRecord> Repository::listOrganisations() const
{
    auto select = m_impl->query(
        "SELECT o.id, o.code, o.name, (SELECT count(*) FROM reviews r WHERE r.organisation_id = o.id) "
        "FROM organisations o ORDER BY o.code");
    std::vector<OrganisationRecord> records;
    while (select->step())
        records.push_back({select->getInt64(0), {select->getText(1), select->getText(2)}, select->getInt(3)});
    return records;
}

std::optional<OrganisationRecord> Repository::findOrganisation(const std::string& code) const
{
    auto select = m_impl->query(
        "SELECT o.id, o.code, o.name, (SELECT count(*) FROM reviews r WHERE r.organisation_id = o.id) "
        "FROM organisations o WHERE o.code = ?");
    select->bind(1, code);
    if (!select->step())
        return std::nullopt;
    return OrganisationRecord{select->getInt64(0), {select->getText(1), select->getText(2)}, select->getInt(3)};
}

void Repository::updateOrganisation(RowId organisationId, const Organisation& organisation)
{
    if (organisation.code.empty())
        throw StorageError(StorageErrorKind::Invalid, "an organisation needs a code");
    sql::Transaction transaction(m_impl->db);
    auto select = m_impl->query("SELECT code, name FROM organisations WHERE id = ?");
    select->bind(1, organisationId);
    if (!select->step())
        throw StorageError(StorageErrorKind::NotFound, "no organisation #" + std::to_string(organisationId));
    const Organisation old{select->getText(0), select->getText(1)};
    select->reset();
    if (old == organisation)
        return;
    if (old.code != organisation.code && findOrganisation(organisation.code))
        throw StorageError(StorageErrorKind::Conflict, "organisation " + organisation.code + " already exists");
    auto update = m_impl->query("UPDATE organisations SET code = ?, name = ? WHERE id = ?");
    update->bind(1, organisation.code).bind(2, organisation.name).bind(3, organisationId);
    update->run();
    const std::string at = utcNow();
    if (old.code != organisation.code)
        m_impl->audit({std::nullopt, "", "organisations", old.code, "code", old.code, organisation.code}, at);
    if (old.name != organisation.name)
        m_impl->audit({std::nullopt, "", "organisations", organisation.code, "name", old.name, organisation.name}, at);
    transaction.commit();
}

void Repository::deleteOrganisation(RowId organisationId, bool withReviews)
{
    sql::Transaction transaction(m_impl->db);
    auto select = m_impl->query(
        "SELECT code, name, (SELECT count(*) FROM reviews WHERE organisation_id = ?1) FROM organisations WHERE id = ?1");
    select->bind(1, organisationId);
    if (!select->step())
        throw StorageError(StorageErrorKind::NotFound, "no organisation #" + std::to_string(organisationId));
    const std::string code = select->getText(0);
    const std::string name = select->getText(1);
    const int reviews = select->getInt(2);
    select->reset();
    if (reviews > 0 && !withReviews)
        throw StorageError(StorageErrorKind::Conflict, "organisation " + code + " has " + std::to_string(reviews) +
                                                           " review(s); delete them first");
    m_impl->requireNeverApproved(organisationId, true);
    const std::string at = utcNow();
    auto reviewIds = m_impl->query("SELECT id, review_key FROM reviews WHERE organisation_id = ?");
    reviewIds->bind(1, organisationId);
    while (reviewIds->step())
        m_impl->audit({reviewIds->getInt64(0), "", "reviews", reviewIds->getText(1), "row", code, std::nullopt}, at);
    reviewIds->reset();
    auto unlink = m_impl->query(
        "UPDATE reviews SET previous_review_id = NULL WHERE previous_review_id IN "
        "(SELECT id FROM reviews WHERE organisation_id = ?)");
    unlink->bind(1, organisationId);
    unlink->run();
    auto deleteReviews = m_impl->query("DELETE FROM reviews WHERE organisation_id = ?");
    deleteReviews->bind(1, organisationId);
    deleteReviews->run();
    auto deleteOrganisation = m_impl->query("DELETE FROM organisations WHERE id = ?");
    deleteOrganisation->bind(1, organisationId);
    deleteOrganisation->run();
    m_impl->audit({std::nullopt, "", "organisations", code, "row", name, std::nullopt}, at);
    transaction.commit();
}

RowId Repository::storeChecklist(std::string_view definitionXml, const std::string& sourceName)
{
    auto loaded = parseChecklist(definitionXml, sourceName);
    if (!loaded.checklist)
        throw InputError(std::move(loaded.errors));
    const std::string hash = sha256Hex(definitionXml);
    sql::Transaction transaction(m_impl->db);
    auto select = m_impl->query("SELECT id FROM checklists WHERE sha256 = ?");
    select->bind(1, hash);
    if (select->step())
        return select->getInt64(0);
    select->reset();
    const std::string at = utcNow();
    const Checklist& checklist = *loaded.checklist;
    auto insert = m_impl->query(
        "INSERT INTO checklists (checklist_key, version, title, definition, sha256, added_at) VALUES (?, ?, ?, ?, ?, ?)");
    insert->bind(1, checklist.id).bind(2, checklist.version).bind(3, checklist.title);
    insert->bind(4, definitionXml).bind(5, hash).bind(6, at);
    insert->run();
    const RowId id = m_impl->db.lastInsertRowId();
    m_impl->audit({std::nullopt, "", "checklists", checklist.id + " " + checklist.version, "row", std::nullopt, hash}, at);
    transaction.commit();
    m_impl->checklists[id] = std::make_shared<const Checklist>(std::move(*loaded.checklist));
    return id;
}

std::vector<ChecklistRecord> Repository::listChecklists() const
{
    auto select = m_impl->query("SELECT id, checklist_key, version, title, sha256, added_at FROM checklists ORDER BY id");
    std::vector<ChecklistRecord> records;
    while (select->step())
        records.push_back({select->getInt64(0), select->getText(1), select->getText(2), select->getText(3),
                           select->getText(4), select->getText(5)});
    return records;
}

std::shared_ptr<const Checklist> Repository::loadChecklist(RowId checklistRowId) const
{
    return m_impl->checklist(checklistRowId);
}

void Repository::adoptChecklist(const StoredReview& review)
{
    if (review.checklist)
        m_impl->checklists.try_emplace(review.summary.checklistRowId, review.checklist);
}

std::string Repository::checklistDefinition(RowId checklistRowId) const
{
    auto select = m_impl->query("SELECT definition FROM checklists WHERE id = ?");
    select->bind(1, checklistRowId);
    if (!select->step())
        throw StorageError(StorageErrorKind::NotFound, "no checklist #" + std::to_string(checklistRowId));
    return select->getText(0);
}

std::shared_ptr<const Checklist> Repository::Impl::checklist(RowId checklistRowId)
{
    if (auto cached = checklists.find(checklistRowId); cached != checklists.end())
        return cached->second;
    auto select = query("SELECT definition, sha256 FROM checklists WHERE id = ?");
    select->bind(1, checklistRowId);
    if (!select->step())
        throw StorageError(StorageErrorKind::NotFound, "no checklist #" + std::to_string(checklistRowId));
    const std::string definition = select->getText(0);
    if (sha256Hex(definition) != select->getText(1))
        throw StorageError(StorageErrorKind::Corrupt, "the stored checklist #" + std::to_string(checklistRowId) +
                                                          " no longer matches its SHA-256");
    auto loaded = parseChecklist(definition, "stored checklist #" + std::to_string(checklistRowId));
    if (!loaded.checklist)
        throw StorageError(StorageErrorKind::Corrupt, "the stored checklist #" + std::to_string(checklistRowId) +
                                                          " no longer loads: " + joinDiagnostics(loaded.errors));
    auto shared = std::make_shared<const Checklist>(std::move(*loaded.checklist));
    checklists[checklistRowId] = shared;
    return shared;
}

ReviewContext Repository::Impl::review(RowId reviewId)
{
    auto select = query("SELECT checklist_id FROM reviews WHERE id = ?");
    select->bind(1, reviewId);
    if (!select->step())
        throw StorageError(StorageErrorKind::NotFound, "no review #" + std::to_string(reviewId));
    const RowId checklistRowId = select->getInt64(0);
    select->reset();
    return {reviewId, checklist(checklistRowId)};
}

RowId Repository::Impl::nextReviewId()
{
    auto next = query(
        "UPDATE id_counters SET last = max(last, (SELECT coalesce(max(id), 0) FROM reviews)) + 1 "
        "WHERE name = 'reviews' RETURNING last");
    if (!next->step())
        throw StorageError(StorageErrorKind::Corrupt, "the database has no counter of review numbers");
    const RowId id = next->getInt64(0);
    next->reset();
    return id;
}

void Repository::Impl::touchReview(RowId reviewId, const std::string& at)
{
    requireUnlocked(reviewId);
    auto update = query("UPDATE reviews SET updated_at = ?, revision = revision + 1 WHERE id = ?");
    update->bind(1, at).bind(2, reviewId);
    update->run();
    auto stale = query("DELETE FROM review_scores WHERE review_id = ?");
    stale->bind(1, reviewId);
    stale->run();
}

RowId Repository::Impl::raterRow(RowId reviewId, const std::string& rater)
{
    auto select = query("SELECT id FROM raters WHERE review_id = ? AND rater_key = ?");
    select->bind(1, reviewId).bind(2, rater);
    if (select->step())
        return select->getInt64(0);
    select->reset();
    if (!rater.empty())
        throw StorageError(StorageErrorKind::NotFound, "review #" + std::to_string(reviewId) + " has no rater '" +
                                                           rater + "'; add the rater first");
    auto insert = query("INSERT INTO raters (review_id, rater_key) VALUES (?, '')");
    insert->bind(1, reviewId);
    insert->run();
    return db.lastInsertRowId();
}

}  // namespace ccg::storage
