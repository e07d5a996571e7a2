#include "app/session/comparison.hpp"

#include "app/session/review_session.hpp"
#include "reports/atomic_file.hpp"
#include "reports/side_by_side_csv.hpp"
#include "reports/side_by_side_xlsx.hpp"

#include <algorithm>
#include <cctype>

namespace ccg::session {

std::string comparisonLabel(const storage::ReviewSummary& review)
{
    const std::string& organisation = review.organisation.name.empty() ? review.organisation.code
                                                                       : review.organisation.name;
    return organisation + ": " + review.info.title + (review.info.date.empty() ? "" : " (" + review.info.date + ")");
}

void Comparison::refresh()
{
    m_offered = m_session.comparableReviews();
    const storage::RowId open = m_session.review().id;
    if (m_openReview != open) {
        m_openReview = open;
        m_added.clear();
        m_answers.clear();
        for (const auto& review : m_offered)
            if (review.previous)
                m_added.push_back(review);
        return;
    }
    // Keep the order added; take the labels as they are now, drop what is no longer offered.
    std::vector<ComparableReview> kept;
    for (const auto& review : m_added) {
        const auto offered = std::find_if(m_offered.begin(), m_offered.end(),
                                          [&](const ComparableReview& o) { return o.id == review.id; });
        if (offered != m_offered.end())
            kept.push_back(*offered);
        else
            m_answers.erase(review.id);
    }
    m_added = std::move(kept);
}

std::vector<ComparableReview> Comparison::addable() const
{
    std::vector<ComparableReview> addable;
    for (const auto& review : m_offered)
        if (std::none_of(m_added.begin(), m_added.end(), [&](const ComparableReview& a) { return a.id == review.id; }))
            addable.push_back(review);
    return addable;
}

bool Comparison::add(storage::RowId reviewId)
{
    if (full())
        return false;
    for (const auto& review : addable()) {
        if (review.id == reviewId) {
            m_added.push_back(review);
            return true;
        }
    }
    return false;
}

bool Comparison::remove(storage::RowId reviewId)
{
    const auto at = std::find_if(m_added.begin(), m_added.end(), [&](const ComparableReview& a) { return a.id == reviewId; });
    if (at == m_added.end())
        return false;
    m_added.erase(at);
    m_answers.erase(reviewId);
    return true;
}

SideBySide Comparison::table() const
{
    std::vector<ReviewToCompare> reviews{{"This review", m_session.visibleAssessment()}};
    const storage::StoredReview* previous = m_session.previous();
    for (const auto& review : m_added) {
        // The session holds the previous review already.
        if (previous && previous->summary.id == review.id) {
            reviews.push_back({review.label, previous->assessment});
            continue;
        }
        auto loaded = m_answers.find(review.id);
        if (loaded == m_answers.end())
            loaded = m_answers.emplace(review.id, m_session.repository().loadReview(review.id).assessment).first;
        reviews.push_back({review.label, loaded->second});
    }
    return compareSideBySide(m_session.checklist(), reviews);
}

ComparisonFormat comparisonFormat(const std::filesystem::path& out)
{
    std::string extension = out.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".xlsx" ? ComparisonFormat::Xlsx : ComparisonFormat::Csv;
}

void saveComparison(const Checklist& checklist, const SideBySide& table, ComparisonFormat format,
                    const std::filesystem::path& out)
{
    reports::AtomicFile file(out);
    if (format == ComparisonFormat::Xlsx)
        reports::writeSideBySideXlsx(checklist, table, file.temporaryPath());
    else
        file.write(reports::sideBySideCsv(checklist, table));
    file.commit();
}

}  // namespace ccg::session
