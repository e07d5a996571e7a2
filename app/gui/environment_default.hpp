#pragma once

#include <string>

namespace ccg::gui {

/// Sets an environment variable for the life of the object, unless the user has already set it;
/// the destructor removes it again only if it was set here.
class EnvironmentDefault {
public:
    EnvironmentDefault(std::string name, const std::string& value);
    ~EnvironmentDefault();
    EnvironmentDefault(const EnvironmentDefault&) = delete;
    EnvironmentDefault& operator=(const EnvironmentDefault&) = delete;

    /// True when the user's own value was kept.
    [[nodiscard]] bool userChose() const { return !m_setHere; }

private:
    std::string m_name;
    bool m_setHere = false;
};

}  // namespace ccg::gui
