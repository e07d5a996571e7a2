// Runs `ccg-selfassess verify` on files signed off with nothing but the standard tools of §12.
#include "process_runner.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <string>
#include <vector>

using namespace ccg::test;

namespace {

const std::string kChecklist = CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml";
const std::string kDemo = CCG_SOURCE_DIR "/resources/demo/northmoor-2014.xml";
const std::string kSignOff = R"(<sign-off date="2015-03-26" meeting="Board meeting in public" minute="GB/15/031" )"
                             R"(approver="Dr Asha Patel" role="Chair" fingerprint=""/>)";

ProcessResult run(const std::vector<std::string>& args)
{
    return runProcess(CCG_EXECUTABLE, args);
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

/// `text` with its sign-off's fingerprint filled in by the shell line of §12 (not by our code).
std::string signedWithShell(const TempDir& dir, const std::string& text)
{
    const std::string file = dir.file("to-sign.xml");
    writeFile(file, text);
    const auto hash = runProcess("/bin/sh", {"-c",
        "sed 's/fingerprint=\"sha256:[0-9a-f]*\"/fingerprint=\"\"/' \"$1\" | xmllint --c14n - | sha256sum", "sh", file});
    REQUIRE(hash.exitCode == 0);
    REQUIRE(hash.out.size() > 64);
    return replaced(text, R"(fingerprint="")", "fingerprint=\"sha256:" + hash.out.substr(0, 64) + "\"");
}

/// The demo review with a sign-off after its <review> (line 5), fingerprint empty.
std::string unsignedDemo()
{
    const std::string review = R"(date="2014-03-14" follows="2013-q1"/>)" "\n";
    return replaced(readFile(kDemo), review, review + "  " + kSignOff + "\n");
}

}  // namespace

TEST_CASE("verify is listed in --help and answers verify --help with its usage", "[cli][verify]")
{
    const auto help = run({"--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("verify --checklist C --answers A") != std::string::npos);
    const auto usage = run({"verify", "--help"});
    CHECK(usage.exitCode == 0);
    CHECK(usage.out.rfind("Usage: ccg-selfassess verify --checklist C --answers A\n", 0) == 0);
    CHECK(usage.out.find("sha256sum") != std::string::npos);
}

TEST_CASE("verify says a file signed off with the standard tools matches, with its approval", "[cli][verify]")
{
    TempDir dir;
    const std::string file = dir.file("signed.xml");
    const std::string text = signedWithShell(dir, unsignedDemo());
    writeFile(file, text);
    const auto fingerprint = text.substr(text.find("sha256:"), 71);
    const auto result = run({"verify", "--checklist", kChecklist, "--answers", file});
    CHECK(result.exitCode == 0);
    CHECK(result.err.empty());
    CHECK(result.out == file + ": matches its fingerprint " + fingerprint +
                            "\n  approved 2015-03-26 at Board meeting in public, minute GB/15/031, by Dr Asha Patel "
                            "(Chair)\n");
}

TEST_CASE("verify says a file changed after its approval was changed, with the sign-off's line", "[cli][verify]")
{
    auto [from, to] = GENERATE(table<std::string, std::string>({
        {"every cover sheet", "every  cover sheet"},
        {R"(<answer item="org-02" rater="chair" level="2"/>)", R"(<answer item="org-02" rater="chair" level="3"/>)"},
        {"<assessment ", "<!-- x --><assessment "},
        {"Dr Asha Patel\" role=\"Chair\"", "Dr Asha Patel\" role=\"Chair (GP)\""},
    }));
    CAPTURE(to);
    TempDir dir;
    const std::string file = dir.file("signed.xml");
    writeFile(file, replaced(signedWithShell(dir, unsignedDemo()), from, to));
    const auto result = run({"verify", "--checklist", kChecklist, "--answers", file});
    CHECK(result.exitCode == 1);
    CHECK(result.err == file + ":5: the file was changed after it was approved\n");
    CHECK(result.out.empty());
}

TEST_CASE("verify refuses a file that is not a valid signed-off review, with the reason", "[cli][verify]")
{
    TempDir dir;
    const std::string signedDemo = signedWithShell(dir, unsignedDemo());
    const std::string invalidSigned = signedWithShell(
        dir, replaced(unsignedDemo(), R"(<answer item="org-02" rater="chair" level="2"/>)",
                      R"(<answer item="org-02" rater="chair" level="7"/>)"));
    auto [what, text, message] = GENERATE_COPY(table<std::string, std::string, std::string>({
        {"no sign-off", readFile(kDemo), ":2: the file has no <sign-off>: it records no approval to check\n"},
        {"not well-formed", replaced(signedDemo, "</assessment>", "</assessmen>"),
         ":254: malformed XML: mismatched tag: </assessmen> does not close <assessment>, opened on line 2; the closing tag must name the element it closes\n"},
        {"truncated", signedDemo.substr(0, 300), ":5: malformed XML: unclosed token\n"},
        {"two sign-offs", replaced(signedDemo, "  <rater id=\"chair\"", "  " + kSignOff + "\n  <rater id=\"chair\""),
         ":6: a second <sign-off> (the first is on line 5); a file records at most one approval\n"},
        {"a DTD with an external entity",
         "<!DOCTYPE assessment [<!ENTITY e SYSTEM \"http://127.0.0.1:9/e\">]>\n" + signedDemo,
         ":1: DOCTYPE declarations are not allowed\n"},
        {"a malformed fingerprint", unsignedDemo(),
         ":5: <sign-off> fingerprint '' is not \"sha256:\" and 64 lower-case hex digits\n"},
        {"valid fingerprint, invalid answers", invalidSigned, ":12: level 7 is outside the scale 0..4\n"},
        {"changed and invalid: the change is reported", replaced(signedDemo, "level=\"3\"", "level=\"8\""),
         ":5: the file was changed after it was approved\n"},
    }));
    CAPTURE(what);
    const std::string file = dir.file("answers.xml");
    writeFile(file, text);
    const auto result = run({"verify", "--checklist", kChecklist, "--answers", file});
    CHECK(result.exitCode == 1);
    CHECK(result.err == file + message);
    CHECK(result.out.empty());
}

TEST_CASE("verify refuses files it cannot read or that are too large", "[cli][verify]")
{
    auto [name, message] = GENERATE(table<std::string, std::string>({
        {"huge.xml", ":1: file is larger than 16 MiB; refused\n"},
        {"missing.xml", ":1: cannot read file: No such file or directory\n"},
        {"", ":1: is a directory, not a file\n"},
    }));
    TempDir dir;
    const std::string answers = name.empty() ? dir.path() : dir.file(name);
    if (name == "huge.xml")
        writeFile(answers, "<assessment>" + std::string((std::size_t{16} << 20) + 1, ' ') + "</assessment>");
    const auto result = run({"verify", "--checklist", kChecklist, "--answers", answers});
    CHECK(result.exitCode == 1);
    CHECK(result.err == answers + message);
    CHECK(result.out.empty());
}

TEST_CASE("verify checks the file against the checklist it names", "[cli][verify]")
{
    TempDir dir;
    const std::string file = dir.file("signed.xml");
    writeFile(file, signedWithShell(dir, unsignedDemo()));
    const auto result = run({"verify", "--checklist", CCG_TEST_DATA_DIR "/mini-checklist.xml", "--answers", file});
    CHECK(result.exitCode == 1);
    CHECK(result.err.rfind(file + ":2: ", 0) == 0);
    CHECK(result.out.empty());
}

TEST_CASE("verify used wrongly exits 2 with a hint", "[cli][verify]")
{
    auto args = GENERATE(as<std::vector<std::string>>{},
        std::vector<std::string>{"verify"},
        std::vector<std::string>{"verify", "--checklist", kChecklist},
        std::vector<std::string>{"verify", "--answers", kDemo},
        std::vector<std::string>{"verify", "--checklist", kChecklist, "--answers", kDemo, "extra.xml"},
        std::vector<std::string>{"verify", "--checklist", kChecklist, "--answers", kDemo, "--format", "json"},
        std::vector<std::string>{"verify", "--checklist", kChecklist, "--answers"},
        std::vector<std::string>{"verify", "--checklist", kChecklist, "--answers", kDemo, "--answers", kDemo});
    CAPTURE(args);
    const auto result = run(args);
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("--help") != std::string::npos);
    CHECK(result.out.empty());
}

TEST_CASE("report --assurance takes one of the four levels, and not for a signed-off file", "[cli][assurance]")
{
    TempDir dir;
    const std::string out = dir.file("paper.html");
    const auto bad = run({"report", "--checklist", kChecklist, "--answers", kDemo, "--format", "html", "-o", out,
                          "--assurance", "Reasonable"});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.find("--assurance must be substantial, reasonable, limited or none, not 'Reasonable'") !=
          std::string::npos);
    CHECK(run({"report", "--checklist", kChecklist, "--answers", kDemo, "--format", "html", "-o", out, "--assurance",
               "limited"})
              .exitCode == 0);
    const std::string file = dir.file("signed.xml");
    writeFile(file, signedWithShell(dir, unsignedDemo()));
    const auto refused = run({"report", "--checklist", kChecklist, "--answers", file, "--format", "html", "-o",
                              dir.file("signed.html"), "--assurance", "substantial"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find(file + ":1: the answers were signed off on 2015-03-26") != std::string::npos);
}
