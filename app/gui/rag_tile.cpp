#include "app/gui/rag_tile.hpp"

#include "app/gui/status_icons.hpp"
#include "checklists/words.hpp"

#include <wx/control.h>
#include <wx/dcbuffer.h>
#include <wx/dcclient.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <cmath>
#include <memory>

namespace ccg::gui {

RagTile::RagTile(wxWindow* parent, bool large)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE), m_large(large)
{
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &RagTile::onPaint, this);
}

void RagTile::setTile(const session::ScoreTile& tile)
{
    m_tile = tile;
    SetName(wxString::FromUTF8("tile:" + tile.title));
    SetToolTip(wxString::FromUTF8(tile.title + ": " + words::ragWord(tile.rag) + ". " + tile.detail +
                                  (tile.provisional ? ". " + tile.provisionalNote + "." : std::string())));
    Refresh();
}

wxSize RagTile::DoGetBestClientSize() const
{
    // Measured in the fonts the tile draws with, so that large system text still fits: the title,
    // the score, the detail and, while provisional, two lines of what that means.
    wxClientDC dc(const_cast<RagTile*>(this));
    const auto lineHeight = [&](const wxFont& font) {
        dc.SetFont(font);
        return dc.GetCharHeight();
    };
    wxFont big = GetFont().Scaled(m_large ? 2.4f : 1.7f);
    big.SetWeight(wxFONTWEIGHT_BOLD);
    const int titleLines = m_large ? 1 : 2;
    const int height = 2 * FromDIP(m_large ? 12 : 9) + titleLines * lineHeight(GetFont().Bold()) + FromDIP(2) +
                       lineHeight(big) + 3 * lineHeight(GetFont().Smaller());
    return wxSize(FromDIP(m_large ? 280 : 232), height);
}

void RagTile::onPaint(wxPaintEvent&)
{
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(GetParent()->GetBackgroundColour()));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc)
        return;
    gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
    const wxSize size = GetClientSize();
    const wxColour text = ragTextColour(m_tile.rag);
    gc->SetBrush(wxBrush(ragColour(m_tile.rag)));
    gc->SetPen(*wxTRANSPARENT_PEN);
    gc->DrawRoundedRectangle(1, 1, size.x - 2, size.y - 2, FromDIP(6));

    const double pad = FromDIP(m_large ? 12 : 9);
    const double width = size.x - 2 * pad;
    double y = pad;
    // Titles and details wrap onto a second line rather than run off the tile.
    auto drawWrapped = [&](const wxFont& font, const wxString& value, int maxLines) {
        gc->SetFont(font, text);
        dc.SetFont(font);
        for (const wxString& line : wrapLines(dc, value, static_cast<int>(width), maxLines)) {
            double w = 0, h = 0;
            gc->GetTextExtent(line, &w, &h);
            gc->DrawText(line, pad, y);
            y += h;
        }
    };
    wxFont titleFont = GetFont();
    titleFont.SetWeight(wxFONTWEIGHT_BOLD);
    drawWrapped(titleFont, wxString::FromUTF8(m_tile.title), m_large ? 1 : 2);
    y += FromDIP(2);

    wxFont big = GetFont().Scaled(m_large ? 2.4f : 1.7f);
    big.SetWeight(wxFONTWEIGHT_BOLD);
    gc->SetFont(big, text);
    const wxString score = wxString::FromUTF8(words::wholePercent(m_tile.score));
    double sw = 0, sh = 0;
    gc->GetTextExtent(score, &sw, &sh);
    gc->DrawText(score, pad, y);
    wxFont word = GetFont().Scaled(m_large ? 1.3f : 1.1f);
    word.SetWeight(wxFONTWEIGHT_BOLD);
    gc->SetFont(word, text);
    wxString rag = wxString::FromUTF8(words::ragWord(m_tile.rag)).Upper();
    if (m_tile.provisional && m_tile.score)
        rag += " (SO FAR)";
    double rw = 0, rh = 0;
    gc->GetTextExtent(rag, &rw, &rh);
    gc->DrawText(rag, pad + sw + FromDIP(10), y + sh - rh - FromDIP(3));
    y += sh;
    drawWrapped(GetFont().Smaller(), wxString::FromUTF8(m_tile.detail), 1);
    if (m_tile.provisional)
        drawWrapped(GetFont().Smaller(), wxString::FromUTF8(m_tile.provisionalNote), 2);
}

wxArrayString wrapLines(wxDC& dc, const wxString& text, int width, int maxLines)
{
    wxArrayString lines;
    wxString line;
    for (const wxString& word : wxSplit(text, ' ', '\0')) {
        const wxString candidate = line.empty() ? word : line + " " + word;
        if (!line.empty() && dc.GetTextExtent(candidate).x > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.empty())
        lines.push_back(line);
    if (static_cast<int>(lines.size()) > maxLines) {
        wxString rest = lines[static_cast<std::size_t>(maxLines) - 1];
        for (std::size_t i = static_cast<std::size_t>(maxLines); i < lines.size(); ++i)
            rest += " " + lines[i];
        lines.resize(static_cast<std::size_t>(maxLines));
        lines.back() = wxControl::Ellipsize(rest, dc, wxELLIPSIZE_END, width);
    }
    return lines;
}

}  // namespace ccg::gui
