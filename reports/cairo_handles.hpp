#pragma once

// Internal to the PDF renderers: owning handles for cairo, Pango and GLib objects.
#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>

namespace ccg::reports::pdf {

struct CairoDelete {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
    void operator()(cairo_font_options_t* options) const { cairo_font_options_destroy(options); }
};
struct GObjectDelete {
    void operator()(void* object) const { g_object_unref(object); }
};
struct FontDescriptionDelete {
    void operator()(PangoFontDescription* description) const { pango_font_description_free(description); }
};
struct LayoutIterDelete {
    void operator()(PangoLayoutIter* iter) const { pango_layout_iter_free(iter); }
};

using CairoPtr = std::unique_ptr<cairo_t, CairoDelete>;
using SurfacePtr = std::unique_ptr<cairo_surface_t, CairoDelete>;
using FontOptionsPtr = std::unique_ptr<cairo_font_options_t, CairoDelete>;
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectDelete>;
using ContextPtr = std::unique_ptr<PangoContext, GObjectDelete>;
using FontDescriptionPtr = std::unique_ptr<PangoFontDescription, FontDescriptionDelete>;
using LayoutIterPtr = std::unique_ptr<PangoLayoutIter, LayoutIterDelete>;

}  // namespace ccg::reports::pdf
