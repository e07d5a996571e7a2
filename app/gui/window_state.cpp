#include "app/gui/window_state.hpp"

#include <wx/config.h>
#include <wx/display.h>
#include <wx/frame.h>
#include <wx/splitter.h>

#include <algorithm>
#include <functional>

namespace ccg::gui {

void restoreWindowState(wxFrame& frame, wxSplitterWindow& splitter)
{
    wxConfigBase* config = wxConfigBase::Get();
    const wxRect saved(static_cast<int>(config->ReadLong("/Window/X", -1)),
                       static_cast<int>(config->ReadLong("/Window/Y", -1)),
                       static_cast<int>(config->ReadLong("/Window/Width", 0)),
                       static_cast<int>(config->ReadLong("/Window/Height", 0)));
    // A window saved on a monitor that is gone comes back centred on the primary one; one saved
    // larger than the monitor it is on now (a smaller screen, a lower resolution) is cut to fit.
    const int display = wxDisplay::GetFromPoint(saved.GetTopLeft());
    if (saved.width >= 400 && saved.height >= 300) {
        const wxRect area = wxDisplay(display == wxNOT_FOUND ? 0u : static_cast<unsigned>(display)).GetClientArea();
        wxSize size = saved.GetSize();
        size.DecTo(area.GetSize());
        frame.SetSize(size);
        if (display != wxNOT_FOUND)
            frame.Move(std::clamp(saved.x, area.x, area.GetRight() + 1 - size.x),
                       std::clamp(saved.y, area.y, area.GetBottom() + 1 - size.y));
        else
            frame.Centre();
    } else {
        const wxRect screen = wxDisplay(0u).GetClientArea();
        wxSize size = frame.FromDIP(wxSize(1280, 820));
        size.DecTo(screen.GetSize());
        frame.SetSize(size);
        frame.Centre();
    }
    if (config->ReadBool("/Window/Maximized", false))
        frame.Maximize();
    const long sash = config->ReadLong("/Window/Sash", frame.FromDIP(400));
    splitter.SetSashPosition(static_cast<int>(sash));
}

void saveWindowState(const wxFrame& frame, const wxSplitterWindow& splitter)
{
    wxConfigBase* config = wxConfigBase::Get();
    config->Write("/Window/Maximized", frame.IsMaximized());
    if (!frame.IsMaximized() && !frame.IsIconized()) {
        const wxRect rect = frame.GetRect();
        config->Write("/Window/X", rect.x);
        config->Write("/Window/Y", rect.y);
        config->Write("/Window/Width", rect.width);
        config->Write("/Window/Height", rect.height);
    }
    if (splitter.IsSplit())
        config->Write("/Window/Sash", splitter.GetSashPosition());
    config->Flush();
}

std::optional<storage::RowId> lastOpenedReview(const std::filesystem::path& database)
{
    wxConfigBase* config = wxConfigBase::Get();
    if (config->Read("/Session/Database", wxString()) != wxString(database.string()))
        return std::nullopt;
    const long review = config->ReadLong("/Session/Review", 0);
    return review > 0 ? std::optional<storage::RowId>(review) : std::nullopt;
}

void rememberOpenReview(const std::filesystem::path& database, std::optional<storage::RowId> review)
{
    wxConfigBase* config = wxConfigBase::Get();
    config->Write("/Session/Database", wxString(database.string()));
    if (review)
        config->Write("/Session/Review", static_cast<long>(*review));
    config->Flush();
}

namespace {

/// The settings key of a review in a database: the path's hash, as a path holds characters a key cannot.
wxString raterKey(const std::filesystem::path& database, storage::RowId review)
{
    return wxString::Format("/Raters/%zx-%lld", std::hash<std::string>{}(database.string()),
                            static_cast<long long>(review));
}

}  // namespace

std::optional<std::string> rememberedRater(const std::filesystem::path& database, storage::RowId review)
{
    wxString rater;
    if (!wxConfigBase::Get()->Read(raterKey(database, review), &rater))
        return std::nullopt;
    return rater.utf8_string();
}

void rememberRater(const std::filesystem::path& database, storage::RowId review, const std::string& rater)
{
    wxConfigBase* config = wxConfigBase::Get();
    config->Write(raterKey(database, review), wxString::FromUTF8(rater));
    config->Flush();
}

}  // namespace ccg::gui
