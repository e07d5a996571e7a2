// writeXlsx() and writeSideBySideXlsx() for programs that load the XLSX writers only when a
// workbook is written (the desktop application): it finds ccg-selfassess-xlsx.so and calls it.
// Programs that write workbooks often (the command line, the tests) link the writers instead.
#include "reports/xlsx_module.hpp"

#include "reports/atomic_file.hpp"
#include "reports/side_by_side_xlsx.hpp"
#include "reports/xlsx_writer.hpp"

#include <dlfcn.h>
#include <unistd.h>

#include <mutex>
#include <system_error>
#include <vector>

namespace ccg::reports {

std::vector<std::filesystem::path> xlsxModuleCandidates()
{
    std::vector<std::filesystem::path> candidates;
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        candidates.push_back(self.parent_path() / kXlsxModuleName);
        candidates.push_back(self.parent_path() / CCG_XLSX_MODULE_FROM_EXECUTABLES / kXlsxModuleName);
    }
    // Run from the build tree (tests live in folders of their own).
    candidates.push_back(CCG_XLSX_MODULE_BUILD_PATH);
    return candidates;
}

XlsxModule loadXlsxModule(const std::vector<std::filesystem::path>& candidates)
{
    std::string reasons;
    for (const auto& candidate : candidates) {
        if (access(candidate.c_str(), R_OK) != 0)
            continue;
        void* module = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!module) {
            const char* why = dlerror();
            reasons += "; " + (why ? std::string(why) : candidate.string() + " cannot be loaded");
            continue;
        }
        XlsxModule entries{reinterpret_cast<WriteXlsxEntry>(dlsym(module, kXlsxModuleEntry)),
                           reinterpret_cast<WriteSideBySideXlsxEntry>(dlsym(module, kSideBySideXlsxEntry))};
        if (entries.writeReport && entries.writeSideBySide)
            return entries;
        reasons += "; " + candidate.string() + " has no " + (entries.writeReport ? kSideBySideXlsxEntry : kXlsxModuleEntry);
        dlclose(module);
    }
    throw ReportWriteError(std::string("the XLSX writer (") + kXlsxModuleName + ") is not installed with this program" +
                           reasons);
}

namespace {

/// The module, loaded on the first workbook; a failed load is tried again next time (the user
/// may have repaired the installation meanwhile).
const XlsxModule& xlsxModule()
{
    static std::mutex mutex;
    static XlsxModule module;
    const std::lock_guard lock(mutex);
    if (!module.writeReport)
        module = loadXlsxModule(xlsxModuleCandidates());
    return module;
}

}  // namespace

void writeXlsx(const ReportModel& model, const std::filesystem::path& path)
{
    std::string error;
    if (!xlsxModule().writeReport(&model, path.c_str(), &error))
        throw ReportWriteError(error);
}

void writeSideBySideXlsx(const Checklist& checklist, const SideBySide& table, const std::filesystem::path& path)
{
    std::string error;
    if (!xlsxModule().writeSideBySide(&checklist, &table, path.c_str(), &error))
        throw ReportWriteError(error);
}

}  // namespace ccg::reports
