// Fuzz target: any bytes as a checklist workbook or CSV file (PRODUCT.md §14). The first byte
// says which: even for XLSX, odd for CSV. A conversion either gives a checklist whose XML the
// checklist loader accepts, or says why not; it never crashes, hangs or reads out of bounds.
#include "fuzz_support.hpp"

#include "checklists/checklist_loader.hpp"
#include "checklists/sheets/checklist_from_sheet.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view bytes = ccg::fuzz::textOf(data + 1, size - 1);
    const bool csv = (data[0] & 1) != 0;
    const auto conversion =
        csv ? ccg::sheets::checklistFromCsv(bytes, "fuzz.csv", {std::string("fuzz"), std::string("1"),
                                                                std::string("Fuzz"), std::nullopt},
                                            std::nullopt)
            : ccg::sheets::checklistFromXlsx(bytes, "fuzz.xlsx");
    if (!conversion.checklist) {
        if (conversion.errors.empty())
            ccg::fuzz::fail("a sheet was refused without a reason");
        return 0;
    }
    if (!ccg::parseChecklist(conversion.xml, "fuzz.xml").checklist)
        ccg::fuzz::fail("a sheet gave a checklist the loader refuses");
    return 0;
}
