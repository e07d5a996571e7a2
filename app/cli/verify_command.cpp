#include "app/cli/arguments.hpp"
#include "app/cli/handlers.hpp"
#include "app/cli/inputs.hpp"
#include "app/cli/terminal_text.hpp"
#include "checklists/assessment_loader.hpp"
#include "checklists/sign_off_fingerprint.hpp"
#include "checklists/xml_document.hpp"

#include <ostream>

namespace ccg::cli {

int runVerify(const std::vector<std::string>& args, Streams& streams)
{
    const auto arguments = Arguments::parse(args, {{"--checklist", "--answers"}, {}, {}});
    if (!arguments.positional().empty())
        throw UsageError("unexpected argument '" + arguments.positional().front() + "'");
    const auto checklistPath = arguments.required("--checklist");
    const auto answersPath = arguments.required("--answers");
    const Checklist checklist = loadChecklistInput(checklistPath);

    // One read: the fingerprint and the validity are judged on the same bytes.
    Diagnostics errors;
    const auto bytes = xml::readBoundedFile(answersPath, errors);
    if (!bytes)
        throw InputError(std::move(errors));
    // The fingerprint first: a file changed after approval says so, whatever else is wrong with it.
    const SignOffCheck check = checkSignOff(*bytes, answersPath);
    if (check.verdict != SignOffCheck::Verdict::kMatches)
        throw InputError(check.errors);

    auto loaded = parseAssessment(*bytes, answersPath, checklist);
    for (const auto& warning : loaded.warnings)
        streams.err << warning.str() << " (warning)\n";
    if (!loaded.errors.empty())
        throw InputError(std::move(loaded.errors));

    const SignOffRecord& signOff = *check.signOff;
    streams.out << answersPath << ": matches its fingerprint " << check.fingerprint << "\n  approved "
                << printable(signOff.date) << " at " << printable(signOff.meeting) << ", minute "
                << printable(signOff.minute) << ", by " << printable(signOff.approver) << " ("
                << printable(signOff.role) << ")\n";
    return kExitOk;
}

}  // namespace ccg::cli
