// writeXlsx() for programs that load the XLSX writer only when a workbook is written (the
// desktop application): it finds ccg-selfassess-xlsx.so and calls it. Programs that write
// workbooks often (the command line, the tests) link xlsx_writer.cpp instead.
#include "reports/atomic_file.hpp"
#include "reports/xlsx_module.hpp"
#include "reports/xlsx_writer.hpp"

#include <dlfcn.h>
#include <unistd.h>

#include <mutex>
#include <system_error>
#include <vector>

namespace ccg::reports {

namespace {

std::vector<std::filesystem::path> moduleCandidates()
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

/// The module's entry, loaded once and kept for the life of the process.
WriteXlsxEntry loadEntry()
{
    static std::mutex mutex;
    static WriteXlsxEntry entry = nullptr;
    const std::lock_guard lock(mutex);
    if (entry)
        return entry;
    std::string reasons;
    for (const auto& candidate : moduleCandidates()) {
        if (access(candidate.c_str(), R_OK) != 0)
            continue;
        void* module = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!module) {
            reasons += std::string(" ") + dlerror();
            continue;
        }
        entry = reinterpret_cast<WriteXlsxEntry>(dlsym(module, kXlsxModuleEntry));
        if (entry)
            return entry;
        reasons += " " + candidate.string() + " has no " + kXlsxModuleEntry;
        dlclose(module);
    }
    throw ReportWriteError(std::string("the XLSX writer (") + kXlsxModuleName + ") is not installed with this program" +
                           (reasons.empty() ? std::string() : ":" + reasons));
}

}  // namespace

void writeXlsx(const ReportModel& model, const std::filesystem::path& path)
{
    std::string error;
    if (!loadEntry()(&model, path.c_str(), &error))
        throw ReportWriteError(error);
}

}  // namespace ccg::reports
