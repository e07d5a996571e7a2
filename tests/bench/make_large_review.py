#!/usr/bin/env python3
"""Writes a generated checklist and answers file of a given size, for the scale benchmarks.

  make_large_review.py OUT_DIR ITEMS RATERS [--notes] [--answers N]

OUT_DIR/checklist.xml has ITEMS items in eight domains; OUT_DIR/answers.xml has every rater
answer every item (about one in ten N/A), or only the first N answers with --answers, and with
--notes a note and evidence on each answer.
"""
import os
import random
import sys


def checklist(items):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<checklist id="bench" version="1.0" title="Benchmark checklist" lang="en-GB">',
             '  <scale>']
    for value, label in enumerate(["Not started", "Emerging", "Developing", "Embedded", "Exemplar"]):
        lines.append(f'    <level value="{value}" label="{label}">Level {value} in words.</level>')
    lines.append('  </scale>')
    per_domain = max(1, items // 8)
    made = 0
    domain = 0
    while made < items:
        lines.append(f'  <domain id="d{domain}" title="Domain number {domain}" weight="{1 + domain % 3}">')
        for _ in range(min(per_domain, items - made)):
            critical = "true" if made % 7 == 0 else "false"
            lines.append(f'    <item id="i{made}" weight="{1 + made % 2}" critical="{critical}" target="3">')
            lines.append(f'      <question>Does the board do thing number {made} well enough?</question>')
            lines.append('      <guidance>What good looks like, in a sentence or two of plain words.</guidance>')
            lines.append('    </item>')
            made += 1
        lines.append('  </domain>')
        domain += 1
    lines.append('</checklist>')
    return "\n".join(lines) + "\n"


def answers(items, raters, notes, limit=None):
    rng = random.Random(480 * raters + items)
    written = 0
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<assessment checklist="bench" checklist-version="1.0">',
             '  <organisation code="B01" name="NHS Benchmark CCG"/>',
             '  <review id="bench" title="Benchmark review" date="2015-03-01"/>']
    for r in range(raters):
        lines.append(f'  <rater id="r{r}" name="Rater {r}" role="Member"/>')
    for i in range(items):
        for r in range(raters):
            if limit is not None and written >= limit:
                break
            written += 1
            rating = 'na="true"' if rng.random() < 0.1 else f'level="{rng.randint(0, 4)}"'
            if notes:
                lines.append(f'  <answer item="i{i}" rater="r{r}" {rating}>'
                             f'<note>Rater {r} on item {i}: a note of a typical length, a sentence or two '
                             f'about what the board has seen and heard this year.</note>'
                             f'<evidence>Minutes of the meeting of {1 + i % 28} March, paper {r}.</evidence></answer>')
            else:
                lines.append(f'  <answer item="i{i}" rater="r{r}" {rating}/>')
    lines.append('</assessment>')
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    out, items, raters = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    notes = "--notes" in sys.argv[4:]
    limit = int(sys.argv[sys.argv.index("--answers") + 1]) if "--answers" in sys.argv else None
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "checklist.xml"), "w", encoding="utf-8") as f:
        f.write(checklist(items))
    with open(os.path.join(out, "answers.xml"), "w", encoding="utf-8") as f:
        f.write(answers(items, raters, notes, limit))


if __name__ == "__main__":
    main()
