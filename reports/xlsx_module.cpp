// The entry point of ccg-selfassess-xlsx.so; see xlsx_module.hpp.
#include "reports/xlsx_module.hpp"
#include "reports/xlsx_writer.hpp"

#include <exception>

extern "C" __attribute__((visibility("default"))) bool ccg_reports_write_xlsx(const ccg::reports::ReportModel* model,
                                                                              const char* path,
                                                                              std::string* error) noexcept
{
    static_assert(std::is_same_v<decltype(&ccg_reports_write_xlsx), ccg::reports::WriteXlsxEntry>);
    try {
        ccg::reports::writeXlsx(*model, path);
        return true;
    } catch (const std::exception& failure) {
        *error = failure.what();
    } catch (...) {
        *error = "the XLSX writer failed";
    }
    return false;
}
