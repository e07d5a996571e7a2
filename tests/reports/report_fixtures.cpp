#include "report_fixtures.hpp"

#include "process_runner.hpp"

#include "checklists/assessment_loader.hpp"
#include "checklists/checklist_loader.hpp"

#include <expat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <sstream>

namespace ccg::test {

namespace {

const std::string kData = CCG_TEST_DATA_DIR "/reports";

}  // namespace

ReportFixture::ReportFixture()
    : checklist(loadChecklistOrThrow(kData + "/checklist.xml")),
      review(loadAssessmentOrThrow(kData + "/review-2014.xml", checklist)),
      previous(loadAssessmentOrThrow(kData + "/review-2013.xml", checklist))
{
}

reports::ReportInput ReportFixture::input(bool withPrevious) const
{
    return {checklist, review, withPrevious ? &previous : nullptr, reviewDate()};
}

reports::ReportModel ReportFixture::model(bool withPrevious) const
{
    return reports::buildReportModel(input(withPrevious));
}

DemoFixture::DemoFixture()
    : checklist(loadChecklistOrThrow(CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml")),
      review(loadAssessmentOrThrow(CCG_SOURCE_DIR "/resources/demo/northmoor-2014.xml", checklist)),
      previous(loadAssessmentOrThrow(CCG_SOURCE_DIR "/resources/demo/northmoor-2013.xml", checklist))
{
}

reports::ReportModel DemoFixture::model(reports::Audience audience) const
{
    return reports::buildReportModel({checklist, review, &previous, reviewDate(), nullptr, audience});
}

Date reviewDate()
{
    return *parseIsoDate("2014-03-14");
}

const std::vector<std::string>& hostileStrings()
{
    static const std::vector<std::string> strings{
        "<script>alert('x')</script>",
        "Tom & Jerry say \"quoted\" & 'single'",
        "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xE2\x80\xAEreversed\xE2\x80\xAC \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7",
        "Emoji \xF0\x9F\x8F\xA5\xF0\x9F\x91\xA9\xE2\x80\x8D\xE2\x9A\x95\xEF\xB8\x8F ok",
        "=cmd|' /C calc'!A0",
        "]]> </td></tr></table> <!-- -->",
    };
    return strings;
}

const std::string& longNote()
{
    static const std::string note = [] {
        std::string text;
        for (int i = 0; text.size() < 9990; ++i)
            text += "word" + std::to_string(i % 10) + " ";
        text.resize(9990);
        return text + "END-OF-NOTE";
    }();
    return note;
}

Assessment hostileReview(const ReportFixture& fixture)
{
    Assessment review = fixture.review;
    const auto& h = hostileStrings();
    review.organisation->name = h[0];
    review.review->title = h[1];
    review.raters[0].name = h[2];
    review.answers[0].note = h[3];
    review.answers[0].evidence = h[5];
    review.answers[3].note = longNote();
    review.actions[0].text = h[4];
    review.actions[0].owner = h[1];
    review.actions[1].text = h[2];
    review.actions[2].owner = h[3];
    return review;
}

Assessment spoofingReview(const ReportFixture& fixture)
{
    Assessment review = fixture.review;
    review.organisation->name = "NHS \u202EGCC elpmaxE";
    review.raters[0].name = "Mallory\u202E";
    review.raters[1].name = "Alice Smith";
    review.answers[0].note = "Agreed \u202Bby the board\u2067 on Monday";
    return review;
}

int openBidiControls(std::string_view text)
{
    std::vector<bool> open;  // true: an isolate, false: an embedding or override
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            open.clear();
            continue;
        }
        if (text.compare(i, 2, "\xE2\x80") == 0 && i + 2 < text.size()) {
            const auto c = static_cast<unsigned char>(text[i + 2]);
            if (c == 0xAA || c == 0xAB || c == 0xAD || c == 0xAE)
                open.push_back(false);
            else if (c == 0xAC && !open.empty() && !open.back())
                open.pop_back();
        } else if (text.compare(i, 2, "\xE2\x81") == 0 && i + 2 < text.size()) {
            const auto c = static_cast<unsigned char>(text[i + 2]);
            if (c >= 0xA6 && c <= 0xA8) {
                open.push_back(true);
            } else if (c == 0xA9) {
                const auto isolate = std::find(open.rbegin(), open.rend(), true);
                if (isolate != open.rend())
                    open.erase(std::prev(isolate.base()), open.end());
            }
        }
    }
    return static_cast<int>(open.size());
}

LongReview longReview(int items)
{
    std::ostringstream xml;
    xml << R"(<?xml version="1.0" encoding="UTF-8"?>
<checklist id="long" version="1" title="Long checklist">
  <scale><level value="0" label="None">Nothing.</level><level value="1" label="Some">Some.</level>
  <level value="2" label="Most">Most.</level><level value="3" label="All">All.</level></scale>
)";
    for (int d = 0; d < 4; ++d) {
        xml << "<domain id=\"domain-" << d << "\" title=\"Domain number " << d << "\">\n";
        for (int i = d; i < items; i += 4) {
            xml << "<item id=\"item-" << i << "\"" << (i % 7 == 0 ? " critical=\"true\"" : "") << ">"
                << "<question>Question " << i << ": does the board do the thing it has promised to do?</question>"
                << "<guidance>GSTART" << i << " ";
            for (int w = 0; w < 10 + (i % 5) * 6; ++w)
                xml << "guidance ";
            xml << "GEND" << i << "</guidance></item>\n";
        }
        xml << "</domain>\n";
    }
    xml << "</checklist>\n";
    const auto loaded = parseChecklist(xml.str(), "long.xml");
    LongReview result{*loaded.checklist, {}};
    Assessment& review = result.review;
    review.checklistId = "long";
    review.checklistVersion = "1";
    review.organisation = Organisation{"00L", "NHS Long CCG"};
    review.review = ReviewInfo{"long", "Long review", "2014-03-14"};
    for (int i = 0; i < items; ++i) {
        Answer answer{"item-" + std::to_string(i), "", Rating::at(1), "", ""};
        if (i % 9 == 0)
            answer.note = std::string(600 + 40 * (i % 5), 'n') + " NOTE-" + std::to_string(i);
        review.answers.push_back(answer);
        review.actions.push_back({"item-" + std::to_string(i), "Owner " + std::to_string(i), "2014-06-30",
                                  ActionStatus::Open, "ACTION" + std::to_string(i) + " do the thing"});
    }
    return result;
}

