#include "app/gui/keyboard_help_dialog.hpp"

#include "app/gui/accessible_names.hpp"

#include "app/gui/command_ids.hpp"
#include "app/gui/screen_fit.hpp"
#include "app/gui/wrapped_text.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>

#include <algorithm>

namespace ccg::gui {

KeyboardHelpDialog::KeyboardHelpDialog(wxWindow* parent, const std::vector<ShortcutGroup>& screens,
                                       const std::vector<ShortcutGroup>& menus)
    : wxDialog(parent, wxID_ANY, "Keyboard shortcuts", wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
    SetName("keyboard-help");
    m_screens = table("screen-keys", "Keys on each page", screens);
    m_menus = table("menu-keys", "Keys of the menu commands", menus);
    auto* tables = new wxBoxSizer(wxHORIZONTAL);
    // Each table as wide as its text: the columns are sized to it.
    tables->Add(m_screens, wxSizerFlags().Expand());
    tables->Add(m_menus, wxSizerFlags().Expand().Border(wxLEFT, FromDIP(12)));

    auto* note = new WrappedText(this, typingNote());
    auto* guide = new wxButton(this, kIdGuide, "Open the user &guide");
    guide->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(kIdGuide); });
    auto* close = new wxButton(this, wxID_CLOSE);
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });
    SetEscapeId(wxID_CLOSE);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(guide);
    buttons->AddStretchSpacer();
    buttons->Add(close);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(tables, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
    sizer->Add(note, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizerAndFit(sizer);
    close->SetDefault();
    close->SetFocus();
    // The tables ask for every row; on a small screen they give up the height that is
    // missing, and scroll.
    // (Measured from the sizer: GTK has already cut the window's own size to the screen.)
    const wxSize needed = ClientToWindowSize(sizer->GetMinSize());
    const wxRect fitted = fittedRect(needed, workAreaOf(parent));
    const wxSize missing = needed - fitted.GetSize();
    if (missing.x > 0 || missing.y > 0) {
        for (wxListCtrl* list : {m_screens, m_menus}) {
            const wxSize wanted = list->GetMinSize();
            list->SetMinSize(wxSize(std::max(FromDIP(200), wanted.x - std::max(0, missing.x) / 2),
                                    std::max(FromDIP(120), wanted.y - std::max(0, missing.y))));
        }
        sizer->SetSizeHints(this);
    }
    SetSize(fitted);
}

wxListCtrl* KeyboardHelpDialog::table(const char* name, const wxString& title, const std::vector<ShortcutGroup>& groups)
{
    auto* list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    list->SetName(name);
    nameControl(*list, title);
    list->AppendColumn("Keys");
    list->AppendColumn("What they do");
    const wxFont heading = list->GetFont().Bold();
    const wxColour headingBack = wxSystemSettings::GetColour(wxSYS_COLOUR_BTNFACE);
    long row = 0;
    for (const auto& group : groups) {
        // The area heads its rows, in bold across the table, as a heading would in print.
        list->InsertItem(row, group.area);
        list->SetItemFont(row, heading);
        list->SetItemBackgroundColour(row, headingBack);
        ++row;
        for (const auto& shortcut : group.shortcuts) {
            list->InsertItem(row, shortcut.keys);
            list->SetItem(row, 1, shortcut.action);
            ++row;
        }
    }
    int keysWidth = 0;
    int actionWidth = 0;
    for (long index = 0; index < row; ++index) {
        const bool isHeading = list->GetItemText(index, 1).empty();
        int width = 0;
        list->GetTextExtent(list->GetItemText(index, 0), &width, nullptr, nullptr, nullptr,
                            isHeading ? &heading : nullptr);
        keysWidth = std::max(keysWidth, width);
        actionWidth = std::max(actionWidth, list->GetTextExtent(list->GetItemText(index, 1)).x);
    }
    const int padding = FromDIP(24);
    list->SetColumnWidth(0, keysWidth + padding);
    list->SetColumnWidth(1, actionWidth + padding);
    wxRect first;
    const int rowHeight = row > 0 && list->GetItemRect(0, first) ? first.height : list->GetCharHeight() + FromDIP(8);
    list->SetMinSize(wxSize(keysWidth + actionWidth + 2 * padding + FromDIP(20), rowHeight * (row + 2)));
    return list;
}

}  // namespace ccg::gui
