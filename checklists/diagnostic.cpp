#include "checklists/diagnostic.hpp"

namespace ccg {

std::string Diagnostic::str() const
{
    return file + ":" + std::to_string(line) + ": " + message;
}

std::string joinDiagnostics(const Diagnostics& diagnostics)
{
    std::string joined;
    for (const auto& diagnostic : diagnostics) {
        if (!joined.empty())
            joined += '\n';
        joined += diagnostic.str();
    }
    return joined;
}

InputError::InputError(Diagnostics diagnostics)
    : std::runtime_error(joinDiagnostics(diagnostics)), m_diagnostics(std::move(diagnostics))
{
}

}  // namespace ccg
