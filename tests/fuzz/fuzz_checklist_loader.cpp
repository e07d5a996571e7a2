// Fuzz target: any bytes as a checklist definition file (PRODUCT.md §3). A checklist that loads
// must score an empty review and every one of its items must be found by id.
#include "fuzz_support.hpp"

#include "checklists/assessment.hpp"
#include "checklists/checklist_loader.hpp"
#include "checklists/scoring.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto loaded = ccg::parseChecklist(ccg::fuzz::textOf(data, size), "fuzz.xml");
    if (!loaded.checklist) {
        if (loaded.errors.empty())
            ccg::fuzz::fail("a checklist was refused without a reason");
        return 0;
    }
    const ccg::Checklist& checklist = *loaded.checklist;
    ccg::Assessment review;
    review.checklistId = checklist.id;
    const auto result = ccg::score(checklist, review);
    if (result.items != static_cast<int>(checklist.itemCount()))
        ccg::fuzz::fail("the score counts other items than the checklist holds");
    for (const auto& domain : checklist.domains)
        for (const auto& item : domain.items)
            if (checklist.findItem(item.id) != &item)
                ccg::fuzz::fail("an item is not found by its id");
    return 0;
}
