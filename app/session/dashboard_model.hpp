#pragma once

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/scoring.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ccg::session {

/// A score as the dashboard shows it: a tile with the number, the RAG colour and the RAG in words.
struct ScoreTile {
    std::string title;
    std::optional<double> score;  ///< 0..100, null when nothing scorable
    Rag rag = Rag::None;
    std::string detail;           ///< e.g. "8 of 10 answered, 1 critical below target"
};

/// One line of the radar chart: a value per domain, null where there is none.
struct RadarSeries {
    std::string name;
    std::vector<std::optional<double>> values;
};

/// A gap the board should look at first.
struct GapLine {
    std::string itemId;
    std::string domainTitle;
    std::string question;
    std::optional<int> level;
    int target = 0;
    int gap = 0;
    double priority = 0.0;
    bool critical = false;
};

/// An action past its due date and not done or dropped.
struct OverdueLine {
    std::string itemId;
    std::string text;
    std::string owner;
    std::string due;
};

/// Everything the dashboard shows, derived from the scored review.
struct Dashboard {
    ScoreTile overall;
    std::vector<ScoreTile> domains;  ///< checklist order
    double completeness = 0.0;
    int items = 0;
    int answered = 0;
    int notApplicable = 0;
    std::vector<std::string> axes;     ///< domain titles for the radar
    std::vector<RadarSeries> radar;    ///< "Current", "Target", and "Previous" when there is one
    std::vector<GapLine> topGaps;      ///< at most `maxGaps`, priority order
    std::vector<OverdueLine> overdue;  ///< oldest due date first
};

/// True when an open or in-progress action's due date lies before `today` (YYYY-MM-DD).
bool isOverdue(const Action& action, const std::string& today);

/// Today's local date as YYYY-MM-DD.
std::string todayIso();

/// Domain scores the review would reach if every item not N/A met its target.
ScoreResult targetScores(const Checklist& checklist, const Assessment& assessment, const ScoreResult& current);

/// Builds the dashboard; `previous` is the scored previous review, when there is one.
Dashboard buildDashboard(const Checklist& checklist, const Assessment& assessment, const ScoreResult& current,
                         const std::optional<ScoreResult>& previous, const std::string& today,
                         std::size_t maxGaps = 8);

}  // namespace ccg::session
