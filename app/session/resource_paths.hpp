#pragma once

#include <filesystem>

namespace ccg::session {

/// Where the application finds what it ships: the checklist, the demo reviews, the icons, the guide.
struct ResourcePaths {
    std::filesystem::path checklist;  ///< checklists/ccg-commissioning-2013.xml
    std::filesystem::path demoDir;    ///< northmoor-2013.xml and northmoor-2014.xml
    std::filesystem::path iconDir;    ///< ccg-selfassess.svg and ccg-selfassess-NN.png
    std::filesystem::path guide;      ///< guide/guide.html, the user guide (Help > Guide)
};

/// Finds the resources next to an installed executable (`../share/ccg-selfassess/`), else in
/// the source tree the build came from. `executable` empty means this process's own.
ResourcePaths locateResources(const std::filesystem::path& executable = {});

/// The resources under one root laid out as installed (`checklists/`, `demo/`, `icons/`, `guide/`).
ResourcePaths installedLayout(const std::filesystem::path& shareDir);

/// The resources in a source tree (`checklists/`, `resources/demo/`, `resources/icons/`,
/// `resources/guide/`).
ResourcePaths sourceLayout(const std::filesystem::path& sourceDir);

}  // namespace ccg::session
