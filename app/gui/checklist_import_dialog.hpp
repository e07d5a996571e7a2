#pragma once

#include "app/gui/form_dialog.hpp"
#include "app/session/checklist_import.hpp"

#include <filesystem>

class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace ccg::gui {

/// File > Import a checklist: a checklist file, workbook or CSV file read and checked before
/// anything is stored. Its problems are listed (where, and what), or, when it is valid, its
/// domains and item counts; only a valid checklist can be added. A CSV file holds items only,
/// so the dialog asks for its id, version and title, checking the file again as they change.
class ChecklistImportDialog : public FormDialog {
public:
    ChecklistImportDialog(wxWindow* parent, const std::filesystem::path& path);

    /// What was read, valid once the dialog ends with wxID_OK.
    [[nodiscard]] const session::ChecklistImport& result() const { return m_import; }
    /// Reads the file again with the id, version and title as entered.
    void check();

private:
    [[nodiscard]] EntryProblem problem() const override;
    void show();

    session::ChecklistFile m_file;  ///< read once: typing an id checks the same bytes again
    session::ChecklistImport m_import;
    wxTextCtrl* m_id = nullptr;
    wxTextCtrl* m_version = nullptr;
    wxTextCtrl* m_title = nullptr;
    wxStaticText* m_summary = nullptr;
    wxListCtrl* m_list = nullptr;
};

}  // namespace ccg::gui
