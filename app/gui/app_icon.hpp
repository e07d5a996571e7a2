#pragma once

#include <wx/iconbndl.h>

#include <filesystem>

namespace ccg::gui {

/// The application icon at every size found in `iconDir` (ccg-selfassess-NN.png).
wxIconBundle appIcons(const std::filesystem::path& iconDir);

}  // namespace ccg::gui
