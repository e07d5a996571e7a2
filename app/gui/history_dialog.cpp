#include "app/gui/history_dialog.hpp"

#include "app/gui/accessible_names.hpp"
#include "app/gui/screen_fit.hpp"
#include "app/gui/user_messages.hpp"
#include "app/session/review_session.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <array>

namespace ccg::gui {

namespace {

/// How many characters of a value a cell shows; the text below the table shows all of it.
constexpr std::size_t kCellChars = 120;

/// The text on one line for a table cell, at most kCellChars characters, "…" where it was cut.
wxString cell(const std::string& text)
{
    wxString line = wxString::FromUTF8(text);
    line.Replace("\r\n", " \u21B5 ");
    line.Replace("\n", " \u21B5 ");
    line.Replace("\r", " \u21B5 ");
    line.Replace("\t", " ");
    if (line.length() > kCellChars)
        line = line.Left(kCellChars) + wxString::FromUTF8("\xE2\x80\xA6");
    return line;
}

}  // namespace

HistoryDialog::HistoryDialog(wxWindow* parent, const wxString& subject, std::vector<session::RecordedChange> record,
                             const wxString& note)
    : wxDialog(parent, wxID_ANY, "History of " + subject, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_record(std::move(record))
{
    SetName("history-dialog");
    wxString summary = m_record.empty() ? wxString("Nothing has been changed yet.")
                       : m_record.size() == 1
                           ? wxString("1 change.")
                           : wxString::Format("%zu changes, newest first.", m_record.size());
    summary += " Times are UTC.";
    if (!note.empty())
        summary += " " + note;
    auto* heading = new wxStaticText(this, wxID_ANY, summary);
    heading->SetName("history-summary");

    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName("history");
    nameControl(*m_list, "Changes, newest first");
    m_list->SetMinSize(FromDIP(wxSize(360, 120)));
    // When, Who and What as wide as their text (in the font the list draws, however large), up to
    // a limit; Old and New share what is left and show the whole text below the table.
    const std::pair<const char*, int> columns[] = {
        {"When (UTC)", 0}, {"Who", 200}, {"What", 380}, {"Old", 0}, {"New", 0}};
    std::array<int, 5> widths{};
    for (std::size_t column = 0; column < widths.size(); ++column) {
        m_list->AppendColumn(columns[column].first);
        widths[column] = m_list->GetTextExtent(columns[column].first).x;
    }
    const auto widen = [&](std::size_t column, const wxString& text) {
        widths[column] = std::max(widths[column], m_list->GetTextExtent(text).x);
    };
    widen(0, "2000-00-00 00:00:00");
    for (const auto& change : m_record) {
        const long row = m_list->InsertItem(m_list->GetItemCount(), wxString::FromUTF8(change.when));
        const wxString cells[] = {cell(change.who), cell(change.what), cell(session::shown(change.before)),
                                  cell(session::shown(change.after))};
        for (std::size_t column = 1; column < widths.size(); ++column) {
            m_list->SetItem(row, static_cast<int>(column), cells[column - 1]);
            if (columns[column].second > 0)
                widen(column, cells[column - 1]);
        }
    }
    widths[3] = widths[4] = FromDIP(180);
    for (std::size_t column = 0; column < widths.size(); ++column) {
        const int limit = columns[column].second;
        const int width = limit > 0 ? std::min(widths[column], FromDIP(limit)) : widths[column];
        m_list->SetColumnWidth(static_cast<int>(column), width + FromDIP(16));
    }
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, &HistoryDialog::onSelected, this);

    m_detail = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                              wxTE_MULTILINE | wxTE_READONLY);
    m_detail->SetName("history-detail");
    nameControl(*m_detail, "The selected change in full");
    m_detail->SetMinSize(wxSize(FromDIP(360), m_detail->GetCharHeight() * 4 + FromDIP(12)));

    // The dialog's own handling of these ids closes it, shown modal or not.
    auto* close = new wxButton(this, wxID_CLOSE);
    SetEscapeId(wxID_CLOSE);
    SetAffirmativeId(wxID_CLOSE);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    sizer->Add(m_list, wxSizerFlags(2).Expand().Border(wxLEFT | wxRIGHT, FromDIP(12)));
    sizer->Add(new wxStaticText(this, wxID_ANY, "The selected change in full:"),
               wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    sizer->Add(m_detail, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
    sizer->Add(close, wxSizerFlags().Right().Border(wxALL, FromDIP(12)));
    SetSizer(sizer);
    sizer->SetSizeHints(this);
    // As large as the table's columns ask, and never larger than the screen.
    SetSize(fittedRect(FromDIP(wxSize(900, 560)), workAreaOf(parent)));

    if (!m_record.empty()) {
        m_list->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                             wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        showDetail(0);
    }
    m_list->SetFocus();
}

void HistoryDialog::onSelected(wxListEvent& event)
{
    showDetail(event.GetIndex());
}

void HistoryDialog::showDetail(long row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_record.size())
        return;
    const auto& change = m_record[static_cast<std::size_t>(row)];
    const std::string text = change.when + " UTC, " + change.who + ": " + change.what + "\nOld: " +
                             session::shown(change.before) + "\nNew: " + session::shown(change.after);
    m_detail->ChangeValue(wxString::FromUTF8(text));
}

void showHistory(wxWindow* parent, const session::ReviewSession& session, UserMessages& messages,
                 const std::optional<std::string>& item)
{
    if (!session.hasReview()) {
        messages.showStatus("Open a review first (File > Open review).");
        return;
    }
    if (item && item->empty()) {
        messages.showStatus("Choose an item first: its history is the record of its changes.");
        return;
    }
    std::vector<session::RecordedChange> record;
    if (!messages.guarded([&] { record = session::reviewRecord(session, item); }))
        return;
    const auto& review = session.review();
    const wxString subject = item ? wxString::FromUTF8("item " + *item)
                                  : wxString::FromUTF8("review " + review.organisation.code + "/" + review.info.id);
    const wxString note = session.ratingsHidden()
                              ? wxString("Other raters' answers stay hidden until the ratings are revealed.")
                              : wxString();
    HistoryDialog dialog(parent, subject, std::move(record), note);
    dialog.ShowModal();
}

}  // namespace ccg::gui
