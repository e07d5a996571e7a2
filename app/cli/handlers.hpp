#pragma once

#include "app/cli/command.hpp"

#include <string>
#include <vector>

// One function per subcommand; each lives in its own *_command.cpp file.
namespace ccg::cli {

int runValidate(const std::vector<std::string>& args, Streams& streams);
int runScore(const std::vector<std::string>& args, Streams& streams);
int runMerge(const std::vector<std::string>& args, Streams& streams);
int runCompare(const std::vector<std::string>& args, Streams& streams);
int runReport(const std::vector<std::string>& args, Streams& streams);
// The database (app/cli/storage_commands.cpp, stored_review_commands.cpp).
int runImport(const std::vector<std::string>& args, Streams& streams);
int runExport(const std::vector<std::string>& args, Streams& streams);
int runBackup(const std::vector<std::string>& args, Streams& streams);
int runList(const std::vector<std::string>& args, Streams& streams);
int runScoreStored(const std::vector<std::string>& args, Streams& streams);
int runReportStored(const std::vector<std::string>& args, Streams& streams);
int runCompareStored(const std::vector<std::string>& args, Streams& streams);
// The rating round (app/cli/forms_command.cpp, round_commands.cpp).
int runForms(const std::vector<std::string>& args, Streams& streams);
int runReveal(const std::vector<std::string>& args, Streams& streams);
int runCollect(const std::vector<std::string>& args, Streams& streams);
// The record (app/cli/history_command.cpp).
int runHistory(const std::vector<std::string>& args, Streams& streams);
// The sign-off (app/cli/verify_command.cpp).
int runVerify(const std::vector<std::string>& args, Streams& streams);
int runSignOff(const std::vector<std::string>& args, Streams& streams);
int runReopen(const std::vector<std::string>& args, Streams& streams);
// Checklists written in a spreadsheet (app/cli/sheet_commands.cpp).
int runChecklistTemplate(const std::vector<std::string>& args, Streams& streams);
int runChecklistFromSheet(const std::vector<std::string>& args, Streams& streams);
int runChecklistToSheet(const std::vector<std::string>& args, Streams& streams);

}  // namespace ccg::cli
