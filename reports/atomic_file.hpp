#pragma once

#include <filesystem>
#include <stdexcept>
#include <string_view>

namespace ccg::reports {

/// A report file could not be written (missing folder, no permission, disk full…).
class ReportWriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A file written in full beside its target and renamed over it on commit(), so a failed run
/// never leaves a half-written report; the destructor removes an uncommitted temporary file.
class AtomicFile {
public:
    /// Creates the temporary file in the target's folder; throws ReportWriteError.
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// Where a writer that needs a file name (e.g. libxlsxwriter) may write.
    [[nodiscard]] const std::filesystem::path& temporaryPath() const { return m_temporary; }
    [[nodiscard]] const std::filesystem::path& target() const { return m_target; }

    /// Writes `bytes` as the whole content; throws ReportWriteError.
    void write(std::string_view bytes);
    /// Flushes the content to disk and renames it over the target; throws ReportWriteError.
    void commit();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    bool m_committed = false;
};

}  // namespace ccg::reports
