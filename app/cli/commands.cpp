#include "app/cli/command.hpp"

#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/version.hpp"
#include "checklists/diagnostic.hpp"

#include <exception>
#include <ostream>

namespace ccg::cli {

namespace {

void printHelp(std::ostream& out)
{
    out << "Usage: ccg-selfassess                 start the desktop application\n"
           "       ccg-selfassess COMMAND [OPTIONS]\n\n"
           "Commands:\n";
    for (const auto& command : commands())
        out << "  " << command.synopsis << "\n      " << command.summary << "\n";
    out << "\n  --help       show this help (also COMMAND --help)\n"
           "  --version    show the version\n\n"
           "Exit status: 0 success, 1 invalid input (FILE:LINE: message on stderr), 2 wrong usage.\n";
}

const Command* findCommand(const std::string& name)
{
    for (const auto& command : commands())
        if (command.name == name)
            return &command;
    return nullptr;
}

bool asksForHelp(const std::vector<std::string>& args)
{
    for (const auto& arg : args) {
        if (arg == "--")
            return false;
        if (arg == "--help" || arg == "-h")
            return true;
    }
    return false;
}

}  // namespace

const std::vector<Command>& commands()
{
    static const std::vector<Command> all{
        {"validate", "validate [--checklist C] FILE...",
         "Check checklist files, or answers files against checklist C.", runValidate},
        {"score", "score --checklist C --answers A [--format json|text]",
         "Score a review and print the result.", runScore},
        {"merge", "merge --checklist C -o OUT A1 A2...",
         "Combine raters' answers files of one review into one file.", runMerge},
        {"compare", "compare --checklist C [--format text|json|csv|xlsx] [-o OUT] A1 A2...",
         "Set the reviews of several answers files side by side (e.g. one per board of a workshop):\n"
         "      overall and domain scores with RAG and range, and where the reviews are furthest apart.",
         runCompare},
        {"report",
         "report --checklist C --answers A [--previous P [--previous-checklist C0]] "
         "--format html|pdf|csv|xlsx|workshop-pdf -o OUT [--as-of YYYY-MM-DD] [--audience board|public]\n"
         "       [--assurance substantial|reasonable|limited|none]",
         "Write the board's gap report. csv writes the item list to OUT and the action plan beside it as\n"
         "      OUT's name + \"-actions.csv\" (gaps.csv -> gaps-actions.csv). workshop-pdf is a blank checklist\n"
         "      for one rater (--answers optional). Actions are overdue or due within 30 days as at the\n"
         "      review's date, or today for an undated review, unless --as-of gives another date. The previous\n"
         "      review is scored with --previous-checklist, the checklist version it was made with (default C).\n"
         "      --audience public writes the version for a meeting in public: raters become \"Member 1...n\",\n"
         "      with no names, roles, notes, evidence or dissent, and every page says \"Public version\";\n"
         "      board (the default) shows everything. Until the review is signed off every page says \"Draft\".\n"
         "      --assurance records the level of assurance the author chooses (as chosen by you, today); without\n"
         "      it the cover shows the level the checklist's rule suggests, marked as a suggestion.",
         runReport},
        {"import", "import [--db D] --checklist C --answers A [--organisation CODE] [--blind]",
         "Store an answers file as a new review in the database (all or nothing). --blind hides each\n"
         "      rater's ratings from the others in the desktop application until the review is revealed.",
         runImport},
        {"export", "export [--db D] --review ID -o OUT",
         "Write a stored review (number or ORG/REVIEW) as an answers file.", runExport},
        {"backup", "backup [--db D] -o OUT [--force]", "Copy the database safely while it may be in use.", runBackup},
        {"list", "list [--db D] [--organisation CODE] [--format text|json]",
         "List organisations and reviews with score and completeness.", runList},
        {"score-stored", "score-stored [--db D] --review ID [--format json|text]",
         "Score a stored review and print the result.", runScoreStored},
        {"report-stored",
         "report-stored [--db D] --review ID [--previous ID | --no-previous] --format html|pdf|csv|xlsx|workshop-pdf "
         "-o OUT [--as-of YYYY-MM-DD] [--audience board|public]",
         "Write the gap report of a stored review; the trend is against its previous review. --audience\n"
         "      as for report. workshop-pdf is a blank pack of the checklist version the review uses.",
         runReportStored},
        {"compare-stored", "compare-stored [--db D] [--format text|json|csv|xlsx] [-o OUT] ID1 ID2...",
         "Set stored reviews of one checklist side by side, from any organisations (IDs as for --review).",
         runCompareStored},
        {"forms", "forms [--db D] --review ID -o DIR [--rater R]...",
         "Write a rating form (one HTML file) for each rater of a stored review, or for the raters named:\n"
         "      members rate in any browser, offline, and save their answers as a file to send back.",
         runForms},
        {"reveal", "reveal [--db D] --review ID",
         "Reveal a blind review's ratings to every rater (recorded with who and when, in the audit trail).",
         runReveal},
        {"collect", "collect [--db D] --review ID FILE...",
         "Take raters' returned rating forms into a review: each file's answers replace that rater's\n"
         "      earlier ones, all or nothing per file; a line per file says what was taken or why not.",
         runCollect},
        {"history", "history [--db D] --review ID [--item X] [--format text|json|csv]",
         "Show who changed what in a stored review, and when (of one item with --item), newest first:\n"
         "      old -> new value of each change, times in UTC. json is an array of objects with the keys\n"
         "      at (UTC, ISO 8601), user, kind (rating, note, evidence, agreed, rationale, dissent, target,\n"
         "      action, rater, review, round, other), what, item, rater, old, new (null where none); csv has\n"
         "      the same columns under a header row.",
         runHistory},
        {"verify", "verify --checklist C --answers A",
         "Say whether a signed-off answers file is still the one approved: exit 0 if it matches the\n"
         "      fingerprint its <sign-off> records, 1 if it was changed since, has no sign-off or is not valid.\n"
         "      Anyone can check the same with: sed 's/fingerprint=\"sha256:[0-9a-f]*\"/fingerprint=\"\"/' A\n"
         "      | xmllint --c14n - | sha256sum",
         runVerify},
        {"sign-off",
         "sign-off [--db D] --review ID --date YYYY-MM-DD --meeting M --minute REF --approver NAME --role ROLE",
         "Record that the board (or whichever body the checklist names) approved a stored review: the\n"
         "      meeting, its date, the minute reference, who signed it off and their role. The review is then\n"
         "      locked: every change to it is refused until it is reopened. The answers file as approved is\n"
         "      kept with its fingerprint; export writes it.",
         runSignOff},
        {"reopen", "reopen [--db D] --review ID --reason TEXT",
         "Reopen an approved review for change, saying why (recorded in the audit trail). Its approval and the\n"
         "      file as approved are kept.",
         runReopen},
        {"checklist-template", "checklist-template -o FILE.xlsx",
         "Write a workbook to write a checklist in: sheets Checklist, Scale, Items and Citations with a note\n"
         "      on each column, drop-down lists where a column has fixed values, and a filled-in example.",
         runChecklistTemplate},
        {"checklist-from-sheet",
         "checklist-from-sheet FILE.xlsx|FILE.csv [--checklist-id ID --checklist-version V --checklist-title T\n"
         "       [--scale SCALE.csv]] -o CHECKLIST.xml",
         "Turn a filled-in workbook, or its Items sheet saved as CSV UTF-8, into a checklist file, validated\n"
         "      as any checklist. Every problem is reported at once as FILE:SHEET:ROW: message (FILE:ROW: for\n"
         "      CSV; the header is row 1), and nothing is written until there is none. A CSV file needs the\n"
         "      three --checklist- options; its scale is SCALE.csv (rows of value, label, descriptor) or the\n"
         "      shipped checklist's five levels.",
         runChecklistFromSheet},
        {"checklist-to-sheet", "checklist-to-sheet CHECKLIST.xml -o FILE.xlsx",
         "Write a checklist as such a workbook; checklist-from-sheet reads it back to the same checklist.",
         runChecklistToSheet},
    };
    return all;
}

int runCommandLine(const std::vector<std::string>& args, Streams& streams)
{
    try {
        if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
            printHelp(streams.out);
            return args.empty() ? kExitUsage : kExitOk;
        }
        if (args[0] == "--version") {
            streams.out << "ccg-selfassess " << kVersion << "\n";
            return kExitOk;
        }
        if (args[0] == "--db")  // `--db PATH` alone opens the desktop application
            throw UsageError(args.size() == 1 ? "--db needs the path of a database"
                                              : "--db goes after the command, e.g. 'list --db PATH'");
        const Command* command = findCommand(args[0]);
        if (!command)
            throw UsageError("unknown command '" + args[0] + "'");
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (asksForHelp(rest)) {
            streams.out << "Usage: ccg-selfassess " << command->synopsis << "\n" << command->summary << "\n";
            return kExitOk;
        }
        return command->run(rest, streams);
    } catch (const UsageError& error) {
        streams.err << "ccg-selfassess: " << error.what() << "\nTry 'ccg-selfassess --help'.\n";
        return kExitUsage;
    } catch (const InputError& error) {
        streams.err << error.what() << "\n";
        return kExitInvalidInput;
    } catch (const std::exception& error) {
        streams.err << "ccg-selfassess: " << error.what() << "\n";
        return kExitInvalidInput;
    }
}

}  // namespace ccg::cli
