#include "reports/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

namespace ccg::reports {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, int error)
{
    throw ReportWriteError("cannot write '" + path.string() + "': " + std::strerror(error));
}

/// Closes a descriptor on every path out of a function.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    [[nodiscard]] int get() const { return m_fd; }
    /// Closes now, reporting the error close() gives (e.g. a delayed write failure).
    int close()
    {
        const int result = ::close(m_fd);
        m_fd = -1;
        return result;
    }

private:
    int m_fd;
};

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : m_target(std::move(target))
{
    if (m_target.filename().empty())
        throw ReportWriteError("cannot write '" + m_target.string() + "': not a file name");
    std::error_code ec;
    if (std::filesystem::is_directory(m_target, ec))
        fail(m_target, EISDIR);
    std::random_device random;
    for (int attempt = 0; attempt < 16; ++attempt) {
        auto candidate = m_target;
        candidate += ".part-" + std::to_string(random() % 1000000u);
        const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            m_temporary = std::move(candidate);
            return;
        }
        if (errno != EEXIST)
            fail(m_target, errno);
    }
    fail(m_target, EEXIST);
}

AtomicFile::~AtomicFile()
{
    if (!m_committed && !m_temporary.empty()) {
        std::error_code ignored;
        std::filesystem::remove(m_temporary, ignored);
    }
}

void AtomicFile::write(std::string_view bytes)
{
    FileDescriptor fd(::open(m_temporary.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC));
    if (fd.get() < 0)
        fail(m_target, errno);
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd.get(), bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            fail(m_target, errno);
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    if (fd.close() != 0)
        fail(m_target, errno);
}

void AtomicFile::commit()
{
    {
        FileDescriptor fd(::open(m_temporary.c_str(), O_RDONLY | O_CLOEXEC));
        if (fd.get() < 0 || ::fsync(fd.get()) != 0)
            fail(m_target, errno);
    }
    if (std::rename(m_temporary.c_str(), m_target.c_str()) != 0)
        fail(m_target, errno);
    m_committed = true;
}

}  // namespace ccg::reports
