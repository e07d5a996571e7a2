#pragma once

#include <wx/dialog.h>

#include <functional>

class wxListCtrl;
class wxStaticText;

namespace ccg::session {
class ReviewSession;
}

namespace ccg::gui {

/// The rating round at a glance: for each rater, when their form was written, when it came
/// back and from which file, how many items they have rated and when they last changed one.
class ReturnsDialog : public wxDialog {
public:
    /// `importReturns` and `sendForms` run the File and Review menu commands of the same names.
    ReturnsDialog(wxWindow* parent, session::ReviewSession& session, std::function<void()> importReturns,
                  std::function<void()> sendForms);

    /// Reads the raters' progress from the session again.
    void refresh();
    [[nodiscard]] wxListCtrl* list() const { return m_list; }

private:
    session::ReviewSession& m_session;
    wxStaticText* m_summary = nullptr;
    wxListCtrl* m_list = nullptr;
};

}  // namespace ccg::gui
