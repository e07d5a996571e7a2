#include "app/gui/app_icon.hpp"

#include <wx/image.h>
#include <wx/log.h>

namespace ccg::gui {

wxIconBundle appIcons(const std::filesystem::path& iconDir)
{
    wxIconBundle bundle;
    for (const int size : {16, 32, 48, 256}) {
        const std::filesystem::path file = iconDir / ("ccg-selfassess-" + std::to_string(size) + ".png");
        if (!std::filesystem::exists(file))
            continue;
        wxLogNull quiet;  // a missing or damaged icon is not worth a message
        wxIcon icon;
        if (icon.LoadFile(wxString(file.string()), wxBITMAP_TYPE_PNG))
            bundle.AddIcon(icon);
    }
    return bundle;
}

}  // namespace ccg::gui
