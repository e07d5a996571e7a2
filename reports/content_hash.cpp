#include "reports/content_hash.hpp"

#include <glib.h>

#include <memory>
#include <stdexcept>

namespace ccg::reports {

std::string sha256Base64(std::string_view bytes)
{
    // GLib's checksums are well kept and GLib is linked already (through pango).
    const std::unique_ptr<GChecksum, decltype(&g_checksum_free)> checksum(g_checksum_new(G_CHECKSUM_SHA256),
                                                                          &g_checksum_free);
    if (bytes.size() > static_cast<std::size_t>(G_MAXSSIZE))
        throw std::length_error("text too long to hash");
    g_checksum_update(checksum.get(), reinterpret_cast<const guchar*>(bytes.data()), static_cast<gssize>(bytes.size()));
    guint8 digest[32];
    gsize length = sizeof digest;
    g_checksum_get_digest(checksum.get(), digest, &length);
    const std::unique_ptr<gchar, decltype(&g_free)> encoded(g_base64_encode(digest, length), &g_free);
    return encoded.get();
}

}  // namespace ccg::reports
