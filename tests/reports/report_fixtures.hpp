#pragma once

// Shared by the report tests: the test review, hostile and long reviews, and readers for
// what the renderers write (XML, CSV, PDF text).
#include "csv_reader.hpp"

#include "checklists/assessment.hpp"
#include "checklists/checklist.hpp"
#include "reports/report_input.hpp"
#include "reports/report_model.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ccg::test {

/// tests/data/reports: a three-domain checklist, a 2014 review with three raters and five
/// actions, and the 2013 review before it.
struct ReportFixture {
    Checklist checklist;
    Assessment review;
    Assessment previous;

    ReportFixture();
    [[nodiscard]] reports::ReportInput input(bool withPrevious = true) const;
    [[nodiscard]] reports::ReportModel model(bool withPrevious = true) const;
};

/// The shipped checklist, the demo's 2014 follow-on review (commitments, evidence strengths, a
/// chosen level) and the signed-off 2013 review before it.
struct DemoFixture {
    Checklist checklist;
    Assessment review;
    Assessment previous;

    DemoFixture();
    [[nodiscard]] reports::ReportModel model(reports::Audience audience = reports::Audience::Board) const;
};

/// The fixed reference date of the report tests: the 2014 review's date.
Date reviewDate();

/// Strings every renderer must carry through escaped and intact.
const std::vector<std::string>& hostileStrings();

/// The fixture's review with a hostile string in every user-typed field, and a 10,000-character note.
Assessment hostileReview(const ReportFixture& fixture);
/// The 10,000-character note hostileReview() puts on gov-02.
const std::string& longNote();

/// The fixture's review with a rater whose name ends in an unclosed right-to-left override
/// (U+202E), the next rater "Alice Smith", and overrides in the organisation name and a note.
Assessment spoofingReview(const ReportFixture& fixture);

/// Explicit bidi embeddings, overrides and isolates still open at the end of `text` (each line
/// break ends them all, as in the Unicode bidi algorithm); 0 when nothing can run on past it.
int openBidiControls(std::string_view text);

/// A checklist of `items` items in four domains whose guidance starts "GSTARTn" and ends "GENDn",
/// and a review answering each item at level 1 with a few long notes, plus one action per item.
struct LongReview {
    Checklist checklist;
    Assessment review;
};
LongReview longReview(int items);

/// The absolute path of a program found on PATH, or empty.
std::string findTool(const std::string& name);

/// Result of parsing a document with expat.
struct XmlParse {
    bool wellFormed = false;
    std::string error;
    std::string text;  ///< all character data in document order
    std::vector<std::string> elements;  ///< element names in document order
    std::vector<std::map<std::string, std::string>> attributes;  ///< each element's, as `elements`
};
XmlParse parseXml(std::string_view document);

/// The text of each page of a PDF, by pdftotext; empty when the tool failed.
std::vector<std::string> pdfPages(const std::string& pdftotext, const std::string& pdf);

/// Compares `received` with tests/reports/approved/NAME; on a difference writes the received
/// text to the build tree for tests/reports/accept.sh and returns false.
bool matchesApproved(const std::string& name, const std::string& received);

}  // namespace ccg::test
