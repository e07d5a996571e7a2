#pragma once

#include <string>

namespace ccg::session {

/// What changed, so that views refresh what they show.
enum class Change { Review, Answers, Raters, Actions, Reviews };

/// A change and the item it concerns (empty when it is not about one item).
struct ChangeEvent {
    Change what = Change::Review;
    std::string itemId;
};

}  // namespace ccg::session
