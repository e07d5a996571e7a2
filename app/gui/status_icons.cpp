#include "app/gui/status_icons.hpp"

#include <wx/brush.h>
#include <wx/graphics.h>
#include <wx/image.h>
#include <wx/pen.h>

#include <memory>

namespace ccg::gui {

namespace {

const wxColour kGrey(0x76, 0x76, 0x76);
const wxColour kLightGrey(0xC4, 0xC4, 0xC4);

void drawMark(wxGraphicsContext& gc, session::ItemMark mark, double size)
{
    using session::ItemMark;
    const double centre = size / 2.0;
    const double radius = size * 0.36;
    const double line = size / 10.0;
    auto circle = [&](const wxColour& fill, const wxColour& outline) {
        gc.SetPen(wxPen(outline, static_cast<int>(line + 0.5)));
        gc.SetBrush(fill.IsOk() ? wxBrush(fill) : *wxTRANSPARENT_BRUSH);
        gc.DrawEllipse(centre - radius, centre - radius, 2 * radius, 2 * radius);
    };
    switch (mark) {
    case ItemMark::Unanswered:
        circle(wxNullColour, kGrey);
        break;
    case ItemMark::Red:
        circle(ragColour(Rag::Red), ragColour(Rag::Red).ChangeLightness(70));
        break;
    case ItemMark::Amber:
        circle(ragColour(Rag::Amber), ragColour(Rag::Amber).ChangeLightness(70));
        break;
    case ItemMark::Green:
        circle(ragColour(Rag::Green), ragColour(Rag::Green).ChangeLightness(70));
        break;
    case ItemMark::NotApplicable:
        circle(kLightGrey, kGrey);
        gc.SetPen(wxPen(*wxWHITE, static_cast<int>(line * 1.6 + 0.5)));
        gc.StrokeLine(centre - radius * 0.55, centre, centre + radius * 0.55, centre);
        break;
    case ItemMark::Disagreement: {
        wxGraphicsPath triangle = gc.CreatePath();
        triangle.MoveToPoint(centre, size * 0.08);
        triangle.AddLineToPoint(size * 0.95, size * 0.90);
        triangle.AddLineToPoint(size * 0.05, size * 0.90);
        triangle.CloseSubpath();
        gc.SetPen(wxPen(wxColour(0x5A, 0x3A, 0x00), static_cast<int>(line + 0.5)));
        gc.SetBrush(wxBrush(wxColour(0xFF, 0xB8, 0x1C)));
        gc.DrawPath(triangle);
        gc.SetPen(wxPen(*wxBLACK, static_cast<int>(line * 1.4 + 0.5)));
        gc.StrokeLine(centre, size * 0.36, centre, size * 0.62);
        gc.StrokeLine(centre, size * 0.74, centre, size * 0.78);
        break;
    }
    }
}

wxBitmap markBitmap(session::ItemMark mark, int size)
{
    wxImage image(size, size);
    image.InitAlpha();
    std::fill(image.GetAlpha(), image.GetAlpha() + size * size, 0);
    {
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(image));
        gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
        drawMark(*gc, mark, size);
    }  // the context writes back into the image when destroyed
    return wxBitmap(image);
}

}  // namespace

wxColour ragColour(Rag rag)
{
    switch (rag) {
    case Rag::Red: return {0xC6, 0x28, 0x28};
    case Rag::Amber: return {0xF2, 0xA9, 0x00};
    case Rag::Green: return {0x2E, 0x7D, 0x32};
    case Rag::None: break;
    }
    return {0x9E, 0x9E, 0x9E};
}

wxColour ragTextColour(Rag rag)
{
    return rag == Rag::Amber || rag == Rag::None ? wxColour(0x1A, 0x1A, 0x1A) : *wxWHITE;
}

wxVector<wxBitmapBundle> statusIcons()
{
    using session::ItemMark;
    wxVector<wxBitmapBundle> icons;
    for (ItemMark mark : {ItemMark::Unanswered, ItemMark::Red, ItemMark::Amber, ItemMark::Green,
                          ItemMark::NotApplicable, ItemMark::Disagreement}) {
        wxVector<wxBitmap> sizes;
        sizes.push_back(markBitmap(mark, 16));
        sizes.push_back(markBitmap(mark, 32));
        icons.push_back(wxBitmapBundle::FromBitmaps(sizes));
    }
    return icons;
}

}  // namespace ccg::gui
