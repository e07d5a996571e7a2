#include "checklists/sheets/zip_reader.hpp"

#include <unzip.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace ccg::sheets {

namespace {

/// The archive's bytes and where minizip is reading them: the stream behind our IO callbacks.
struct MemoryStream {
    std::string_view bytes;
    std::size_t position = 0;
};

// minizip reads through these callbacks, so the archive never has to be a file on disk (the
// fuzz target feeds bytes) and is never read past its end.
voidpf openMemory(voidpf opaque, const void*, int)
{
    return opaque;
}

uLong readMemory(voidpf, voidpf stream, void* buffer, uLong size)
{
    auto& memory = *static_cast<MemoryStream*>(stream);
    const std::size_t count = std::min<std::size_t>(size, memory.bytes.size() - memory.position);
    std::memcpy(buffer, memory.bytes.data() + memory.position, count);
    memory.position += count;
    return static_cast<uLong>(count);
}

uLong writeMemory(voidpf, voidpf, const void*, uLong)
{
    return 0;
}

ZPOS64_T tellMemory(voidpf, voidpf stream)
{
    return static_cast<MemoryStream*>(stream)->position;
}

long seekMemory(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto& memory = *static_cast<MemoryStream*>(stream);
    ZPOS64_T base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = memory.position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = memory.bytes.size();
    if (base > memory.bytes.size() || offset > memory.bytes.size() - base)
        return -1;
    memory.position = static_cast<std::size_t>(base + offset);
    return 0;
}

int closeMemory(voidpf, voidpf)
{
    return 0;
}

int errorMemory(voidpf, voidpf)
{
    return 0;
}

}  // namespace

struct ZipReader::State {
    MemoryStream stream;
    unzFile zip = nullptr;
    std::size_t totalRead = 0;

    ~State()
    {
        if (zip)
            unzClose(zip);
    }
};

ZipReader::ZipReader(std::unique_ptr<State> state) : m_state(std::move(state)) {}
ZipReader::ZipReader(ZipReader&&) noexcept = default;
ZipReader& ZipReader::operator=(ZipReader&&) noexcept = default;
ZipReader::~ZipReader() = default;

std::optional<ZipReader> ZipReader::open(std::string_view bytes)
{
    auto state = std::make_unique<State>();
    state->stream.bytes = bytes;
    zlib_filefunc64_def io{};
    io.zopen64_file = openMemory;
    io.zread_file = readMemory;
    io.zwrite_file = writeMemory;
    io.ztell64_file = tellMemory;
    io.zseek64_file = seekMemory;
    io.zclose_file = closeMemory;
    io.zerror_file = errorMemory;
    io.opaque = &state->stream;
    state->zip = unzOpen2_64("workbook", &io);
    if (!state->zip)
        return std::nullopt;
    return ZipReader(std::move(state));
}

bool ZipReader::has(const std::string& member) const
{
    return unzLocateFile(m_state->zip, member.c_str(), 1) == UNZ_OK;
}

std::optional<std::string> ZipReader::read(const std::string& member,
                                           const std::function<bool(std::string_view chunk)>& consume)
{
    unzFile zip = m_state->zip;
    if (unzLocateFile(zip, member.c_str(), 1) != UNZ_OK)
        return "the workbook has no part " + member;
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return "the workbook's part " + member + " cannot be read: the file is damaged";
    constexpr auto limitText = "16 MiB";
    if (info.uncompressed_size > kMaxMemberBytes)
        return "the workbook's part " + member + " unpacks to more than " + limitText + "; refused";
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return "the workbook's part " + member + " cannot be read: the file is damaged or encrypted";
    std::array<char, 64 * 1024> buffer{};
    std::size_t memberRead = 0;
    std::optional<std::string> problem;
    int count = 0;
    while ((count = unzReadCurrentFile(zip, buffer.data(), static_cast<unsigned>(buffer.size()))) > 0) {
        memberRead += static_cast<std::size_t>(count);
        m_state->totalRead += static_cast<std::size_t>(count);
        // The declared size may lie: what is really unpacked is what counts.
        if (memberRead > kMaxMemberBytes) {
            problem = "the workbook's part " + member + " unpacks to more than " + limitText + "; refused";
            break;
        }
        if (m_state->totalRead > kMaxTotalBytes) {
            problem = "the workbook unpacks to more than 64 MiB in all; refused";
            break;
        }
        if (!consume(std::string_view(buffer.data(), static_cast<std::size_t>(count))))
            break;
    }
    // Closing checks the CRC, but only when the whole member was read.
    const int closed = unzCloseCurrentFile(zip);
    if (problem)
        return problem;
    if (count < 0 || (count == 0 && closed != UNZ_OK))
        return "the workbook's part " + member + " cannot be read: the file is damaged (" +
               (closed == UNZ_CRCERROR ? std::string("its checksum is wrong") : std::string("truncated or corrupt")) +
               ")";
    return std::nullopt;
}

}  // namespace ccg::sheets
