#include "app/gui/environment_default.hpp"

#include <cstdlib>
#include <utility>

namespace ccg::gui {

EnvironmentDefault::EnvironmentDefault(std::string name, const std::string& value) : m_name(std::move(name))
{
    // Set but empty is a choice too: keep it.
    if (std::getenv(m_name.c_str()))
        return;
    m_setHere = setenv(m_name.c_str(), value.c_str(), 0) == 0;
}

EnvironmentDefault::~EnvironmentDefault()
{
    if (m_setHere)
        unsetenv(m_name.c_str());
}

}  // namespace ccg::gui
