#include "app/gui/wrapped_text.hpp"

namespace ccg::gui {

WrappedText::WrappedText(wxWindow* parent, const wxString& text)
    : wxStaticText(parent, wxID_ANY, text, wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE), m_text(text)
{
    // Narrow to start with, so the text never widens the window it sits in.
    SetMinSize(wxSize(FromDIP(200), -1));
    Bind(wxEVT_SIZE, &WrappedText::onSize, this);
}

void WrappedText::onSize(wxSizeEvent& event)
{
    event.Skip();
    const int width = event.GetSize().x;
    if (width <= 0 || width == m_width)
        return;
    m_width = width;  // set first: wrapping can size the control again
    SetLabel(m_text);
    Wrap(width);
    InvalidateBestSize();
    // The new height takes effect at the parent's next layout; the width check above ends it.
    SetMinSize(wxSize(FromDIP(200), GetBestSize().y));
    CallAfter([this] { GetParent()->Layout(); });
}

}  // namespace ccg::gui
