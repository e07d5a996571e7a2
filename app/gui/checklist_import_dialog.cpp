#include "app/gui/checklist_import_dialog.hpp"

#include "app/gui/accessible_names.hpp"
#include "checklists/text_rules.hpp"
#include "checklists/words.hpp"

#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace ccg::gui {

namespace {

/// Where a problem is, as the user finds it: "Items, row 12" in a workbook ("book.xlsx:Items:12"),
/// "row 12" in a CSV file, "line 12" in an XML file.
wxString whereOf(const Diagnostic& problem, const session::ChecklistFile& checklistFile)
{
    const std::string& file = problem.file;
    const std::string name = checklistFile.path.string();
    const std::string sheet = file.size() > name.size() && file.compare(0, name.size(), name) == 0 &&
                                      file[name.size()] == ':'
                                  ? file.substr(name.size() + 1)
                                  : std::string();
    const std::string number = std::to_string(problem.line);
    if (!sheet.empty())
        return wxString::FromUTF8(sheet + ", row " + number);
    return wxString::FromUTF8((checklistFile.isCsv() || checklistFile.isWorkbook() ? "row " : "line ") + number);
}

}  // namespace

ChecklistImportDialog::ChecklistImportDialog(wxWindow* parent, const std::filesystem::path& path)
    : FormDialog(parent, "Import a checklist", wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_file(session::readChecklistFile(path))
{
    const bool csv = m_file.isCsv();
    auto* file = new wxStaticText(this, wxID_ANY, wxString::FromUTF8(path.filename().string()));
    file->SetName("file");
    addField("File", file);
    if (csv) {
        // A CSV file is the Items sheet alone: what the workbook's Checklist sheet would say is asked here.
        const std::string stem = m_file.path.stem().string();
        m_id = new wxTextCtrl(this, wxID_ANY, wxString::FromUTF8(asciiLowered(stem)));
        m_id->SetName("checklist-id");
        m_version = new wxTextCtrl(this, wxID_ANY, "1.0");
        m_version->SetName("checklist-version");
        m_title = new wxTextCtrl(this, wxID_ANY, wxString::FromUTF8(stem));
        m_title->SetName("checklist-title");
        addField("Checklist &id", m_id);
        addField("&Version", m_version, false);
        addField("&Title", m_title);
        // Checked again as they are typed: what is listed is always what Add would store.
        for (wxTextCtrl* field : {m_id, m_version, m_title})
            field->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { check(); });
    }
    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_summary->SetName("summary");
    addUnlabelled(m_summary);
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(640, 220)), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName("findings");
    nameControl(*m_list, "What the checklist holds, or what is wrong with it");
    addTallField("&Details", m_list);
    finishForm(true);
    if (auto* ok = FindWindow(wxID_OK))
        ok->SetLabel("&Add checklist");
    check();
}

void ChecklistImportDialog::check()
{
    sheets::SheetOptions identity;
    if (m_id) {
        identity.id = m_id->GetValue().Strip(wxString::both).utf8_string();
        identity.version = m_version->GetValue().Strip(wxString::both).utf8_string();
        identity.title = m_title->GetValue().Strip(wxString::both).utf8_string();
    }
    m_import = session::checkChecklistFile(m_file, identity);
    show();
}

void ChecklistImportDialog::show()
{
    m_list->ClearAll();
    if (m_import.checklist) {
        const Checklist& checklist = *m_import.checklist;
        m_summary->SetLabelText(wxString::FromUTF8(checklist.title + ", version " + checklist.version + " (" +
                                                   checklist.id + "): " +
                                                   words::plural(checklist.domains.size(), "domain", "domains") + ", " +
                                                   words::plural(checklist.itemCount(), "item", "items") + "."));
        m_list->AppendColumn("Domain", wxLIST_FORMAT_LEFT, FromDIP(480));
        m_list->AppendColumn("Items", wxLIST_FORMAT_RIGHT, FromDIP(80));
        for (const auto& domain : checklist.domains) {
            const long row = m_list->InsertItem(m_list->GetItemCount(), wxString::FromUTF8(domain.title));
            m_list->SetItem(row, 1, wxString::Format("%zu", domain.items.size()));
        }
    } else {
        m_summary->SetLabelText(wxString::FromUTF8(words::plural(m_import.problems.size(), "problem", "problems") +
                                                   " to put right in the file before it can be added:"));
        m_list->AppendColumn("Where", wxLIST_FORMAT_LEFT, FromDIP(140));
        m_list->AppendColumn("What is wrong", wxLIST_FORMAT_LEFT, FromDIP(480));
        for (const auto& problem : m_import.problems) {
            const long row = m_list->InsertItem(m_list->GetItemCount(), whereOf(problem, m_file));
            m_list->SetItem(row, 1, wxString::FromUTF8(problem.message));
        }
    }
    Layout();
}

EntryProblem ChecklistImportDialog::problem() const
{
    if (!m_import.checklist)
        return {"This file cannot be added until the problems listed are put right.", m_list};
    return {};
}

}  // namespace ccg::gui
