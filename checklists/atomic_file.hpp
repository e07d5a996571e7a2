#pragma once

#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace ccg {

/// A file could not be written (missing folder, no permission, disk full, not a regular file…).
class FileWriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A file written in full beside its target and renamed over it on commit(), so a failed run
/// never leaves a half-written file; the destructor removes an uncommitted temporary file.
/// The target may be a new file, a regular file (which keeps its permission bits and, where the
/// system allows, its owner) or a symbolic link to one (the file it leads to is replaced, the link
/// stays). Anything else is refused: renaming over a device, a named pipe or a socket replaces it
/// (as root, `-o /dev/null` replaced the system's /dev/null).
class AtomicFile {
public:
    /// Checks the target and creates the temporary file beside it; throws FileWriteError.
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// Where a writer that needs a file name (e.g. libxlsxwriter, SQLite) may write.
    [[nodiscard]] const std::filesystem::path& temporaryPath() const { return m_temporary; }
    /// The path as given, for messages.
    [[nodiscard]] const std::filesystem::path& target() const { return m_target; }

    /// Writes `bytes` as the whole content; throws FileWriteError.
    void write(std::string_view bytes);
    /// Flushes the content to disk and renames it over the target; throws FileWriteError.
    void commit();

private:
    /// Mode and owner of the file the target already is.
    struct Existing {
        mode_t mode = 0;
        uid_t owner = 0;
        gid_t group = 0;
    };

    std::filesystem::path m_target;
    std::filesystem::path m_destination;  ///< the target, or the file its symbolic links lead to
    std::filesystem::path m_temporary;
    std::optional<Existing> m_existing;
    bool m_committed = false;
};

}  // namespace ccg
