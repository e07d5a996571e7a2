#include "checklists/assessment_writer.hpp"

#include "checklists/atomic_file.hpp"
#include "checklists/xml_escape.hpp"

namespace ccg {

namespace {

using xml::attr;
using xml::escaped;

std::string ratingAttributes(const Rating& rating)
{
    return rating.level ? attr("level", std::to_string(*rating.level)) : attr("na", "true");
}

}  // namespace

std::string writeAssessmentXml(const Assessment& assessment)
{
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<assessment" + attr("checklist", assessment.checklistId);
    if (!assessment.checklistVersion.empty())
        out += attr("checklist-version", assessment.checklistVersion);
    out += ">\n";
    if (const auto& organisation = assessment.organisation)
        out += "  <organisation" + attr("code", organisation->code) + attr("name", organisation->name) + "/>\n";
    if (const auto& review = assessment.review) {
        out += "  <review" + attr("id", review->id) + attr("title", review->title);
        if (!review->date.empty())
            out += attr("date", review->date);
        if (!review->follows.empty())
            out += attr("follows", review->follows);
        out += "/>\n";
    }
    if (const auto& signOff = assessment.signOff)
        out += "  <sign-off" + attr("date", signOff->date) + attr("meeting", signOff->meeting) +
               attr("minute", signOff->minute) + attr("approver", signOff->approver) + attr("role", signOff->role) +
               attr("fingerprint", signOff->fingerprint) + "/>\n";
    for (const auto& rater : assessment.raters)
        out += "  <rater" + attr("id", rater.id) + attr("name", rater.name) + attr("role", rater.role) + "/>\n";
    for (const auto& answer : assessment.answers) {
        out += "  <answer" + attr("item", answer.item);
        if (!answer.rater.empty())
            out += attr("rater", answer.rater);
        out += ratingAttributes(answer.rating);
        if (answer.note.empty() && answer.evidence.empty()) {
            out += "/>\n";
            continue;
        }
        out += ">";
        if (!answer.note.empty())
            out += "<note>" + escaped(answer.note, false) + "</note>";
        if (!answer.evidence.empty())
            out += "<evidence>" + escaped(answer.evidence, false) + "</evidence>";
        out += "</answer>\n";
    }
    for (const auto& agreed : assessment.agreed) {
        out += "  <agreed" + attr("item", agreed.item) + ratingAttributes(agreed.rating);
        if (agreed.rationale.empty() && agreed.dissent.empty()) {
            out += "/>\n";
            continue;
        }
        out += ">\n";
        if (!agreed.rationale.empty())
            out += "    <rationale>" + escaped(agreed.rationale, false) + "</rationale>\n";
        for (const auto& dissent : agreed.dissent)
            out += "    <dissent" + attr("rater", dissent.rater) + ">" + escaped(dissent.text, false) + "</dissent>\n";
        out += "  </agreed>\n";
    }
    for (const auto& entry : assessment.evidenceStrengths)
        if (entry.strength != EvidenceStrength::None)
            out += "  <evidence-strength" + attr("item", entry.item) + attr("value", toString(entry.strength)) + "/>\n";
    if (const auto& choice = assessment.assuranceChoice)
        out += "  <assurance-choice" + attr("level", toString(choice->level)) + attr("by", choice->by) +
               attr("date", choice->date) + "/>\n";
    for (const auto& commitment : assessment.commitments) {
        out += "  <commitment" + attr("from-review", commitment.fromReview);
        if (!commitment.item.empty())
            out += attr("item", commitment.item);
        if (!commitment.owner.empty())
            out += attr("owner", commitment.owner);
        if (!commitment.due.empty())
            out += attr("due", commitment.due);
        out += attr("outcome", toString(commitment.outcome));
        if (!commitment.remark.empty())
            out += attr("remark", commitment.remark);
        out += ">" + escaped(commitment.text, false) + "</commitment>\n";
    }
    for (const auto& target : assessment.targets)
        out += "  <target" + attr("item", target.item) + attr("level", std::to_string(target.level)) + "/>\n";
    for (const auto& action : assessment.actions) {
        out += "  <action" + attr("item", action.item);
        if (!action.owner.empty())
            out += attr("owner", action.owner);
        if (!action.due.empty())
            out += attr("due", action.due);
        out += attr("status", toString(action.status)) + ">" + escaped(action.text, false) + "</action>\n";
    }
    out += "</assessment>\n";
    return out;
}

void saveAssessmentFile(const Assessment& assessment, const std::filesystem::path& path)
{
    AtomicFile file(path);
    file.write(writeAssessmentXml(assessment));
    file.commit();
}

}  // namespace ccg
