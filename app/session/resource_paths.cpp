#include "app/session/resource_paths.hpp"

#include <system_error>

namespace ccg::session {

namespace {

const char* const kChecklistFile = "ccg-commissioning-2013.xml";
const char* const kGuideFile = "guide.html";

std::filesystem::path ownExecutable()
{
    std::error_code error;
    const auto path = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path() : path;
}

}  // namespace

ResourcePaths installedLayout(const std::filesystem::path& shareDir)
{
    return {shareDir / "checklists" / kChecklistFile, shareDir / "demo", shareDir / "icons",
            shareDir / "guide" / kGuideFile};
}

ResourcePaths sourceLayout(const std::filesystem::path& sourceDir)
{
    const auto resources = sourceDir / "resources";
    return {sourceDir / "checklists" / kChecklistFile, resources / "demo", resources / "icons",
            resources / "guide" / kGuideFile};
}

ResourcePaths locateResources(const std::filesystem::path& executable)
{
    const std::filesystem::path exe = executable.empty() ? ownExecutable() : executable;
    std::error_code error;
    if (!exe.empty()) {
        const ResourcePaths installed = installedLayout(exe.parent_path() / ".." / "share" / "ccg-selfassess");
        if (std::filesystem::exists(installed.checklist, error))
            return installed;
    }
#ifdef CCG_SOURCE_DIR
    return sourceLayout(CCG_SOURCE_DIR);
#else
    return installedLayout(exe.parent_path() / ".." / "share" / "ccg-selfassess");
#endif
}

}  // namespace ccg::session
