// Renders ccg-selfassess.svg to the PNG sizes the desktop and the window use, with the SVG
// renderer built into wxWidgets (nanosvg). Run by hand when the SVG changes:
//   cmake --build BUILD --target ccg_render_icons && BUILD/app/gui/ccg_render_icons resources/icons
// The PNGs are committed.
#include <wx/bmpbndl.h>
#include <wx/image.h>
#include <wx/init.h>

#include <cstdio>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: ccg_render_icons ICON_DIR\n");
        return 2;
    }
    wxInitializer initializer;
    wxImage::AddHandler(new wxPNGHandler);
    const std::string dir = argv[1];
    const wxBitmapBundle bundle = wxBitmapBundle::FromSVGFile(dir + "/ccg-selfassess.svg", wxSize(256, 256));
    if (!bundle.IsOk()) {
        std::fprintf(stderr, "cannot read %s/ccg-selfassess.svg\n", dir.c_str());
        return 1;
    }
    for (const int size : {16, 32, 48, 256}) {
        const std::string out = dir + "/ccg-selfassess-" + std::to_string(size) + ".png";
        if (!bundle.GetBitmap(wxSize(size, size)).ConvertToImage().SaveFile(out, wxBITMAP_TYPE_PNG)) {
            std::fprintf(stderr, "cannot write %s\n", out.c_str());
            return 1;
        }
    }
    return 0;
}
