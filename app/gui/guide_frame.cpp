#include "app/gui/guide_frame.hpp"

#include "app/gui/accessible_names.hpp"

#include "app/gui/screen_fit.hpp"
#include "app/gui/user_messages.hpp"

#include <wx/filename.h>
#include <wx/html/htmlwin.h>
#include <wx/log.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include <system_error>

namespace ccg::gui {

namespace {

const char* const kGuideWindowName = "guide-frame";

}  // namespace

GuideFrame::GuideFrame(wxWindow* parent, const std::filesystem::path& page)
    : wxFrame(parent, wxID_ANY, "User guide")
{
    SetName(kGuideWindowName);
    m_html = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
    m_html->SetName("guide-html");
    nameControl(*m_html, "User guide");
    // The guide's text at the size of the rest of the desktop, not wxHtml's smaller default.
    m_html->SetStandardFonts(GetFont().GetPointSize());
    m_html->Bind(wxEVT_HTML_LINK_CLICKED, &GuideFrame::onLink, this);
    Bind(wxEVT_CHAR_HOOK, &GuideFrame::onCharHook, this);

    std::error_code error;
    if (std::filesystem::is_regular_file(page, error)) {
        // A file that cannot be read is said in the main window, not in a log box of wxHtml's.
        const wxLogNull quiet;
        m_loaded = m_html->LoadFile(wxFileName(page.string()));
    }
    if (m_loaded && !m_html->GetOpenedPageTitle().empty())
        SetTitle(m_html->GetOpenedPageTitle());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_html, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    // Wide enough for the tables, as tall as the screen allows: it is read by scrolling.
    const wxRect area = workAreaOf(parent);
    SetSize(fittedRect(wxSize(FromDIP(960), area.height), area));
}

void GuideFrame::onLink(wxHtmlLinkEvent& event)
{
    const wxString href = event.GetLinkInfo().GetHref();
    // The guide's own links jump within it (wxHtmlWindow's default); anything else would leave
    // the guide, so it goes to the desktop's browser instead of replacing the page.
    if (href.StartsWith("#")) {
        event.Skip();
        return;
    }
    wxLaunchDefaultBrowser(href);
}

void GuideFrame::onCharHook(wxKeyEvent& event)
{
    if (event.GetKeyCode() == WXK_ESCAPE && !event.HasAnyModifiers())
        Close();
    else
        event.Skip();
}

GuideFrame* showGuide(wxWindow* parent, const std::filesystem::path& page, UserMessages& messages)
{
    if (auto* open = dynamic_cast<GuideFrame*>(wxWindow::FindWindowByName(kGuideWindowName, parent))) {
        open->Raise();
        return open;
    }
    auto* frame = new GuideFrame(parent, page);
    if (!frame->loaded()) {
        frame->Destroy();
        messages.showError(wxString::FromUTF8("The user guide could not be read from " + page.string() +
                                              ". Reinstalling the application puts it back."));
        return nullptr;
    }
    frame->Show();
    frame->Raise();
    return frame;
}

}  // namespace ccg::gui
