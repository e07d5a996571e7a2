#pragma once

#include "checklists/checklist.hpp"
#include "checklists/review_analysis.hpp"
#include "reports/radar_chart.hpp"

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
    bool provisional = false;     ///< items are unanswered: the score will change as they are rated
    std::string provisionalNote;  ///< what a provisional score means, with the score over answered items
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

/// Everything the dashboard shows, formatted from the review's analysis.
struct Dashboard {
    ScoreTile overall;
    std::vector<ScoreTile> domains;  ///< checklist order
    double completeness = 0.0;
    int items = 0;
    int answered = 0;
    int notApplicable = 0;
    std::vector<std::string> axes;              ///< domain titles for the radar
    std::vector<reports::RadarSeries> radar;    ///< this review, target, and the previous review when there is one
    RagThresholds rag;                          ///< the checklist's bands, shaded behind the radar
    std::vector<GapLine> topGaps;               ///< at most `maxGaps`, priority order
    std::vector<OverdueLine> overdue;           ///< oldest due date first
    /// Whose view the figures are, when they are not the whole board's (a blind review before
    /// reveal shows the current rater's own); empty otherwise.
    std::string viewNote;
};

/// Builds the dashboard of a review from its analysis (overdue as at the analysis' date).
Dashboard buildDashboard(const Checklist& checklist, const Assessment& assessment, const ReviewAnalysis& analysis,
                         std::size_t maxGaps = 8);

}  // namespace ccg::session
