// writeXlsx() for programs that load the XLSX writer only when a workbook is written (the
// desktop application): it finds ccg-selfassess-xlsx.so and calls it. Programs that write
// workbooks often (the command line, the tests) link xlsx_writer.cpp instead.
#include "reports/xlsx_module.hpp"

#include "reports/atomic_file.hpp"
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

WriteXlsxEntry loadXlsxModule(const std::vector<std::filesystem::path>& candidates)
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
        if (auto* entry = reinterpret_cast<WriteXlsxEntry>(dlsym(module, kXlsxModuleEntry)))
            return entry;
        reasons += "; " + candidate.string() + " has no " + kXlsxModuleEntry;
        dlclose(module);
    }
    throw ReportWriteError(std::string("the XLSX writer (") + kXlsxModuleName + ") is not installed with this program" +
                           reasons);
}

void writeXlsx(const ReportModel& model, const std::filesystem::path& path)
{
    // Loaded on the first workbook; a failed load is tried again next time (the user may
    // have repaired the installation meanwhile).
    static std::mutex mutex;
    static WriteXlsxEntry entry = nullptr;
    {
        const std::lock_guard lock(mutex);
        if (!entry)
            entry = loadXlsxModule(xlsxModuleCandidates());
    }
    std::string error;
    if (!entry(&model, path.c_str(), &error))
        throw ReportWriteError(error);
}

}  // namespace ccg::reports
