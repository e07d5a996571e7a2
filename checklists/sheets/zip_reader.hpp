#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ccg::sheets {

/// Most bytes one member of a workbook may unpack to (the 16 MiB of PRODUCT.md §3).
inline constexpr std::size_t kMaxMemberBytes = std::size_t{16} << 20;
/// Most bytes all the members read from one workbook may unpack to together.
inline constexpr std::size_t kMaxTotalBytes = std::size_t{64} << 20;

/// A zip archive held in memory, read with minizip. Members are unpacked in chunks and handed
/// on as they come, so a zip bomb is stopped at the limit, never held whole: a member is refused
/// when its declared size is over kMaxMemberBytes and when what it really unpacks to is.
class ZipReader {
public:
    /// Opens `bytes` (which must outlive the reader); nullopt when they are not a zip archive.
    static std::optional<ZipReader> open(std::string_view bytes);
    ZipReader(ZipReader&&) noexcept;
    ZipReader& operator=(ZipReader&&) noexcept;
    ~ZipReader();

    [[nodiscard]] bool has(const std::string& member) const;

    /// Unpacks `member`, passing each chunk to `consume` (which returns false to stop early).
    /// Returns nothing on success, else why the member could not be read.
    std::optional<std::string> read(const std::string& member,
                                    const std::function<bool(std::string_view chunk)>& consume);

private:
    struct State;
    explicit ZipReader(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

}  // namespace ccg::sheets
