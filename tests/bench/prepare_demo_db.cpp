// Prepares the start-up benchmark's database: the demo organisation imported, as after a
// user's first run.
#include "app/session/demo_loader.hpp"
#include "app/session/resource_paths.hpp"

#include <cstdio>
#include <exception>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: gui_bench_prepare DATABASE\n");
        return 2;
    }
    try {
        auto repository = ccg::storage::Repository::open(argv[1]);
        const auto resources = ccg::session::sourceLayout(CCG_SOURCE_DIR);
        ccg::session::importDemo(repository, resources.checklist, resources.demoDir);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
    return 0;
}
