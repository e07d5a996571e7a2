#pragma once

#include <stdexcept>
#include <string>

namespace ccg::storage {

/// Why a storage operation failed, so callers can react (retry, offer a backup...).
enum class StorageErrorKind {
    Busy,          ///< another program holds the database: "database in use"
    Corrupt,       ///< integrity check failed, or SQLite found damage
    NotADatabase,  ///< the file is not an SQLite database
    TooNew,        ///< written by a newer version of the application
    UnknownSchema, ///< a schema version no version of the application writes (negative, or 0 over tables)
    Full,          ///< disk or size limit reached; nothing was written
    ReadOnly,      ///< the file or folder cannot be written
    NotFound,      ///< no such database, organisation, review, action...
    Conflict,      ///< would duplicate a unique key, or delete what others rely on
    Invalid,       ///< a value outside what the checklist or schema allows
    Locked,        ///< the review is approved (signed off); reopen it to change it
    Io,            ///< the operating system failed to read or write
    Other
};

/// A failed storage operation; the message is ready to show to a user.
class StorageError : public std::runtime_error {
public:
    StorageError(StorageErrorKind kind, const std::string& message);
    [[nodiscard]] StorageErrorKind kind() const noexcept { return m_kind; }

private:
    StorageErrorKind m_kind;
};

}  // namespace ccg::storage