std::string findTool(const std::string& name)
{
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        const auto candidate = std::filesystem::path(dir.empty() ? "." : dir) / name;
        std::error_code ec;
        if (std::filesystem::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0)
            return candidate.string();
    }
    return {};
}

XmlParse parseXml(std::string_view document)
{
    XmlParse result;
    XML_Parser parser = XML_ParserCreate("UTF-8");
    XML_SetUserData(parser, &result);
    XML_SetElementHandler(
        parser,
        [](void* data, const XML_Char* name, const XML_Char** attributes) {
            auto& parse = *static_cast<XmlParse*>(data);
            parse.elements.emplace_back(name);
            auto& found = parse.attributes.emplace_back();
            for (; attributes[0]; attributes += 2)
                found.emplace(attributes[0], attributes[1]);
        },
        [](void*, const XML_Char*) {});
    XML_SetCharacterDataHandler(parser, [](void* data, const XML_Char* text, int length) {
        static_cast<XmlParse*>(data)->text.append(text, static_cast<std::size_t>(length));
    });
    result.wellFormed =
        XML_Parse(parser, document.data(), static_cast<int>(document.size()), XML_TRUE) == XML_STATUS_OK;
    if (!result.wellFormed)
        result.error = std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
                       std::to_string(XML_GetCurrentLineNumber(parser));
    XML_ParserFree(parser);
    return result;
}

std::vector<std::string> pdfPages(const std::string& pdftotext, const std::string& pdf)
{
    const auto result = runProcess(pdftotext, {"-enc", "UTF-8", pdf, "-"});
    if (result.exitCode != 0)
        return {};
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t end; (end = result.out.find('\f', start)) != std::string::npos; start = end + 1)
        pages.push_back(result.out.substr(start, end - start));
    return pages;
}

bool matchesApproved(const std::string& name, const std::string& received)
{
    const std::string approved = readFile(CCG_SOURCE_DIR "/tests/reports/approved/" + name);
    if (approved == received)
        return true;
    const std::filesystem::path dir = CCG_BINARY_DIR "/tests/reports/received";
    std::filesystem::create_directories(dir);
    writeFile((dir / name).string(), received);
    return false;
}

}  // namespace ccg::test
