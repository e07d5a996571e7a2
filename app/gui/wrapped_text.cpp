#include "app/gui/wrapped_text.hpp"

namespace ccg::gui {

WrappedText::WrappedText(wxWindow* parent, const wxString& text)
    : wxStaticText(parent, wxID_ANY, wxControl::EscapeMnemonics(text), wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE), m_text(text)
{
    // Narrow to start with, so the text never widens the window it sits in.
    SetMinSize(wxSize(FromDIP(200), -1));
    Bind(wxEVT_SIZE, &WrappedText::onSize, this);
}

void WrappedText::setText(const wxString& text)
{
    m_text = text;
    const int width = GetSize().x;
    m_width = 0;
    if (width > 0)
        wrapTo(width);
    else
        SetLabel(wxControl::EscapeMnemonics(m_text));
}

void WrappedText::onSize(wxSizeEvent& event)
{
    event.Skip();
    const int width = event.GetSize().x;
    if (width <= 0 || width == m_width)
        return;
    wrapTo(width);
}

void WrappedText::wrapTo(int width)
{
    m_width = width;  // set first: wrapping can size the control again
    // A paragraph has no keyboard mnemonic: "&" in it (an organisation's name) is shown as typed.
    SetLabel(wxControl::EscapeMnemonics(m_text));
    Wrap(width);
    InvalidateBestSize();
    // The new height takes effect at the parent's next layout; the width check in onSize ends it.
    SetMinSize(wxSize(FromDIP(200), GetBestSize().y));
    CallAfter([this] { GetParent()->Layout(); });
}

}  // namespace ccg::gui
