#include "shaping_counter.hpp"

#include <dlfcn.h>

#include <atomic>

namespace {

std::atomic<std::size_t> g_shaped{0};

}  // namespace

// Pango calls HarfBuzz's hb_shape for every run it shapes; this definition in the executable comes
// first in symbol lookup, counts the run's length and passes the call on. Declared with opaque
// pointers so the test needs no HarfBuzz headers.
extern "C" unsigned int hb_buffer_get_length(const void* buffer);

extern "C" void hb_shape(void* font, void* buffer, const void* features, unsigned int featureCount)
{
    using Shape = void (*)(void*, void*, const void*, unsigned int);
    static const auto next = reinterpret_cast<Shape>(dlsym(RTLD_NEXT, "hb_shape"));
    g_shaped += hb_buffer_get_length(buffer);
    next(font, buffer, features, featureCount);
}

namespace ccg::test {

std::size_t shapedCharacters()
{
    return g_shaped.load();
}

}  // namespace ccg::test
