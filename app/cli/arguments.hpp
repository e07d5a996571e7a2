#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace ccg::cli {

/// Wrong use of the command line: exit status 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// What a subcommand accepts: options that take a value and flags that do not.
struct ArgumentSpec {
    std::set<std::string> valueOptions;  ///< e.g. "--checklist", "-o"
    std::set<std::string> flags;         ///< e.g. "--force"
    std::set<std::string> repeatable;    ///< value options that may be given more than once
};

/// A subcommand's arguments after parsing.
class Arguments {
public:
    /// Parses `--name value`, `--name=value`, flags and positionals; `--` ends options.
    static Arguments parse(const std::vector<std::string>& args, const ArgumentSpec& spec);

    [[nodiscard]] std::optional<std::string> value(const std::string& option) const;
    [[nodiscard]] std::vector<std::string> values(const std::string& option) const;
    /// The option's value; UsageError naming the option when it is missing.
    [[nodiscard]] std::string required(const std::string& option) const;
    [[nodiscard]] bool flag(const std::string& name) const;
    [[nodiscard]] const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::multimap<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
};

}  // namespace ccg::cli
