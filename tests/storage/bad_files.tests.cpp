// Every file of the bad-input corpus, imported into a database: a FILE:LINE finding, no trace.
#include "app/storage/answers_exchange.hpp"
#include "storage_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace ccg;
using namespace ccg::storage;
namespace fs = std::filesystem;

namespace {

struct BadCase {
    std::string file;
    int line = 0;
    std::string words;
};

std::vector<BadCase> corpus()
{
    std::vector<BadCase> cases;
    std::ifstream in(fs::path(CCG_TEST_DATA_DIR) / "bad" / "expected.tsv");
    for (std::string row; std::getline(in, row);) {
        if (row.empty() || row[0] == '#')
            continue;
        std::istringstream fields(row);
        BadCase bad;
        std::string line;
        std::getline(fields, bad.file, '\t');
        std::getline(fields, line, '\t');
        std::getline(fields, bad.words);
        bad.line = std::stoi(line);
        cases.push_back(bad);
    }
    return cases;
}

}  // namespace

TEST_CASE("Every bad file of the corpus is refused by import with its line and leaves no trace",
          "[storage][exchange][bad]")
{
    const auto cases = corpus();
    REQUIRE(cases.size() > 100);
    auto repository = Repository::openInMemory();
    const RowId mini = repository.storeChecklist(test::miniChecklistText(), test::kMiniChecklistPath);
    for (const auto& bad : cases) {
        const std::string path = (fs::path(CCG_TEST_DATA_DIR) / "bad" / bad.file).string();
        CAPTURE(bad.file);
        const bool isAnswers = bad.file.rfind("answers/", 0) == 0;
        try {
            if (isAnswers)
                importAnswersFile(repository, mini, path);
            else
                importAnswersFile(repository, path, test::kMiniAnswersPath);
            FAIL("a bad file was imported");
        } catch (const InputError& error) {
            REQUIRE_FALSE(error.diagnostics().empty());
            const auto found = std::find_if(error.diagnostics().begin(), error.diagnostics().end(),
                                            [&](const Diagnostic& d) {
                                                return d.file == path && d.line == bad.line &&
                                                       d.message.find(bad.words) != std::string::npos;
                                            });
            CHECK(found != error.diagnostics().end());
        }
    }
    CHECK(repository.listReviews().empty());
    CHECK(repository.listOrganisations().empty());
    CHECK(repository.listChecklists().size() == 1);
}
