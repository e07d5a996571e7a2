#include "checklists/sign_off_fingerprint.hpp"

#include "checklists/canonical_xml.hpp"
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <string>

using namespace ccg;
using namespace ccg::test;
using Verdict = SignOffCheck::Verdict;

namespace {

/// PRODUCT.md §12, word for word: the check anyone can run with standard tools.
const std::string kShellLine =
    R"(sed 's/fingerprint="sha256:[0-9a-f]*"/fingerprint=""/' FILE | xmllint --c14n - | sha256sum)";

const std::string kSignOff = R"(<sign-off date="2015-03-26" meeting="Board meeting in public" minute="GB/15/031" )"
                             R"(approver="Dr Asha Patel" role="Chair" fingerprint=""/>)";
constexpr int kSignOffLine = 5;  // the demo's <review> is on line 4

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

/// The demo review with a sign-off after its <review>, fingerprint empty.
std::string unsignedDemo()
{
    const std::string demo = readFile(CCG_SOURCE_DIR "/resources/demo/northmoor-2014.xml");
    REQUIRE(!demo.empty());
    const std::string review = R"(date="2014-03-14" follows="2013-q1"/>)" "\n";
    return replaced(demo, review, review + "  " + kSignOff + "\n");
}

/// The demo review, signed off with the fingerprint filled in.
const std::string& signedDemo()
{
    static const std::string text = withSignOffFingerprint(unsignedDemo(), "signed.xml");
    return text;
}

std::string recordedFingerprint(const std::string& text)
{
    const auto check = checkSignOff(text, "signed.xml");
    REQUIRE(check.signOff);
    REQUIRE(check.signOff->fingerprint);
    return *check.signOff->fingerprint;
}

/// What the §12 shell line prints for `text`, as "sha256:HEX".
std::string shellFingerprint(const std::string& text)
{
    TempDir dir;
    const std::string file = dir.file("answers.xml");
    writeFile(file, text);
    std::string line = kShellLine;
    line.replace(line.find("FILE"), 4, "'" + file + "'");
    const auto result = runProcess("/bin/sh", {"-c", line});
    REQUIRE(result.exitCode == 0);
    REQUIRE(result.out.size() > 64);
    return "sha256:" + result.out.substr(0, 64);
}

std::string oneMessage(const SignOffCheck& check)
{
    REQUIRE(check.errors.size() == 1);
    return check.errors.front().str();
}

}  // namespace

TEST_CASE("The fingerprint a signed-off file carries is what the standard shell line computes",
          "[sign-off][fingerprint]")
{
    const std::string& text = signedDemo();
    const std::string fingerprint = recordedFingerprint(text);
    CHECK(isFingerprintText(fingerprint));
    CHECK(shellFingerprint(text) == fingerprint);
    CHECK(answersFingerprint(text, "signed.xml").fingerprint == fingerprint);

    const auto check = checkSignOff(text, "signed.xml");
    CHECK(check.verdict == Verdict::kMatches);
    CHECK(check.errors.empty());
    CHECK(check.fingerprint == fingerprint);
    CHECK(check.signOff->line == kSignOffLine);
    CHECK(check.signOff->date == "2015-03-26");
    CHECK(check.signOff->meeting == "Board meeting in public");
    CHECK(check.signOff->minute == "GB/15/031");
    CHECK(check.signOff->approver == "Dr Asha Patel");
    CHECK(check.signOff->role == "Chair");
}

TEST_CASE("Filling in the fingerprint changes only the fingerprint attribute, and filling again changes nothing",
          "[sign-off][fingerprint]")
{
    const std::string& text = signedDemo();
    const std::string fingerprint = recordedFingerprint(text);
    CHECK(text == replaced(unsignedDemo(), R"(fingerprint="")", "fingerprint=\"" + fingerprint + "\""));
    CHECK(withSignOffFingerprint(text, "signed.xml") == text);
    // An out-of-date fingerprint is replaced by the right one.
    const std::string stale = replaced(text, fingerprint, "sha256:" + std::string(64, '0'));
    CHECK(withSignOffFingerprint(stale, "signed.xml") == text);
}

