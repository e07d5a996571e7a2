#include "app/cli/arguments.hpp"

namespace ccg::cli {

Arguments Arguments::parse(const std::vector<std::string>& args, const ArgumentSpec& spec)
{
    Arguments parsed;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (optionsEnded || arg.size() < 2 || arg[0] != '-') {
            parsed.m_positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        std::string name = arg;
        std::optional<std::string> inlineValue;
        if (const auto eq = arg.find('='); eq != std::string::npos && arg.rfind("--", 0) == 0) {
            name = arg.substr(0, eq);
            inlineValue = arg.substr(eq + 1);
        }
        if (spec.flags.count(name)) {
            if (inlineValue)
                throw UsageError(name + " takes no value");
            parsed.m_flags.insert(name);
            continue;
        }
        if (!spec.valueOptions.count(name))
            throw UsageError("unknown option " + name);
        if (parsed.m_values.count(name) && !spec.repeatable.count(name))
            throw UsageError(name + " given more than once");
        if (inlineValue) {
            parsed.m_values.emplace(name, *inlineValue);
        } else {
            if (i + 1 >= args.size())
                throw UsageError(name + " needs a value");
            parsed.m_values.emplace(name, args[++i]);
        }
    }
    return parsed;
}

std::optional<std::string> Arguments::value(const std::string& option) const
{
    const auto found = m_values.find(option);
    if (found == m_values.end())
        return std::nullopt;
    return found->second;
}

std::vector<std::string> Arguments::values(const std::string& option) const
{
    std::vector<std::string> all;
    const auto [first, last] = m_values.equal_range(option);
    for (auto it = first; it != last; ++it)
        all.push_back(it->second);
    return all;
}

std::string Arguments::required(const std::string& option) const
{
    if (auto found = value(option))
        return *found;
    throw UsageError("missing " + option);
}

bool Arguments::flag(const std::string& name) const
{
    return m_flags.count(name) > 0;
}

}  // namespace ccg::cli
