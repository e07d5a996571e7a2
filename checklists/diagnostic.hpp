#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace ccg {

/// One finding about an input file, printed as `FILE:LINE: message`.
struct Diagnostic {
    std::string file;
    int line = 0;
    std::string message;

    [[nodiscard]] std::string str() const;
    bool operator==(const Diagnostic&) const = default;
};

using Diagnostics = std::vector<Diagnostic>;

/// Thrown where an input cannot be used at all; carries every finding.
class InputError : public std::runtime_error {
public:
    explicit InputError(Diagnostics diagnostics);
    [[nodiscard]] const Diagnostics& diagnostics() const noexcept { return m_diagnostics; }

private:
    Diagnostics m_diagnostics;
};

/// Joins diagnostics one per line, as the command line prints them.
std::string joinDiagnostics(const Diagnostics& diagnostics);

}  // namespace ccg
