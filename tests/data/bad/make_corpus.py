#!/usr/bin/env python3
"""Writes the bad-input corpus: each case is the mini checklist or answers file with one
defect, and expected.tsv names the line and the words its diagnostic must contain.
Run from this folder after changing a case; the files are committed."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "..", "mini-checklist.xml"), encoding="utf-8") as f:
    CHECKLIST = f.read()
with open(os.path.join(HERE, "..", "mini-answers.xml"), encoding="utf-8") as f:
    ANSWERS = f.read()

cases = []  # (kind, name, bytes, line, message words)


def line_of(text, marker):
    return text[: text.index(marker)].count("\n") + 1


def case(kind, name, base, old, new, message, marker=None, line=None):
    assert old in base, (name, old)
    text = base.replace(old, new, 1)
    if line is None:
        line = line_of(text, marker if marker is not None else new)
    cases.append((kind, name, text.encode("utf-8"), line, message))


def raw(kind, name, data, line, message):
    cases.append((kind, name, data, line, message))


C, A = "checklists", "answers"
ITEM1 = '<item id="gov-01" weight="2" critical="true" target="3">'
# --- checklist structure and attributes
case(C, "mismatched-tag", CHECKLIST, "<rationale>Probity.</rationale>", "<rationale>Probity.</rationle>", "mismatched tag")
# --- the hand-writing mistakes of PRODUCT.md §14, each with its hint
case(C, "bare-ampersand", CHECKLIST, "<rationale>Probity.</rationale>", "<rationale>Probity & trust.</rationale>", "write &amp; for an ampersand")
case(C, "curly-quotes", CHECKLIST, '<item id="gov-02">', '<item id=\u201cgov-02\u201d>', "straight quotes")
case(C, "mismatched-tag-named", CHECKLIST, "<rationale>Probity.</rationale>", "<rationale>Probity.</rationle>", "</rationle> does not close <rationale>, opened on line %d" % line_of(CHECKLIST, "<rationale>Probity."))
case(C, "missing-checklist-id", CHECKLIST, '<checklist id="mini" ', "<checklist ", "missing required attribute 'id'", marker="<checklist ")
case(C, "missing-version", CHECKLIST, ' version="1.0" title', " title", "missing required attribute 'version'", marker="<checklist ")
case(C, "missing-title", CHECKLIST, ' title="Mini checklist"', "", "missing required attribute 'title'", marker="<checklist ")
case(C, "no-scale", CHECKLIST, CHECKLIST[CHECKLIST.index("  <scale>"):CHECKLIST.index("  <rag")], "", "has no <scale>", marker="<checklist ")
case(C, "level-missing-label", CHECKLIST, '<level value="1" label="Early progress">', '<level value="1">', "missing required attribute 'label'")
case(C, "level-missing-value", CHECKLIST, '<level value="1" label="Early progress">', '<level label="Early progress">', "missing required attribute 'value'")
case(C, "scale-gap", CHECKLIST, '<level value="2" label="Partly in place">Works in places.</level>\n', "", "level 2 is missing", marker="<scale>")
case(C, "scale-not-from-zero", CHECKLIST, '<level value="0" label="Not in place">Nothing exists yet.</level>\n', "", "level 0 is missing", marker="<scale>")
case(C, "scale-repeated-level", CHECKLIST, '<level value="2" label="Partly in place">', '<level value="1" label="Partly in place">', "listed twice")
case(C, "scale-single-level", CHECKLIST, CHECKLIST[CHECKLIST.index('    <level value="1"'):CHECKLIST.index("  </scale>")], "", "at least two levels", marker="<scale>")
case(C, "level-not-integer", CHECKLIST, '<level value="1" label', '<level value="1.0" label', "not a whole number")
case(C, "duplicate-item-id", CHECKLIST, '<item id="gov-02">', '<item id="gov-01">', "duplicate id 'gov-01'")
case(C, "domain-id-equals-item-id", CHECKLIST, '<domain id="engagement"', '<domain id="gov-02"', "duplicate id 'gov-02'", marker='<domain id="gov-02"')
case(C, "checklist-id-equals-domain-id", CHECKLIST, '<checklist id="mini"', '<checklist id="governance"', "duplicate id 'governance'", marker='<domain id="governance"')
case(C, "id-upper-case", CHECKLIST, '<item id="gov-02">', '<item id="Gov-02">', "must match [a-z0-9][a-z0-9.-]*")
case(C, "id-leading-hyphen", CHECKLIST, '<item id="gov-02">', '<item id="-gov-02">', "must match")
case(C, "id-with-space", CHECKLIST, '<item id="gov-02">', '<item id="gov 02">', "must match")
case(C, "id-empty", CHECKLIST, '<item id="gov-02">', '<item id="">', "must match")
for name, value, words in [("zero", "0", "greater than 0"), ("negative", "-1", "greater than 0"),
                           ("nan", "NaN", "not a decimal number"), ("infinity", "inf", "not a decimal number"),
                           ("hex", "0x2", "not a decimal number"), ("spaces", " 2 ", "not a decimal number"),
                           ("empty", "", "not a decimal number"), ("overflow", "1e999", "not a decimal number"),
                           ("comma", "1,5", "not a decimal number")]:
    case(C, "weight-" + name, CHECKLIST, '<item id="eng-01" weight="0.5">', '<item id="eng-01" weight="%s">' % value, words)
case(C, "domain-weight-zero", CHECKLIST, '<domain id="governance" title="Governance" weight="2">', '<domain id="governance" title="Governance" weight="0">', "greater than 0")
case(C, "target-above-scale", CHECKLIST, ITEM1, ITEM1.replace('target="3"', 'target="5"'), "outside the scale 0..4")
case(C, "target-negative", CHECKLIST, ITEM1, ITEM1.replace('target="3"', 'target="-1"'), "outside the scale")
case(C, "target-decimal", CHECKLIST, ITEM1, ITEM1.replace('target="3"', 'target="2.5"'), "not a whole number")
case(C, "critical-yes", CHECKLIST, ITEM1, ITEM1.replace('critical="true"', 'critical="yes"'), "must be true or false")
case(C, "rag-red-above-green", CHECKLIST, '<rag red-below="50" green-from="75"/>', '<rag red-below="80" green-from="75"/>', "0 < red-below < green-from <= 100")
case(C, "rag-red-equals-green", CHECKLIST, '<rag red-below="50" green-from="75"/>', '<rag red-below="75" green-from="75"/>', "red-below < green-from")
case(C, "rag-green-over-100", CHECKLIST, '<rag red-below="50" green-from="75"/>', '<rag red-below="50" green-from="100.5"/>', "<= 100")
case(C, "rag-red-zero", CHECKLIST, '<rag red-below="50" green-from="75"/>', '<rag red-below="0" green-from="75"/>', "0 < red-below")
case(C, "rag-one-attribute-conflicts-default", CHECKLIST, '<rag red-below="50" green-from="75"/>', '<rag red-below="90"/>', "red-below < green-from")
case(C, "no-domain", CHECKLIST, CHECKLIST[CHECKLIST.index('  <domain id="governance"'):CHECKLIST.index("</checklist>")], "", "has no <domain>", marker="<checklist ")
case(C, "domain-without-items", CHECKLIST, CHECKLIST[CHECKLIST.index('    <item id="eng-01"'):CHECKLIST.index("  </domain>\n</checklist>")], "", "has no <item>", marker='<domain id="engagement"')
case(C, "domain-missing-title", CHECKLIST, '<domain id="engagement" title="Public engagement">', '<domain id="engagement">', "missing required attribute 'title'")
case(C, "item-missing-id", CHECKLIST, '<item id="gov-02">', "<item>", "missing required attribute 'id'")
case(C, "item-without-question", CHECKLIST, "      <question>Does the board review its own effectiveness?</question>\n", "", "has no <question>", marker='<item id="gov-02">')
case(C, "question-empty", CHECKLIST, "<question>Does the board review its own effectiveness?</question>", "<question>  </question>", "empty <question>")
case(C, "question-twice", CHECKLIST, "<question>Does the board review its own effectiveness?</question>", "<question>One?</question><question>Two?</question>", "may hold only one <question>")
case(C, "unknown-element", CHECKLIST, "<guidance>A register, reviewed.</guidance>", "<guidence>A register, reviewed.</guidence>", "unknown element <guidence>")
case(C, "unknown-attribute", CHECKLIST, '<item id="eng-01" weight="0.5">', '<item id="eng-01" wieght="0.5">', "unknown attribute 'wieght'")
case(C, "unknown-root-attribute", CHECKLIST, 'lang="en-GB"', 'lang="en-GB" author="me"', "unknown attribute 'author'")
case(C, "stray-text-in-domain", CHECKLIST, "    <description>How the board runs itself.</description>\n", "    <description>How the board runs itself.</description>\n    stray words\n", "unexpected text inside <domain>", marker="stray words")
case(C, "stray-text-in-item", CHECKLIST, "<question>Is the public involved in decisions?</question>", "<question>Is the public involved in decisions?</question> oops", "unexpected text inside <item>")
case(C, "element-inside-question", CHECKLIST, "<question>Is the public involved in decisions?</question>", "<question>Is the <b>public</b> involved?</question>", "unknown element <b>")
case(C, "cite-page-words", CHECKLIST, 'page="16"', 'page="sixteen"', "not a whole number")
case(C, "cite-page-zero", CHECKLIST, 'page="16"', 'page="0"', "1 or more")
case(C, "two-scales", CHECKLIST, '  <rag red-below', '  <scale><level value="0" label="a"/><level value="1" label="b"/></scale>\n  <rag red-below', "may hold only one <scale>", marker="<scale><level")
case(C, "level-with-child", CHECKLIST, "Work has begun.</level>", "Work <em>has</em> begun.</level>", "unknown element <em>")
case(C, "wrong-root", CHECKLIST, "<checklist ", "<check ", "mismatched tag", marker="</checklist>")
# --- checklist attributes of format 1.1
case(C, "assessed-by-blank", CHECKLIST, 'lang="en-GB"', 'lang="en-GB" assessed-by=" "', "assessed-by must name the body that assesses itself", marker="<checklist ")
case(C, "assessed-by-too-long", CHECKLIST, 'lang="en-GB"', 'lang="en-GB" assessed-by="%s"' % ("c" * 41), "assessed-by holds 41 characters; at most 40", marker="<checklist ")
case(C, "assurance-capitalised", CHECKLIST, 'lang="en-GB"', 'lang="en-GB" assurance="Off"', 'assurance="Off" must be on or off', marker="<checklist ")
# --- sources, importance and citations of format 1.1
SOURCE = '<source title="Ambition, challenge, transition" publisher="NHS Confederation" year="2013"/>'
CITE = '<cite section="Supporting clinical leadership" page="16" key-point="20"/>'
case(C, "importance-not-a-word", CHECKLIST, ITEM1, ITEM1[:-1] + ' importance="high">', 'importance="high" must be must, should or could')
case(C, "importance-capitalised", CHECKLIST, ITEM1, ITEM1[:-1] + ' importance="Must">', 'importance="Must" must be must, should or could')
case(C, "source-url-javascript", CHECKLIST, SOURCE, SOURCE[:-2] + ' url="javascript:alert(1)"/>', "must be a web address starting with http:// or https://")
case(C, "source-url-file", CHECKLIST, SOURCE, SOURCE[:-2] + ' url="file:///etc/passwd"/>', "must be a web address starting with http:// or https://")
case(C, "source-url-no-host", CHECKLIST, SOURCE, SOURCE[:-2] + ' url="https://"/>', "must be a web address")
case(C, "source-year-words", CHECKLIST, 'year="2013"', 'year="twenty thirteen"', "not a whole number")
case(C, "source-unknown-attribute", CHECKLIST, SOURCE, SOURCE[:-2] + ' edtion="2nd"/>', "unknown attribute 'edtion'")
case(C, "cite-locator-empty", CHECKLIST, CITE, CITE[:-2] + ' locator=""/>', "locator must hold 1 to 100 characters")
case(C, "cite-locator-too-long", CHECKLIST, CITE, CITE[:-2] + ' locator="%s"/>' % ("x" * 101), "it holds 101")
case(C, "cite-source-zero", CHECKLIST, CITE, CITE[:-2] + ' source="0"/>', "source must be 1 or more")
case(C, "cite-source-beyond", CHECKLIST, CITE, CITE[:-2] + ' source="2"/>', 'source="2" names no source: the checklist has 1 <source>')
case(C, "id-starts-with-dot", CHECKLIST, '<item id="gov-02">', '<item id=".gov-02">', "must match [a-z0-9][a-z0-9.-]*")
case(C, "answers-file-as-checklist", ANSWERS, "<assessment", "<assessment", "root element must be <checklist>", marker="<assessment")
# expat notices the open quote where the next tag starts, one line further on
case(C, "unclosed-attribute-quote", CHECKLIST, '<item id="gov-02">', '<item id="gov-02>', "malformed XML", line=line_of(CHECKLIST, '<item id="gov-02">') + 1)
case(C, "undefined-entity", CHECKLIST, "Probity.", "Probity &nbsp; matters.", "undefined entity")
case(C, "encoding-latin1-declared", CHECKLIST, 'encoding="UTF-8"', 'encoding="ISO-8859-1"', "only UTF-8 is supported", marker="<?xml")
case(C, "text-after-root", CHECKLIST, "</checklist>\n", "</checklist>\ntrailing junk\n", "junk after document element", marker="trailing junk")
case(C, "two-roots", CHECKLIST, "</checklist>\n", "</checklist>\n<checklist/>\n", "junk after document element", marker="<checklist/>")
# --- hostile bytes
BILLION = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n' + "".join(
    ' <!ENTITY lol%d "%s">\n' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10) for i in range(1, 10)) + "]>\n<checklist>&lol9;</checklist>\n"
raw(C, "billion-laughs", BILLION.encode(), 2, "DOCTYPE declarations are not allowed")
raw(C, "external-entity", b'<?xml version="1.0"?>\n<!DOCTYPE checklist SYSTEM "file:///etc/passwd">\n<checklist>&xxe;</checklist>\n', 2, "DOCTYPE declarations are not allowed")
raw(C, "empty", b"", 1, "file is empty")
raw(C, "whitespace-only", b"  \n\n  \n", 1, "file is empty")
raw(C, "truncated", CHECKLIST.encode()[: len(CHECKLIST) // 2], CHECKLIST[: len(CHECKLIST) // 2].count("\n") + 1, "malformed XML")
raw(C, "utf16-bom", b"\xff\xfe" + CHECKLIST.encode("utf-16-le"), 1, "UTF-16")
raw(C, "utf16-no-bom", CHECKLIST.encode("utf-16-be"), 1, "NUL bytes")
raw(C, "binary-garbage", bytes(range(256)) * 4, 1, "NUL bytes")
latin1 = CHECKLIST.replace("Probity.", "Probity caf\xe9.").encode("latin-1")
raw(C, "latin1-bytes", latin1, line_of(CHECKLIST, "Probity."), "invalid UTF-8")
raw(C, "overlong-utf8", CHECKLIST.replace("Probity.", "Probity @.").encode().replace(b"@", b"\xc0\xaf"), line_of(CHECKLIST, "Probity."), "invalid UTF-8")
raw(C, "surrogate-utf8", CHECKLIST.replace("Probity.", "Probity @.").encode().replace(b"@", b"\xed\xa0\x80"), line_of(CHECKLIST, "Probity."), "invalid UTF-8")
raw(C, "control-character", CHECKLIST.replace("Probity.", "Probity \x01.").encode(), line_of(CHECKLIST, "Probity."), "malformed XML")
raw(C, "not-xml-at-all", b"id,question\ngov-01,Is it?\n", 1, "malformed XML")
raw(C, "bom-then-garbage", b"\xef\xbb\xbf{\"json\": true}\n", 1, "malformed XML")

# --- answers files (validated against ../mini-checklist.xml)
case(A, "checklist-mismatch", ANSWERS, 'checklist="mini"', 'checklist="other"', "answers are for checklist 'other'")
case(A, "missing-checklist", ANSWERS, ' checklist="mini"', "", "missing required attribute 'checklist'", marker="<assessment")
case(A, "unknown-item-answer", ANSWERS, '<answer item="gov-02" rater="chair" level="3"/>', '<answer item="gov-99" rater="chair" level="3"/>', "item 'gov-99', which the checklist does not have")
case(A, "unknown-item-agreed", ANSWERS, '<agreed item="gov-02" level="2"/>', '<agreed item="nope" level="2"/>', "item 'nope'")
case(A, "unknown-item-target", ANSWERS, '<target item="eng-02" level="3"/>', '<target item="nope" level="3"/>', "item 'nope'")
case(A, "unknown-item-action", ANSWERS, '<action item="gov-01"', '<action item="nope"', "item 'nope'")
case(A, "level-above-scale", ANSWERS, '<answer item="gov-02" rater="chair" level="3"/>', '<answer item="gov-02" rater="chair" level="5"/>', "outside the scale 0..4")
case(A, "level-negative", ANSWERS, '<answer item="gov-02" rater="chair" level="3"/>', '<answer item="gov-02" rater="chair" level="-1"/>', "outside the scale")
case(A, "level-words", ANSWERS, '<answer item="gov-02" rater="chair" level="3"/>', '<answer item="gov-02" rater="chair" level="two"/>', 'level="two" must be the number of a level: 0 Not in place, 1 Early progress')
case(A, "level-as-label", ANSWERS, '<answer item="gov-02" rater="chair" level="3"/>', '<answer item="gov-02" rater="chair" level="Embedded"/>', '3 Embedded, 4 Exemplar (or na="true" where the item does not apply)')
case(A, "level-and-na", ANSWERS, '<answer item="gov-02" rater="chair" level="3"/>', '<answer item="gov-02" rater="chair" level="3" na="true"/>', "both level and na")
case(A, "neither-level-nor-na", ANSWERS, '<answer item="gov-02" rater="chair" level="3"/>', '<answer item="gov-02" rater="chair"/>', "needs a level or na=\"true\"")
case(A, "na-false", ANSWERS, '<answer item="eng-01" rater="chair" na="true"/>', '<answer item="eng-01" rater="chair" na="false"/>', "must be na=\"true\"")
case(A, "agreed-level-and-na", ANSWERS, '<agreed item="gov-02" level="2"/>', '<agreed item="gov-02" level="2" na="true"/>', "both level and na")
case(A, "agreed-neither", ANSWERS, '<agreed item="gov-02" level="2"/>', '<agreed item="gov-02"/>', "needs a level")
case(A, "undeclared-rater", ANSWERS, '<answer item="gov-02" rater="chair" level="3"/>', '<answer item="gov-02" rater="ghost" level="3"/>', "rater 'ghost', who is not declared")
case(A, "duplicate-answer", ANSWERS, '<answer item="gov-02" rater="chair" level="3"/>', '<answer item="gov-02" rater="chair" level="3"/>\n  <answer item="gov-02" rater="chair" level="1"/>', "answers item 'gov-02' more than once", marker='<answer item="gov-02" rater="chair" level="1"/>')
case(A, "duplicate-anonymous-answer", ANSWERS, '<answer item="eng-02" level="2"/>', '<answer item="eng-02" level="2"/>\n  <answer item="eng-02" level="3"/>', "the anonymous rater answers item 'eng-02' more than once", marker='<answer item="eng-02" level="3"/>')
case(A, "duplicate-agreed", ANSWERS, '<agreed item="gov-02" level="2"/>', '<agreed item="gov-02" level="2"/>\n  <agreed item="gov-02" level="1"/>', "more than one <agreed>", marker='<agreed item="gov-02" level="1"/>')
case(A, "duplicate-target", ANSWERS, '<target item="eng-02" level="3"/>', '<target item="eng-02" level="3"/>\n  <target item="eng-02" level="2"/>', "more than one <target>", marker='<target item="eng-02" level="2"/>')
case(A, "target-without-level", ANSWERS, '<target item="eng-02" level="3"/>', '<target item="eng-02"/>', "missing required attribute 'level'")
case(A, "target-above-scale", ANSWERS, '<target item="eng-02" level="3"/>', '<target item="eng-02" level="9"/>', "outside the scale")
case(A, "answer-without-item", ANSWERS, '<answer item="gov-02" rater="chair" level="3"/>', '<answer rater="chair" level="3"/>', "missing required attribute 'item'")
case(A, "action-without-item", ANSWERS, '<action item="gov-01" ', '<action ', "missing required attribute 'item'")
case(A, "review-impossible-date", ANSWERS, 'date="2014-03-01"', 'date="2014-02-30"', "not a real date")
case(A, "review-date-slashes", ANSWERS, 'date="2014-03-01"', 'date="01/03/2014"', "not a real date")
case(A, "action-due-not-leap", ANSWERS, 'due="2014-06-30"', 'due="2013-02-29"', "not a real date")
case(A, "action-bad-status", ANSWERS, 'status="open"', 'status="closed"', "must be open, in-progress, done or dropped")
case(A, "unknown-element", ANSWERS, '<target item="eng-02" level="3"/>', '<goal item="eng-02" level="3"/>', "unknown element <goal>")
case(A, "unknown-attribute", ANSWERS, '<answer item="eng-02" level="2"/>', '<answer item="eng-02" level="2" score="2"/>', "unknown attribute 'score'")
case(A, "stray-text", ANSWERS, '<target item="eng-02" level="3"/>', 'loose words <target item="eng-02" level="3"/>', "unexpected text inside <assessment>")
case(A, "duplicate-rater", ANSWERS, '<rater id="ao" name="B. Officer" role="Accountable officer"/>', '<rater id="ao" name="B. Officer" role="Accountable officer"/>\n  <rater id="ao" name="Other"/>', "rater 'ao' is declared twice", marker='<rater id="ao" name="Other"/>')
case(A, "rater-without-id", ANSWERS, '<rater id="ao" name="B. Officer" role="Accountable officer"/>', '<rater name="B. Officer" role="Accountable officer"/>', "missing required attribute 'id'")
case(A, "two-organisations", ANSWERS, '<review id=', '<organisation code="X" name="Y"/>\n  <review id=', "may hold only one <organisation>", marker='<organisation code="X"')
case(A, "element-in-note", ANSWERS, "<note>O'Brien", "<note><b>bold</b>O'Brien", "unknown element <b>")
case(A, "two-notes", ANSWERS, "<note>O'Brien &amp; co said \"yes\"</note>", "<note>one</note><note>two</note>", "may hold only one <note>")
AGREED = '<agreed item="gov-02" level="2"/>'
def agreed_with(children):
    return '<agreed item="gov-02" level="2">' + children + '</agreed>'
case(A, "dissent-undeclared-rater", ANSWERS, AGREED, agreed_with('<dissent rater="ghost">no</dissent>'), "rater 'ghost', who is not declared", marker="<dissent")
case(A, "dissent-anonymous", ANSWERS, AGREED, agreed_with('<dissent rater="">no</dissent>'), "the anonymous rater cannot dissent", marker="<dissent")
case(A, "dissent-without-rater", ANSWERS, AGREED, agreed_with('<dissent>no</dissent>'), "missing required attribute 'rater'", marker="<dissent")
case(A, "dissent-twice", ANSWERS, AGREED, agreed_with('<dissent rater="ao">one</dissent>\n<dissent rater="ao">two</dissent>'), "dissents more than once", marker='<dissent rater="ao">two')
case(A, "two-rationales", ANSWERS, AGREED, agreed_with('<rationale>a</rationale><rationale>b</rationale>'), "may hold only one <rationale>", marker="<agreed item=\"gov-02\" level=\"2\">")
case(A, "rationale-too-long", ANSWERS, AGREED, agreed_with('<rationale>' + 'x' * 2001 + '</rationale>'), "holds 2001 characters; at most 2000", marker="<rationale>")
case(A, "rationale-with-element", ANSWERS, AGREED, agreed_with('<rationale><b>why</b></rationale>'), "unknown element <b>", marker="<b>")
case(A, "dissent-unknown-attribute", ANSWERS, AGREED, agreed_with('<dissent rater="ao" level="3">no</dissent>'), "unknown attribute 'level'", marker="<dissent")
# --- answers elements of format 1.1
REVIEW = '<review id="2014-q1" title="Board self-review" date="2014-03-01"/>'
FINGERPRINT = "sha256:" + "0123456789abcdef" * 4
SIGN_OFF = ('<sign-off date="2015-03-26" meeting="Board meeting in public" minute="GB/15/031" '
            'approver="Dr Asha Patel" role="Chair" fingerprint="%s"/>' % FINGERPRINT)
STRENGTH = '<evidence-strength item="gov-01" value="documented"/>'
CHOICE = '<assurance-choice level="reasonable" by="Sue Brennan" date="2015-03-20"/>'
COMMITMENT = '<commitment from-review="2013-q4" item="gov-01" owner="Board secretary" due="2014-01-31" outcome="done">Publish the register</commitment>'
def after_review(text):
    return REVIEW + "\n  " + text
case(A, "follows-empty", ANSWERS, REVIEW, REVIEW.replace("/>", ' follows=""/>'), "attribute follows must name the review")
case(A, "review-unknown-attribute", ANSWERS, REVIEW, REVIEW.replace("/>", ' previous="2013-q4"/>'), "unknown attribute 'previous'")
case(A, "evidence-strength-unknown-item", ANSWERS, REVIEW, after_review(STRENGTH.replace("gov-01", "gov-99")), "<evidence-strength> names item 'gov-99', which the checklist does not have", marker="<evidence-strength")
case(A, "evidence-strength-without-item", ANSWERS, REVIEW, after_review('<evidence-strength value="documented"/>'), "missing required attribute 'item'", marker="<evidence-strength")
case(A, "evidence-strength-without-value", ANSWERS, REVIEW, after_review('<evidence-strength item="gov-01"/>'), "missing required attribute 'value'", marker="<evidence-strength")
case(A, "evidence-strength-capitalised", ANSWERS, REVIEW, after_review(STRENGTH.replace("documented", "Documented")), 'value "Documented" must be none, asserted, documented or verified', marker="<evidence-strength")
case(A, "evidence-strength-unknown-value", ANSWERS, REVIEW, after_review(STRENGTH.replace("documented", "strong")), 'value "strong" must be none, asserted, documented or verified', marker="<evidence-strength")
case(A, "evidence-strength-twice", ANSWERS, REVIEW, after_review(STRENGTH + "\n  " + STRENGTH.replace("documented", "verified")), "item 'gov-01' has more than one <evidence-strength>", marker='value="verified"')
case(A, "evidence-strength-with-text", ANSWERS, REVIEW, after_review(STRENGTH.replace("/>", ">good</evidence-strength>")), "unexpected text inside <evidence-strength>", marker="<evidence-strength")
case(A, "assurance-choice-unknown-level", ANSWERS, REVIEW, after_review(CHOICE.replace("reasonable", "adequate")), 'level "adequate" must be substantial, reasonable, limited or none', marker="<assurance-choice")
case(A, "assurance-choice-capitalised", ANSWERS, REVIEW, after_review(CHOICE.replace("reasonable", "Reasonable")), 'level "Reasonable" must be substantial', marker="<assurance-choice")
case(A, "assurance-choice-without-by", ANSWERS, REVIEW, after_review(CHOICE.replace(' by="Sue Brennan"', "")), "missing required attribute 'by'", marker="<assurance-choice")
case(A, "assurance-choice-empty-by", ANSWERS, REVIEW, after_review(CHOICE.replace("Sue Brennan", "")), "attribute by must not be empty", marker="<assurance-choice")
case(A, "assurance-choice-without-date", ANSWERS, REVIEW, after_review(CHOICE.replace(' date="2015-03-20"', "")), "missing required attribute 'date'", marker="<assurance-choice")
case(A, "assurance-choice-impossible-date", ANSWERS, REVIEW, after_review(CHOICE.replace("2015-03-20", "2015-04-31")), "not a real date", marker="<assurance-choice")
case(A, "assurance-choice-twice", ANSWERS, REVIEW, after_review(CHOICE + "\n  " + CHOICE.replace("reasonable", "limited")), "may hold only one <assurance-choice>", marker='level="limited"')
case(A, "commitment-without-from-review", ANSWERS, REVIEW, after_review(COMMITMENT.replace(' from-review="2013-q4"', "")), "missing required attribute 'from-review'", marker="<commitment")
case(A, "commitment-empty-from-review", ANSWERS, REVIEW, after_review(COMMITMENT.replace("2013-q4", "")), "attribute from-review must not be empty", marker="<commitment")
case(A, "commitment-unknown-outcome", ANSWERS, REVIEW, after_review(COMMITMENT.replace('outcome="done"', 'outcome="closed"')), 'outcome "closed" must be pending, done, partly, not-done or superseded', marker="<commitment")
case(A, "commitment-capitalised-outcome", ANSWERS, REVIEW, after_review(COMMITMENT.replace('outcome="done"', 'outcome="Done"')), 'outcome "Done" must be pending', marker="<commitment")
case(A, "commitment-impossible-due", ANSWERS, REVIEW, after_review(COMMITMENT.replace("2014-01-31", "2014-02-29")), "not a real date", marker="<commitment")
case(A, "commitment-item-not-an-id", ANSWERS, REVIEW, after_review(COMMITMENT.replace('item="gov-01"', 'item="Gov 01"')), 'item="Gov 01" is not an item id', marker="<commitment")
case(A, "commitment-remark-too-long", ANSWERS, REVIEW, after_review(COMMITMENT.replace('outcome="done"', 'outcome="done" remark="%s"' % ("\u00e9" * 2001))), "remark holds 2001 characters; at most 2000", marker="<commitment")
case(A, "commitment-with-element", ANSWERS, REVIEW, after_review(COMMITMENT.replace("Publish the register", "Publish <b>the</b> register")), "unknown element <b> inside <commitment>", marker="<commitment")
case(A, "commitment-unknown-attribute", ANSWERS, REVIEW, after_review(COMMITMENT.replace('outcome="done"', 'status="done"')), "unknown attribute 'status'", marker="<commitment")
for attribute, value in [("date", "2015-03-26"), ("meeting", "Board meeting in public"), ("minute", "GB/15/031"),
                         ("approver", "Dr Asha Patel"), ("role", "Chair"), ("fingerprint", FINGERPRINT)]:
    case(A, "sign-off-without-" + attribute, ANSWERS, REVIEW, after_review(SIGN_OFF.replace(' %s="%s"' % (attribute, value), "")), "missing required attribute '%s'" % attribute, marker="<sign-off")
    case(A, "sign-off-empty-" + attribute, ANSWERS, REVIEW, after_review(SIGN_OFF.replace(' %s="%s"' % (attribute, value), ' %s=""' % attribute)), "attribute %s must not be empty" % attribute, marker="<sign-off")
case(A, "sign-off-impossible-date", ANSWERS, REVIEW, after_review(SIGN_OFF.replace("2015-03-26", "2015-02-29")), "not a real date", marker="<sign-off")
case(A, "sign-off-upper-case-fingerprint", ANSWERS, REVIEW, after_review(SIGN_OFF.replace(FINGERPRINT, FINGERPRINT.upper().replace("SHA256", "sha256"))), "must be sha256: followed by 64 lower-case hex digits", marker="<sign-off")
case(A, "sign-off-short-fingerprint", ANSWERS, REVIEW, after_review(SIGN_OFF.replace(FINGERPRINT, FINGERPRINT[:-1])), "must be sha256: followed by 64 lower-case hex digits", marker="<sign-off")
case(A, "sign-off-other-hash", ANSWERS, REVIEW, after_review(SIGN_OFF.replace(FINGERPRINT, "md5:" + "0" * 32)), "must be sha256: followed by 64 lower-case hex digits", marker="<sign-off")
case(A, "sign-off-twice", ANSWERS, REVIEW, after_review(SIGN_OFF + "\n  " + SIGN_OFF.replace("GB/15/031", "GB/15/032")), "may hold only one <sign-off>", marker="GB/15/032")
case(A, "checklist-as-answers", CHECKLIST, "<checklist", "<checklist", "root element must be <assessment>", marker="<checklist ")
raw(A, "doctype", b'<?xml version="1.0"?>\n<!DOCTYPE assessment [<!ENTITY x "y">]>\n<assessment checklist="mini">&x;</assessment>\n', 2, "DOCTYPE declarations are not allowed")
raw(A, "truncated", ANSWERS.encode()[: len(ANSWERS) * 2 // 3], ANSWERS[: len(ANSWERS) * 2 // 3].count("\n") + 1, "malformed XML")
raw(A, "empty", b"", 1, "file is empty")
raw(A, "utf16-bom", b"\xfe\xff" + ANSWERS.encode("utf-16-be"), 1, "UTF-16")

# The expectations file: kind, name, line, words.
expected = []
for kind, name, data, line, message in cases:
    os.makedirs(os.path.join(HERE, kind), exist_ok=True)
    with open(os.path.join(HERE, kind, name + ".xml"), "wb") as f:
        f.write(data)
    expected.append("%s/%s.xml\t%d\t%s" % (kind, name, line, message))
with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# file\tline\twords the diagnostic must contain (answers files are checked against ../mini-checklist.xml)\n")
    f.write("\n".join(expected) + "\n")
print(len(cases), "cases")
