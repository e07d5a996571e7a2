#pragma once

// Driving the real main window in tests: menu commands, keys, dialogs answered in advance.
#include "app/gui/command_ids.hpp"
#include "app/gui/organisation_dialog.hpp"
#include "app/gui/rater_dialog.hpp"
#include "app/gui/review_dialog.hpp"

#include <wx/checkbox.h>
#include <wx/testing.h>
#include <wx/textctrl.h>

#include <string>
#include <vector>

class wxChoice;
class wxWindow;

namespace ccg::gui {
class MainFrame;
}

namespace ccg::test {

/// The named child of `parent` as a T, or null.
template <class T>
T* child(wxWindow* parent, const char* name)
{
    return dynamic_cast<T*>(wxWindow::FindWindowByName(name, parent));
}

/// Chooses a menu command as the user would.
void runMenu(wxWindow& frame, int id);

/// Picks the entry `label` of a choice control as the user would; the test fails without one.
void choose(wxChoice& choice, const wxString& label);

/// Creates organisation 00Q "NHS Example CCG" and its first review, "2014", through the File menu.
void createReviewByMenu(gui::MainFrame& frame);

/// Opens a main window on `database` with organisation 00Q's new review "2014" open (see
/// createReviewByMenu) and the focus in the item tree.
gui::MainFrame* openFrameWithNewReview(const std::string& database);

/// Opens a 1400 x 900 main window on `database` with the demo organisation's 2014 review open.
gui::MainFrame* openDemoFrame(const std::string& database);

/// Makes the frame's file dialogs choose `path` (GTK's native dialog cannot be answered unseen).
void answerFileDialogs(gui::MainFrame& frame, const std::string& path);
/// Makes the frame's file dialogs choose all of `paths` (a dialog that takes several files).
void answerFileDialogs(gui::MainFrame& frame, const std::vector<std::string>& paths);

/// Presses and releases a key (a character or a WXK_ code) in the window with the focus.
void pressKey(int key);

/// The text the Items page's header shows: the item's id, domain and question, or how to
/// open a review when none is open.
std::string itemHeaderText(gui::MainFrame& frame);

/// Types text into the window with the focus, key by key.
void typeText(const std::string& text);

/// Answers the new organisation dialog with a code and a name.
class FillOrganisation : public wxExpectModalBase<gui::OrganisationDialog, FillOrganisation> {
public:
    FillOrganisation(wxString code, wxString name) : m_code(std::move(code)), m_name(std::move(name)) {}

protected:
    int OnInvoked(gui::OrganisationDialog* dialog) const override
    {
        child<wxTextCtrl>(dialog, "code")->SetValue(m_code);
        child<wxTextCtrl>(dialog, "name")->SetValue(m_name);
        return wxID_OK;
    }

private:
    wxString m_code;
    wxString m_name;
};

/// Answers the new review dialog with a key, a title and whether rating is blind (the dialog's
/// default is blind; most tests look at every rater's levels at once), keeping its other defaults.
class FillReview : public wxExpectModalBase<gui::ReviewDialog, FillReview> {
public:
    FillReview(wxString key, wxString title, bool blind = false)
        : m_key(std::move(key)), m_title(std::move(title)), m_blind(blind)
    {
    }

protected:
    int OnInvoked(gui::ReviewDialog* dialog) const override
    {
        child<wxTextCtrl>(dialog, "key")->SetValue(m_key);
        child<wxTextCtrl>(dialog, "title")->SetValue(m_title);
        child<wxCheckBox>(dialog, "blind")->SetValue(m_blind);
        return wxID_OK;
    }

private:
    wxString m_key;
    wxString m_title;
    bool m_blind;
};

/// Answers the add rater dialog with a name and role (the id is made from the name).
class FillRater : public wxExpectModalBase<gui::RaterDialog, FillRater> {
public:
    FillRater(wxString name, wxString role) : m_name(std::move(name)), m_role(std::move(role)) {}

protected:
    int OnInvoked(gui::RaterDialog* dialog) const override
    {
        child<wxTextCtrl>(dialog, "name")->SetValue(m_name);
        child<wxTextCtrl>(dialog, "role")->SetValue(m_role);
        return wxID_OK;
    }

private:
    wxString m_name;
    wxString m_role;
};

}  // namespace ccg::test
