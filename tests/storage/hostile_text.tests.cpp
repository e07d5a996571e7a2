// Whatever people type is stored and read back byte for byte, and never read as SQL.
#include "storage_test_support.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace ccg;
using namespace ccg::storage;

namespace {

std::string controlCharacters()
{
    std::string text;
    for (char c = 1; c < 0x20; ++c)
        text += c;
    return text + "\x7f";
}

}  // namespace

TEST_CASE("Hostile text is stored and read back verbatim", "[storage][hostile]")
{
    const std::string text = GENERATE(std::string("O'Brien said \"no\"; -- really"),
                                      std::string("'; DROP TABLE answers; --"),
                                      std::string("Robert'); DELETE FROM reviews WHERE ('1'='1"),
                                      controlCharacters(),
                                      std::string(1 << 20, 'x') + "end",
                                      std::string("Emoji \xF0\x9F\x98\x80 \xF0\x9F\x8F\xA5 and \xE2\x80\xAE right-to-left"),
                                      std::string("%s %n %x {0} ${HOME} $(rm -rf /) \\ \\\\"),
                                      std::string("<note>&amp;</note>]]>"),
                                      std::string("?1 ?2 :name @x $y"));
    CAPTURE(text.substr(0, 60));
    test::TempDir dir;
    RowId reviewId = 0;
    RowId actionId = 0;
    {
        test::MiniDatabase db(Repository::open(dir.file("hostile.sqlite")));
        reviewId = db.reviewId;
        db.repository.addRater(reviewId, {"r1", text, text});
        db.repository.setAnswer(reviewId, {"gov-01", "r1", Rating::at(2), text, text});
        actionId = db.repository.addAction(reviewId, {"gov-01", text, "", ActionStatus::Open, text});
        db.repository.updateOrganisation(db.organisationId, {"00Q", text});
        db.repository.updateReviewInfo(reviewId, {"2014-q1", text, "2014-03-01"});
    }
    const auto repository = Repository::open(dir.file("hostile.sqlite"));
    const auto stored = repository.loadReview(reviewId);
    const Answer* answer = stored.assessment.findAnswer("gov-01", "r1");
    REQUIRE(answer);
    CHECK(answer->note == text);
    CHECK(answer->evidence == text);
    CHECK(stored.assessment.findRater("r1")->name == text);
    CHECK(stored.assessment.actions[0].text == text);
    CHECK(stored.assessment.actions[0].owner == text);
    CHECK(stored.actions[0].id == actionId);
    CHECK(stored.summary.organisation.name == text);
    CHECK(stored.summary.info.title == text);
    CHECK(repository.listAudit({reviewId, 1})[0].newValue == text);
    // Every table is still there and whole.
    CHECK(repository.listReviews().size() == 1);
    CHECK(repository.listChecklists().size() == 1);
}

TEST_CASE("Hostile keys find nothing rather than everything", "[storage][hostile]")
{
    test::MiniDatabase db(Repository::openInMemory());
    CHECK_FALSE(db.repository.findOrganisation("' OR '1'='1"));
    CHECK_FALSE(db.repository.findReview("00Q", "' OR '1'='1"));
    CHECK_THROWS_AS(db.repository.setRating(db.reviewId, "' OR '1'='1", "gov-01", Rating::at(1)), StorageError);
    CHECK_THROWS_AS(db.repository.setRating(db.reviewId, "chair", "gov-01' --", Rating::at(1)), StorageError);
}
