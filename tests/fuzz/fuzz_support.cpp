#include "fuzz_support.hpp"

#include "checklists/checklist_loader.hpp"

#include <cstdio>
#include <cstdlib>

namespace ccg::fuzz {

const Checklist& shippedChecklist()
{
    static const Checklist checklist = loadChecklistOrThrow(CCG_SOURCE_DIR "/checklists/ccg-commissioning-2013.xml");
    return checklist;
}

void fail(const char* what)
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

}  // namespace ccg::fuzz
