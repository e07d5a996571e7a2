#include "app/storage/storage_error.hpp"

namespace ccg::storage {

StorageError::StorageError(StorageErrorKind kind, const std::string& message)
    : std::runtime_error(message), m_kind(kind)
{
}

}  // namespace ccg::storage
