#include "checklists/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

namespace ccg {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, int error)
{
    throw FileWriteError("cannot write '" + path.string() + "': " + std::strerror(error));
}

[[noreturn]] void refuse(const std::filesystem::path& path, const std::string& why)
{
    throw FileWriteError("cannot write '" + path.string() + "': " + why + "; choose a file name instead");
}

/// "a character device" and the like: what a path is when it is not a regular file or a folder.
std::string kindOf(mode_t mode)
{
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISFIFO(mode))
        return "a named pipe";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}

/// The file that writing to `target` replaces: `target` itself unless it is a symbolic link, then
/// the file its links lead to (so the link stays a link).
std::filesystem::path destinationOf(const std::filesystem::path& target)
{
    struct stat link {};
    if (::lstat(target.c_str(), &link) != 0) {
        if (errno == ENOENT)
            return target;
        fail(target, errno);
    }
    if (!S_ISLNK(link.st_mode))
        return target;
    std::error_code error;
    auto resolved = std::filesystem::canonical(target, error);
    // A link to nothing (or to a pipe, as /proc/self/fd/1 may be) names no file we could replace.
    if (error)
        refuse(target, "it is a symbolic link that leads to no file");
    return resolved;
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
        throw FileWriteError("cannot write '" + m_target.string() + "': not a file name");
    m_destination = destinationOf(m_target);
    struct stat existing {};
    if (::stat(m_destination.c_str(), &existing) == 0) {
        if (S_ISDIR(existing.st_mode))
            fail(m_target, EISDIR);
        if (!S_ISREG(existing.st_mode))
            refuse(m_target, "it is " + kindOf(existing.st_mode) + ", not a regular file");
        m_existing = Existing{existing.st_mode, existing.st_uid, existing.st_gid};
    } else if (errno != ENOENT) {
        fail(m_target, errno);
    }
    std::random_device random;
    for (int attempt = 0; attempt < 16; ++attempt) {
        auto candidate = m_destination;
        candidate += ".part-" + std::to_string(random() % 1000000u);
        // A new file takes the user's umask; an existing one's mode is put back on commit().
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
        if (fd.get() < 0)
            fail(m_target, errno);
        if (m_existing) {
            // The owner first: changing it may clear mode bits. Only root, or an owner keeping its
            // own group, may do it; otherwise the file becomes the writer's, as a new file would.
            if (::fchown(fd.get(), m_existing->owner, m_existing->group) != 0 && errno != EPERM)
                fail(m_target, errno);
            if (::fchmod(fd.get(), m_existing->mode & 0777) != 0)
                fail(m_target, errno);
        }
        if (::fsync(fd.get()) != 0)
            fail(m_target, errno);
    }
    // What the target was when we looked may have been swapped since for something we must not replace.
    struct stat now {};
    if (::lstat(m_destination.c_str(), &now) == 0 && !S_ISREG(now.st_mode))
        refuse(m_target, "it is " + kindOf(now.st_mode) + ", not a regular file");
    if (std::rename(m_temporary.c_str(), m_destination.c_str()) != 0)
        fail(m_target, errno);
    m_committed = true;
}

}  // namespace ccg
