#pragma once

// Reads the XLSX writer's output as a zip archive with minizip, so the workbook tests need no
// unzip program (which a fresh machine may lack) and never drop a check for want of one.
#include <map>
#include <string>

namespace ccg::test {

/// Every member of a zip archive, each read in full and its CRC checked.
struct ZipArchive {
    bool valid = false;
    std::string error;                           ///< why it is not valid
    std::map<std::string, std::string> members;  ///< name → uncompressed content

    /// The content of member `name`, or empty when there is none.
    [[nodiscard]] std::string member(const std::string& name) const;
};

/// Reads the zip archive at `path` with minizip.
ZipArchive readZip(const std::string& path);

}  // namespace ccg::test
