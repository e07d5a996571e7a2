// ccg-selfassess: starts the desktop application (no arguments, or only --db PATH) or the
// command line. It links neither, so starting one never pays for loading the other.
#include "app/launcher/launcher.hpp"

int main(int argc, char** argv)
{
    return ccg::launcher::launch(argc, argv);
}
