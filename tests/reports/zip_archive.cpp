#include "zip_archive.hpp"

#include <unzip.h>

#include <array>
#include <memory>

namespace ccg::test {

namespace {

struct ZipCloser {
    void operator()(void* zip) const { unzClose(zip); }
};

/// The current member's content; false (with `error`) when it cannot be read or its CRC is wrong.
bool readMember(unzFile zip, const std::string& name, std::string& content, std::string& error)
{
    if (unzOpenCurrentFile(zip) != UNZ_OK) {
        error = "cannot open member " + name;
        return false;
    }
    std::array<char, 64 * 1024> buffer{};
    int read = 0;
    while ((read = unzReadCurrentFile(zip, buffer.data(), static_cast<unsigned>(buffer.size()))) > 0)
        content.append(buffer.data(), static_cast<std::size_t>(read));
    // Closing checks the CRC of what was read.
    const int closed = unzCloseCurrentFile(zip);
    if (read < 0 || closed != UNZ_OK) {
        error = "member " + name + (closed == UNZ_CRCERROR ? " fails its CRC check" : " cannot be read");
        return false;
    }
    return true;
}

}  // namespace

std::string ZipArchive::member(const std::string& name) const
{
    const auto found = members.find(name);
    return found == members.end() ? std::string() : found->second;
}

ZipArchive readZip(const std::string& path)
{
    ZipArchive archive;
    const std::unique_ptr<void, ZipCloser> zip(unzOpen64(path.c_str()));
    if (!zip) {
        archive.error = path + " is not a zip archive";
        return archive;
    }
    for (int at = unzGoToFirstFile(zip.get()); at != UNZ_END_OF_LIST_OF_FILE; at = unzGoToNextFile(zip.get())) {
        if (at != UNZ_OK) {
            archive.error = "the directory of " + path + " is damaged";
            return archive;
        }
        std::array<char, 1024> name{};
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip.get(), &info, name.data(), name.size(), nullptr, 0, nullptr, 0) != UNZ_OK) {
            archive.error = "a member of " + path + " cannot be listed";
            return archive;
        }
        std::string content;
        if (!readMember(zip.get(), name.data(), content, archive.error))
            return archive;
        archive.members.emplace(name.data(), std::move(content));
    }
    archive.valid = !archive.members.empty();
    if (!archive.valid)
        archive.error = path + " holds no member";
    return archive;
}

}  // namespace ccg::test
