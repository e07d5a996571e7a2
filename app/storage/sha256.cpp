#include "app/storage/sha256.hpp"

#include <glib.h>

#include <memory>

namespace ccg::storage {

std::string sha256Hex(std::string_view data)
{
    // GLib is in every process of ours already (GTK, pango); its checksums are well kept.
    const std::unique_ptr<GChecksum, decltype(&g_checksum_free)> checksum(g_checksum_new(G_CHECKSUM_SHA256),
                                                                          &g_checksum_free);
    // g_checksum_update takes a signed length: feed very large inputs in pieces.
    constexpr std::size_t kPiece = std::size_t{1} << 30;
    for (std::size_t offset = 0; offset < data.size(); offset += kPiece) {
        const std::string_view piece = data.substr(offset, kPiece);
        g_checksum_update(checksum.get(), reinterpret_cast<const guchar*>(piece.data()),
                          static_cast<gssize>(piece.size()));
    }
    return g_checksum_get_string(checksum.get());
}

}  // namespace ccg::storage
