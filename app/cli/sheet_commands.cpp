// The spreadsheet commands of PRODUCT.md §14: a template to fill in, a filled workbook (or CSV
// file) turned into a checklist, and a checklist written back as a workbook.
#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/inputs.hpp"
#include "checklists/atomic_file.hpp"
#include "checklists/sheets/checklist_from_sheet.hpp"
#include "checklists/text_rules.hpp"
#include "checklists/words.hpp"
#include "reports/checklist_workbook.hpp"

#include <ostream>

namespace ccg::cli {

namespace {

/// The one FILE a command takes.
std::string onlyFile(const Arguments& arguments, const char* command, const char* what)
{
    if (arguments.positional().size() != 1)
        throw UsageError(std::string(command) + " needs exactly one " + what);
    return arguments.positional().front();
}

}  // namespace

int runChecklistTemplate(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"-o"}, {}, {}});
    if (!arguments.positional().empty())
        throw UsageError("checklist-template takes no FILE; write -o FILE.xlsx");
    const std::string out = arguments.required("-o");
    reports::writeChecklistTemplate(out);
    streams.out << out << ": template written (sheets Checklist, Scale, Items, Citations)\n";
    return kExitOk;
}

int runChecklistFromSheet(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(
        args, {{"-o", "--checklist-id", "--checklist-version", "--checklist-title", "--scale"}, {}, {}});
    const std::string in = onlyFile(arguments, "checklist-from-sheet", "FILE.xlsx or FILE.csv");
    const std::string out = arguments.required("-o");
    sheets::SheetOptions options;
    options.id = arguments.value("--checklist-id");
    options.version = arguments.value("--checklist-version");
    options.title = arguments.value("--checklist-title");
    if (const auto scale = arguments.value("--scale"))
        options.scale = *scale;
    const bool csv = asciiLowered(std::filesystem::path(in).extension().string()) == ".csv";
    const bool anyGiven = options.id || options.version || options.title || options.scale;
    if (csv && !(options.id && options.version && options.title))
        throw UsageError("a CSV file carries only the items: give --checklist-id, --checklist-version and "
                         "--checklist-title");
    if (!csv && anyGiven)
        throw UsageError("a workbook gives its id, version, title and scale in its Checklist and Scale sheets; "
                         "--checklist-id, --checklist-version, --checklist-title and --scale are for CSV files");
    const auto conversion = sheets::checklistFromSheetFile(in, options);
    if (!conversion.checklist)
        throw InputError(conversion.errors);
    AtomicFile file(out);
    file.write(conversion.xml);
    file.commit();
    streams.out << out << ": checklist written ("
                << words::plural(conversion.checklist->domains.size(), "domain", "domains") << ", "
                << words::plural(conversion.checklist->itemCount(), "item", "items") << ")\n";
    return kExitOk;
}

int runChecklistToSheet(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"-o"}, {}, {}});
    const std::string in = onlyFile(arguments, "checklist-to-sheet", "CHECKLIST.xml");
    const std::string out = arguments.required("-o");
    const Checklist checklist = loadChecklistInput(in);
    reports::writeChecklistWorkbook(checklist, out);
    streams.out << out << ": workbook written (" << words::plural(checklist.itemCount(), "item", "items") << ")\n";
    return kExitOk;
}

}  // namespace ccg::cli
