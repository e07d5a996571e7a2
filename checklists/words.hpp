#pragma once

#include "checklists/action_state.hpp"
#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "checklists/follow_through.hpp"
#include "checklists/scoring.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// The words every face (command line, desktop, board paper) presents results in, written once.
namespace ccg::words {

/// "–": what a cell shows where there is no value.
inline constexpr std::string_view kDash = "\xE2\x80\x93";
/// "—": what a change shows where there is none to compute.
inline constexpr std::string_view kNoChange = "\xE2\x80\x94";

/// "Red", "Amber", "Green", "No score": RAG in words for people who cannot see the colour.
std::string ragWord(Rag rag);
/// A figure with one decimal, "72.5", or `missing` when there is none.
std::string decimal(std::optional<double> value, std::string_view missing = kDash);
/// A score with one decimal, "52.3%", or `missing` when there is none.
std::string percent(std::optional<double> score, std::string_view missing = "no score");
/// A score to the nearest whole percent, "52%", or `missing` when there is none.
std::string wholePercent(std::optional<double> score, std::string_view missing = kDash);
/// A figure as short as it can be written: "4", "2.5", "66.6667".
std::string number(double value);
/// A change in points with its sign, "+4.2" or "-0.5", or `missing` when there is none.
std::string change(std::optional<double> points, std::string_view missing = kNoChange);
/// The size of a change, "4.2 points".
std::string points(double change);
/// A change in levels, "+1", "0", "-2", or "–" when there is none.
std::string levelChange(std::optional<int> levels);

/// "3 Embedded", or "Not applicable" for N/A ("not applicable" inside a sentence).
std::string ratingWords(const Checklist& checklist, const Rating& rating, bool inSentence = false);
/// What counts for an item: "2 Partly in place", "Not applicable" or "Unanswered".
std::string effectiveWords(const Checklist& checklist, const ItemScore& score);
/// A rating cell: "3", "N/A", or "–" when not rated.
std::string ratingText(const std::optional<Rating>& rating);
/// The rating that counts for an item, or nothing when it is unanswered.
std::optional<Rating> effectiveRating(const ItemScore& score);

/// "Answered", "Not applicable", "Unanswered".
std::string statusWords(ItemStatus status);
/// "Open", "In progress", "Done", "Dropped".
std::string statusWords(ActionStatus status);
/// "Blue", "Green", "Amber", "Red", "Dropped".
std::string bragName(Brag brag);
/// An action's state in words: "Overdue by 12 days", "Due today", "On track (due in 40 days)"…
std::string bragWords(const ActionState& state);
/// How far apart raters' levels must be to disagree on a scale: "two levels or more", or
/// "one level or more" on a Yes/No scale.
std::string disagreementWords(int maxLevel);
/// What a score is while items are unanswered: "Provisional: unanswered items count 0; 68% over
/// the answered items alone".
std::string provisionalWords(std::optional<double> answeredOnly);
/// "1 day", "12 days".
std::string days(int count);
/// How a review column of a comparison is named, as spreadsheets name columns: 0 -> "A",
/// 25 -> "Z", 26 -> "AA".
std::string columnLetters(std::size_t index);
/// "Substantial", "Reasonable", "Limited", "No assurance"; "Nothing to assess" when null (every
/// item not applicable).
std::string assuranceWords(std::optional<Assurance> level);
/// A share assured (0..1) as a whole percent, "14%", or `missing` when there is none.
std::string coverageWords(std::optional<double> coverage, std::string_view missing = kDash);
/// "None", "Asserted", "Documented", "Verified".
std::string strengthWords(EvidenceStrength strength);
/// "Pending", "Done", "Partly done", "Not done", "Superseded".
std::string outcomeWords(CommitmentOutcome outcome);
/// The follow-through rate and what it is made of: "50% (1 done, 1 partly done, 1 not done;
/// 1 superseded and 0 pending left out)", or why there is none.
std::string followThroughWords(const FollowThrough& followThrough);
/// `text` with its first letter in upper case: "board" -> "Board" (ASCII only; other text as given).
std::string capitalised(std::string_view text);

/// A source as a reader cites it: "Ambition, challenge, transition (NHS Confederation, 2013)",
/// with its edition after the title when it has one.
std::string sourceWords(const SourceReference& source);
/// Where an item comes from: "Governance (p. 12, key point 17)", "Audit committee handbook: Annex H,
/// para 4.3" (the source's title is named when the checklist has more than one); "The source"
/// stands for a citation without a section.
std::string citationWords(const Checklist& checklist, const Citation& citation);

/// "1 item", "3 items": a count with its noun.
std::string plural(std::size_t count, std::string_view one, std::string_view many);

}  // namespace ccg::words
