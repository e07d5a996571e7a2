#include "app/gui/form_dialog.hpp"

#include "app/gui/accessible_names.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace ccg::gui {

FormDialog::FormDialog(wxWindow* parent, const wxString& title, long style)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, style)
{
    m_form = new wxFlexGridSizer(2, wxSize(FromDIP(8), FromDIP(8)));
    m_form->AddGrowableCol(1, 1);
    m_problem = new wxStaticText(this, wxID_ANY, wxString());
    m_problem->SetName("problem");
    m_problem->SetForegroundColour(wxColour(0xC6, 0x28, 0x28));
}

void FormDialog::addField(const wxString& label, wxWindow* field, bool grow)
{
    auto* text = dynamic_cast<wxTextCtrl*>(field);
    addRow(label, field, grow, text && field->HasFlag(wxTE_MULTILINE));
}

void FormDialog::addTallField(const wxString& label, wxWindow* field)
{
    addRow(label, field, true, true);
}

void FormDialog::addRow(const wxString& label, wxWindow* field, bool grow, bool tall)
{
    // A one-line field lines up with its label's middle; a taller one with its top.
    auto* text = dynamic_cast<wxTextCtrl*>(field);
    // Never below what the field holds already: editing must not cut text the user has.
    if (text && !tall) {
        const unsigned long limit = std::max<unsigned long>(kMaxLineChars, text->GetValue().length());
        text->SetMaxLength(limit);
        // GTK refuses the whole of a paste that would go over: say why nothing happened.
        text->Bind(wxEVT_TEXT_MAXLEN, [this, text, limit](wxCommandEvent&) {
            showProblem({wxString::Format("This field takes at most %lu characters.", limit), text});
        });
    }
    auto* caption = new wxStaticText(this, wxID_ANY, label);
    labelControl(*caption, *field);
    m_form->Add(caption, tall ? wxSizerFlags() : wxSizerFlags().CentreVertical());
    m_form->Add(field, grow ? wxSizerFlags().Expand() : wxSizerFlags());
    if (tall)
        m_form->AddGrowableRow(m_form->GetEffectiveRowsCount() - 1, 1);
}

void FormDialog::addUnlabelled(wxWindow* field)
{
    m_form->AddSpacer(0);
    m_form->Add(field, wxSizerFlags());
}

void FormDialog::finishForm(bool growForm)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(m_form, wxSizerFlags(growForm ? 1 : 0).Expand().Border(wxALL, FromDIP(12)));
    top->Add(m_problem, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    top->Add(CreateButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizerAndFit(top);
    Bind(wxEVT_BUTTON, &FormDialog::onOk, this, wxID_OK);
}

void FormDialog::onOk(wxCommandEvent& event)
{
    const EntryProblem found = problem();
    if (found.message.empty()) {
        event.Skip();  // wxDialog's own handler closes with wxID_OK
        return;
    }
    showProblem(found);
}

void FormDialog::showProblem(const EntryProblem& found)
{
    m_problem->SetLabelText(found.message);
    if (found.field)
        found.field->SetFocus();
    Layout();
    Fit();
}

}  // namespace ccg::gui
