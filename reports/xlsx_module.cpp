// The entry points of ccg-selfassess-xlsx.so; see xlsx_module.hpp.
#include "reports/xlsx_module.hpp"
#include "reports/side_by_side_xlsx.hpp"
#include "reports/xlsx_writer.hpp"

#include <exception>

namespace {

/// Runs `write`, turning any exception into false and its message: none may cross the module boundary.
template <class Write>
bool caught(std::string* error, const Write& write) noexcept
{
    try {
        write();
        return true;
    } catch (const std::exception& failure) {
        *error = failure.what();
    } catch (...) {
        *error = "the XLSX writer failed";
    }
    return false;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) bool ccg_reports_write_xlsx(const ccg::reports::ReportModel* model,
                                                                              const char* path,
                                                                              std::string* error) noexcept
{
    static_assert(std::is_same_v<decltype(&ccg_reports_write_xlsx), ccg::reports::WriteXlsxEntry>);
    return caught(error, [&] { ccg::reports::writeXlsx(*model, path); });
}

extern "C" __attribute__((visibility("default"))) bool ccg_reports_write_side_by_side_xlsx(
    const ccg::Checklist* checklist, const ccg::SideBySide* table, const char* path, std::string* error) noexcept
{
    static_assert(std::is_same_v<decltype(&ccg_reports_write_side_by_side_xlsx), ccg::reports::WriteSideBySideXlsxEntry>);
    return caught(error, [&] { ccg::reports::writeSideBySideXlsx(*checklist, *table, path); });
}
