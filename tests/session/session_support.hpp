#pragma once

// The mini checklist of tests/data and a session on a fresh repository, for the session tests.
#include "app/session/review_session.hpp"
#include "app/storage/repository.hpp"

#include <string>

namespace ccg::test {

inline const std::string kMiniChecklist = CCG_TEST_DATA_DIR "/mini-checklist.xml";

/// A session on `repository` with one organisation and one open review of the mini checklist.
struct SessionWithReview {
    explicit SessionWithReview(storage::Repository repo)
        : repository(std::move(repo)), session(repository, kMiniChecklist)
    {
        organisationId = session.createOrganisation({"00Q", "NHS Example CCG"});
        reviewId = session.createReview(organisationId, {"2014-q1", "Board self-review", "2014-03-01"}, {});
    }

    storage::Repository repository;
    session::ReviewSession session;
    storage::RowId organisationId = 0;
    storage::RowId reviewId = 0;
};

}  // namespace ccg::test
