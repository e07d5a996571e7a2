#pragma once

#include <wx/frame.h>

#include <filesystem>

class wxHtmlLinkEvent;
class wxHtmlWindow;
class wxKeyEvent;

namespace ccg::gui {

class UserMessages;

/// Help > Guide: the user guide shipped in resources/guide, in a window of its own beside the
/// main one. wxHtmlWindow shows it: no web engine, nothing fetched from a network.
class GuideFrame : public wxFrame {
public:
    /// Shows `page`; loaded() says whether it could be read.
    GuideFrame(wxWindow* parent, const std::filesystem::path& page);

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] wxHtmlWindow* html() const { return m_html; }

private:
    void onLink(wxHtmlLinkEvent& event);
    void onCharHook(wxKeyEvent& event);

    wxHtmlWindow* m_html = nullptr;
    bool m_loaded = false;
};

/// Opens the guide at `page` (or brings the open one to the front); says in `messages` why
/// when the file cannot be read. Null when it could not be shown.
GuideFrame* showGuide(wxWindow* parent, const std::filesystem::path& page, UserMessages& messages);

}  // namespace ccg::gui