TEST_CASE("Filling in adds a missing fingerprint attribute and rewrites a single-quoted one in double quotes",
          "[sign-off][fingerprint]")
{
    const std::string& text = signedDemo();
    const std::string fingerprint = recordedFingerprint(text);
    const std::string attribute = " fingerprint=\"" + fingerprint + "\"";
    auto [from, to] = GENERATE_REF(table<std::string, std::string>({
        {attribute, ""},
        {attribute, " fingerprint='sha256:'"},
        {attribute, " fingerprint = ''"},
    }));
    CAPTURE(to);
    const std::string edited = replaced(text, from, to);
    CHECK(withSignOffFingerprint(edited, "signed.xml") == text);
}

TEST_CASE("A one-byte change anywhere in a signed-off file means it was changed after it was approved",
          "[sign-off][fingerprint]")
{
    auto [what, from, to] = GENERATE(table<std::string, std::string, std::string>({
        {"a letter in a note", "Purpose statement agreed", "Purpose statement agreeD"},
        {"a rating", R"(<answer item="org-01" rater="accountable-officer" level="3"/>)",
         R"(<answer item="org-01" rater="accountable-officer" level="2"/>)"},
        {"an attribute of the organisation", R"(name="NHS Northmoor CCG")", R"(name="NHS Northmoor CCH")"},
        {"a space inside a note", "every cover sheet", "every  cover sheet"},
        {"a space at the end of a note", "serves.</note>", "serves. </note>"},
        {"a new line between elements", "\n  <rater id=\"chair\"", "\n\n  <rater id=\"chair\""},
        {"the approval's minute", "GB/15/031", "GB/15/032"},
        {"a comment added", "<assessment ", "<!-- checked --><assessment "},
        {"an attribute added", R"(<agreed item="org-04" level="2"/>)", R"(<agreed item="org-04" level="2" na="true"/>)"},
    }));
    CAPTURE(what);
    const std::string& text = signedDemo();
    const std::string changed = replaced(text, from, to);
    const auto check = checkSignOff(changed, "signed.xml");
    CHECK(check.verdict == Verdict::kChanged);
    CHECK(oneMessage(check) == "signed.xml:" + std::to_string(kSignOffLine) + ": the file was changed after it was approved");
    // The standard check says so too.
    CHECK(shellFingerprint(changed) != recordedFingerprint(text));
}

TEST_CASE("A change inside a comment counts: the canonical form keeps comments", "[sign-off][fingerprint]")
{
    const std::string signedWithComment = withSignOffFingerprint(
        replaced(unsignedDemo(), "<assessment ", "<!-- draft for the board -->\n<assessment "), "signed.xml");
    REQUIRE(checkSignOff(signedWithComment, "signed.xml").verdict == Verdict::kMatches);
    CHECK(shellFingerprint(signedWithComment) == recordedFingerprint(signedWithComment));
    const std::string edited = replaced(signedWithComment, "draft for", "final for");
    CHECK(checkSignOff(edited, "signed.xml").verdict == Verdict::kChanged);
}

