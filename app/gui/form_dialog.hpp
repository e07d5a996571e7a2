#pragma once

#include <wx/dialog.h>

class wxFlexGridSizer;
class wxStaticText;

namespace ccg::gui {

/// Why a dialog's entries cannot be accepted yet, and which field to fix.
struct EntryProblem {
    wxString message;              ///< empty when the entries can be accepted
    wxWindow* field = nullptr;     ///< takes the focus when given
};

/// Most characters a one-line field takes: more than any name or title needs, and a pasted
/// page of text cannot swamp the lists and reports that show it.
inline constexpr unsigned long kMaxLineChars = 200;

/// Base of the small entry dialogs: labelled fields in two columns, a red line saying what
/// stops OK, and OK and Cancel. OK closes the dialog only once problem() has nothing to say,
/// so a caller never receives entries it must refuse.
class FormDialog : public wxDialog {
protected:
    FormDialog(wxWindow* parent, const wxString& title, long style = wxDEFAULT_DIALOG_STYLE);

    /// Adds a row: its label and its field, the field as wide as the dialog when `grow`. A one-line
    /// text field takes at most kMaxLineChars, or what it already holds when that is longer; the
    /// problem line says so when an entry would go over.
    void addField(const wxString& label, wxWindow* field, bool grow = true);
    /// Adds a row for a field several lines high (a list, a panel): its label at the top, and
    /// the row taking its share of any height the user gives a resizable dialog.
    void addTallField(const wxString& label, wxWindow* field);
    /// Adds a field under the previous ones without a label (e.g. a check box).
    void addUnlabelled(wxWindow* field);
    /// Lays the dialog out once every field is added; `growForm` lets the fields take any height
    /// the user gives a resizable dialog.
    void finishForm(bool growForm = false);

    /// The first problem with the entries as they stand.
    [[nodiscard]] virtual EntryProblem problem() const = 0;

private:
    void addRow(const wxString& label, wxWindow* field, bool grow, bool tall);
    void onOk(wxCommandEvent& event);
    void showProblem(const EntryProblem& found);

    wxFlexGridSizer* m_form = nullptr;
    wxStaticText* m_problem = nullptr;
};

}  // namespace ccg::gui
