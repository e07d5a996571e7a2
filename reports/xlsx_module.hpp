#pragma once

// The XLSX writers as a module loaded on first use (ccg-selfassess-xlsx.so): the desktop
// application then starts without loading libxlsxwriter, minizip and libcrypto, which cost
// it about 7 ms on every start for a file it writes now and then.
#include "checklists/checklist.hpp"
#include "checklists/side_by_side.hpp"
#include "reports/report_model.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace ccg::reports {

/// The module's file name, and where it is installed relative to the executables' folder.
inline constexpr const char* kXlsxModuleName = "ccg-selfassess-xlsx.so";

/// The symbols the module exports. Each writes as the linked writer does (writeXlsx(),
/// writeSideBySideXlsx()); on failure returns false with the reason in `error`; never throws
/// across the module boundary.
using WriteXlsxEntry = bool (*)(const ReportModel* model, const char* path, std::string* error) noexcept;
inline constexpr const char* kXlsxModuleEntry = "ccg_reports_write_xlsx";
using WriteSideBySideXlsxEntry = bool (*)(const Checklist* checklist, const SideBySide* table, const char* path,
                                          std::string* error) noexcept;
inline constexpr const char* kSideBySideXlsxEntry = "ccg_reports_write_side_by_side_xlsx";

/// The module's entry points, both found.
struct XlsxModule {
    WriteXlsxEntry writeReport = nullptr;
    WriteSideBySideXlsxEntry writeSideBySide = nullptr;
};

/// Where the loader looks, in order: beside the running executable, where it is installed
/// relative to the executables, and the build tree's module.
[[nodiscard]] std::vector<std::filesystem::path> xlsxModuleCandidates();

/// Loads the first candidate that is a module with every entry point (kept loaded for the
/// process's life). Throws ReportWriteError naming the module, and why each candidate failed.
[[nodiscard]] XlsxModule loadXlsxModule(const std::vector<std::filesystem::path>& candidates);

}  // namespace ccg::reports