TEST_CASE("What the canonical form does not keep does not change the fingerprint", "[sign-off][fingerprint]")
{
    // Canonical XML writes attributes sorted, one space apart, in double quotes, with references
    // resolved; it drops the XML declaration and what lies outside the root element but comments.
    auto [what, from, to] = GENERATE(table<std::string, std::string, std::string>({
        {"spaces between attributes", R"(<organisation code="99X" name=)", "<organisation   code=\"99X\"\n\tname="},
        {"attributes in another order", R"(<organisation code="99X" name="NHS Northmoor CCG"/>)",
         R"(<organisation name="NHS Northmoor CCG" code="99X"/>)"},
        {"single quotes on another attribute", R"(code="99X")", "code='99X'"},
        {"a character reference", R"(code="99X")", R"(code="&#57;9X")"},
        {"a space before the end of a tag", R"(code="99X" name="NHS Northmoor CCG"/>)",
         R"(code="99X" name="NHS Northmoor CCG" />)"},
        {"the sign-off split over two lines", R"(minute="GB/15/031" approver=)", "minute=\"GB/15/031\"\n    approver="},
        {"no XML declaration", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", ""},
        {"a new line after the root element", "</assessment>\n", "</assessment>\n\n\n"},
        {"an empty element written with an end tag", R"(<agreed item="org-04" level="2"/>)",
         R"(<agreed item="org-04" level="2"></agreed>)"},
    }));
    CAPTURE(what);
    const std::string& text = signedDemo();
    const std::string same = replaced(text, from, to);
    const auto check = checkSignOff(same, "signed.xml");
    CHECK(check.verdict == Verdict::kMatches);
    CHECK(check.errors.empty());
    CHECK(shellFingerprint(same) == recordedFingerprint(text));
}

TEST_CASE("A fingerprint the standard shell line cannot read is not confirmed, though the canonical form matches",
          "[sign-off][fingerprint]")
{
    // Each file is signed as the canonical form defines it (the sign-off's attribute blanked in
    // the tree), but written so that the sed of the shell line misses the attribute or blanks
    // other text too, so the shell line gives another hash.
    const std::string quoteProblem = "signed.xml:5: the <sign-off> fingerprint is not written "
                                     "fingerprint=\"sha256:...\" (double quotes, no space around '='), so the standard "
                                     "check (sed, xmllint --c14n and sha256sum) cannot confirm it";
    const std::string elsewhere = ": text of the form fingerprint=\"sha256:...\" outside the <sign-off>: the standard "
                                  "check (sed, xmllint --c14n and sha256sum) would blank it too, and could not "
                                  "confirm the approval";
    const std::string attribute = R"(fingerprint="sha256:@@")";
    auto [what, from, to, message] = GENERATE_COPY(table<std::string, std::string, std::string, std::string>({
        {"single quotes", attribute, "fingerprint='sha256:@@'", quoteProblem},
        {"spaces around =", attribute, "fingerprint = \"sha256:@@\"", quoteProblem},
        {"a character reference", attribute, "fingerprint=\"&#115;ha256:@@\"", quoteProblem},
        {"such text in a note", "every cover sheet", "every fingerprint=\"sha256:0a\" cover sheet",
         "signed.xml:9" + elsewhere},
        {"such text earlier on the sign-off's line", "<sign-off ", "<!-- fingerprint=\"sha256:\" --><sign-off ",
         "signed.xml:5" + elsewhere},
    }));
    CAPTURE(what);
    const std::string edited = replaced(replaced(unsignedDemo(), R"(fingerprint="")", attribute), from, to);
    const auto fingerprint = answersFingerprint(edited, "signed.xml").fingerprint;
    REQUIRE(fingerprint);
    const std::string signedText = replaced(edited, "@@", fingerprint->substr(7));
    REQUIRE(answersFingerprint(signedText, "signed.xml").fingerprint == fingerprint);

    const auto check = checkSignOff(signedText, "signed.xml");
    CHECK(check.verdict == Verdict::kUnreadable);
    CHECK(oneMessage(check) == message);
    CHECK(shellFingerprint(signedText) != *fingerprint);
    // Filling in writes it the way the shell line reads, where it can.
    if (message == quoteProblem)
        CHECK(checkSignOff(withSignOffFingerprint(signedText, "signed.xml"), "signed.xml").verdict ==
              Verdict::kMatches);
    else
        CHECK_THROWS_WITH(withSignOffFingerprint(signedText, "signed.xml"), message);
}

TEST_CASE("A file that cannot be a signed-off review is refused with the reason, never a crash",
          "[sign-off][fingerprint][bad-input]")
{
    const std::string& text = signedDemo();
    const std::string fingerprint = recordedFingerprint(text);
    const std::string head = "<assessment checklist=\"x\">\n";
    auto [what, input, message] = GENERATE_COPY(table<std::string, std::string, std::string>({
        {"not well-formed", head + "<sign-off>\n</assessment>\n", "signed.xml:3: malformed XML: mismatched tag: </assessment> does not close <sign-off>, opened on line 2; "
                                         "the closing tag must name the element it closes"},
        {"truncated", text.substr(0, text.size() / 2),
         "signed.xml:128: malformed XML: no element found (the file is truncated or has no root element)"},
        {"empty", "", "signed.xml:1: file is empty; expected an XML document"},
        {"over the size limit", head + std::string(std::size_t{16} << 20, ' ') + "</assessment>",
         "signed.xml:1: file is larger than 16 MiB; refused"},
        {"a DTD with an external entity",
         "<!DOCTYPE assessment [<!ENTITY leak SYSTEM \"file:///etc/passwd\">]>\n" + head + "&leak;</assessment>",
         "signed.xml:1: DOCTYPE declarations are not allowed"},
        {"an entity that expands without bound",
         "<!DOCTYPE a [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<a>&b;</a>",
         "signed.xml:1: DOCTYPE declarations are not allowed"},
        {"UTF-16", std::string("\xFF\xFE<\0a\0/\0>\0", 10), "signed.xml:1: file is encoded as UTF-16; save it as UTF-8"},
        {"two sign-offs", replaced(text, "<rater id=\"chair\"", kSignOff + "\n  <rater id=\"chair\""),
         "signed.xml:6: a second <sign-off> (the first is on line 5); a file records at most one approval"},
        {"no fingerprint", replaced(text, " fingerprint=\"" + fingerprint + "\"", ""),
         "signed.xml:5: <sign-off> is missing required attribute 'fingerprint'"},
        {"an empty fingerprint", unsignedDemo(),
         "signed.xml:5: <sign-off> fingerprint '' is not \"sha256:\" and 64 lower-case hex digits"},
        {"upper-case hex", replaced(text, fingerprint, "sha256:" + std::string(64, 'A')),
         "signed.xml:5: <sign-off> fingerprint 'sha256:" + std::string(64, 'A') +
             "' is not \"sha256:\" and 64 lower-case hex digits"},
        {"63 hex digits", replaced(text, fingerprint, fingerprint.substr(0, fingerprint.size() - 1)),
         "signed.xml:5: <sign-off> fingerprint '" + fingerprint.substr(0, fingerprint.size() - 1) +
             "' is not \"sha256:\" and 64 lower-case hex digits"},
        {"another hash", replaced(text, fingerprint, "md5:0123456789abcdef0123456789abcdef"),
         "signed.xml:5: <sign-off> fingerprint 'md5:0123456789abcdef0123456789abcdef' is not \"sha256:\" and 64 "
         "lower-case hex digits"},
        {"a very long fingerprint", replaced(text, fingerprint, std::string(500, 'f')),
         "signed.xml:5: <sign-off> fingerprint '" + std::string(80, 'f') +
             "…' is not \"sha256:\" and 64 lower-case hex digits"},
    }));
    CAPTURE(what);
    const auto check = checkSignOff(input, "signed.xml");
    CHECK(check.verdict == Verdict::kUnreadable);
    CHECK(oneMessage(check) == message);
}

TEST_CASE("A file without a sign-off is not signed off, and has no sign-off to fill in", "[sign-off][fingerprint]")
{
    const std::string demo = readFile(CCG_SOURCE_DIR "/resources/demo/northmoor-2014.xml");
    const auto check = checkSignOff(demo, "demo.xml");
    CHECK(check.verdict == Verdict::kNotSignedOff);
    CHECK(oneMessage(check) == "demo.xml:2: the file has no <sign-off>: it records no approval to check");
    // Without a sign-off the fingerprint is that of the file as it is, as the shell line finds it.
    CHECK(answersFingerprint(demo, "demo.xml").fingerprint == shellFingerprint(demo));
    CHECK_THROWS_WITH(withSignOffFingerprint(demo, "demo.xml"),
                      "demo.xml:2: the file has no <sign-off> to put a fingerprint in");
}

TEST_CASE("Filling in refuses a file it could not sign so that the standard check confirms it",
          "[sign-off][fingerprint][bad-input]")
{
    auto [what, input, message] = GENERATE(table<std::string, std::string, std::string>({
        {"two sign-offs", replaced(unsignedDemo(), "<rater id=\"chair\"", kSignOff + "\n  <rater id=\"chair\""),
         "signed.xml:6: a second <sign-off> (the first is on line 5); a file records at most one approval"},
        {"not well-formed", replaced(unsignedDemo(), "</assessment>", "</assessmen>"),
         "signed.xml:254: malformed XML: mismatched tag: </assessmen> does not close <assessment>, opened on line 2; the closing tag must name the element it closes"},
        {"fingerprint text in a note", replaced(unsignedDemo(), "every cover sheet", "fingerprint=\"sha256:\""),
         "signed.xml:9: text of the form fingerprint=\"sha256:...\" outside the <sign-off>: the standard check (sed, "
         "xmllint --c14n and sha256sum) would blank it too, and could not confirm the approval"},
    }));
    CAPTURE(what);
    CHECK_THROWS_WITH(withSignOffFingerprint(input, "signed.xml"), message);
}

TEST_CASE("A file that starts with a byte order mark is signed and checked like any other", "[sign-off][fingerprint]")
{
    const std::string withMark = withSignOffFingerprint("\xEF\xBB\xBF" + unsignedDemo(), "signed.xml");
    CHECK(withMark == "\xEF\xBB\xBF" + signedDemo());
    CHECK(checkSignOff(withMark, "signed.xml").verdict == Verdict::kMatches);
}

TEST_CASE("The canonical form is the one xmllint writes, with comments", "[sign-off][fingerprint][c14n]")
{
    const std::string text = "<?xml version=\"1.0\"?>\n<!-- a -->\n<a  z='1' b=\"&lt;&#65;\"><c/><?p i?>x&amp;y\r\n</a>\n";
    Diagnostics errors;
    const auto canonical = xml::canonicalForm(text, "c.xml", false, errors);
    REQUIRE(canonical);
    CHECK(errors.empty());
    CHECK(*canonical == "<!-- a -->\n<a b=\"&lt;A\" z=\"1\"><c></c><?p i?>x&amp;y\n</a>");
    TempDir dir;
    writeFile(dir.file("c.xml"), text);
    CHECK(runProcess("/usr/bin/xmllint", {"--c14n", dir.file("c.xml")}).out == *canonical);
}

TEST_CASE("The SHA-256 is the standard one", "[sign-off][fingerprint]")
{
    CHECK(xml::sha256Fingerprint("") == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(xml::sha256Fingerprint("abc") == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("What libxml2 cannot read or canonicalise is reported, not printed", "[sign-off][fingerprint][c14n]")
{
    auto [input, message] = GENERATE(table<std::string, std::string>({
        {"<a>\n<b>", "c.xml:2: malformed XML: "},
        {"<a xmlns=\"relative/uri\"/>", "c.xml:1: the file cannot be put in canonical XML form: "},
    }));
    CAPTURE(input);
    Diagnostics errors;
    CHECK_FALSE(xml::canonicalForm(input, "c.xml", true, errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().str().rfind(message, 0) == 0);
    CHECK(errors.front().str().size() > message.size());
    CHECK(errors.front().str().find('\n') == std::string::npos);
}
