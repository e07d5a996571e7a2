#include "app/gui/fact_tile.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace ccg::gui {

namespace {

const wxColour kTileBackground(0xE8, 0xEE, 0xF4);
const wxColour kTileText(0x1F, 0x2A, 0x36);

}  // namespace

FactTile::FactTile(wxWindow* parent, const wxString& name, const wxString& title) : wxPanel(parent, wxID_ANY)
{
    SetName(name);
    SetBackgroundColour(kTileBackground);
    auto* heading = new wxStaticText(this, wxID_ANY, wxString());
    // Markup rather than SetFont, so GTK measures the label in the font it is drawn in.
    heading->SetLabelMarkup("<b>" + title + "</b>");
    heading->SetForegroundColour(kTileText);
    m_body = new wxStaticText(this, wxID_ANY, wxString());
    m_body->SetName(name + "-text");
    m_body->SetForegroundColour(kTileText);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(10)));
    sizer->Add(m_body, wxSizerFlags().Border(wxALL, FromDIP(10)));
    SetSizer(sizer);
}

void FactTile::setText(const wxString& text)
{
    m_text = text;
    m_body->SetLabel(wxControl::EscapeMnemonics(text));
    // As wide as a domain tile, or some 28 characters of a large font: the text wraps, the tile
    // stays a tile.
    m_body->Wrap(std::max(FromDIP(250), 28 * m_body->GetCharWidth()));
    m_body->InvalidateBestSize();
    SetToolTip(text);
    InvalidateBestSize();
}

}  // namespace ccg::gui
