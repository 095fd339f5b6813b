#!/usr/bin/env python3
"""Cross-check PracticeLaw's neutral-citation parser against The National Archives'
ds-caselaw-utils (`ds_caselaw_utils.neutral.neutral_url`).

For checking only: ds-caselaw-utils is never a dependency of the package. Usage:

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install ds-caselaw-utils
    swift build --product practice
    /tmp/venv/bin/python Scripts/crosscheck-citations.py .build/debug/practice

PracticeLaw "accepts" a string when `practice cite --json` finds exactly one valid citation
spanning the whole string; the URL path is compared when both accept.

Result recorded on 2026-11-24 with ds-caselaw-utils 2.6.0 (the newest the package index offered
for Python 3.11; the research notes describe 4.9.0): 49/67 agree (36 accepted by both with the
same URL path, 13 rejected by both). The 18 disagreements are all deliberate:
- 3 BAILII forms we accept and it does not parse: [2014] EWCC B44 (Fam), [2019] EWFC B12,
  [2014] EWFC B131 (no Find Case Law path is given for them);
- 2 UKFTT chambers (PC, HESC) that 2.6.0 lacks and 4.9.0's regex has;
- 7 year rules it does not apply: UKSC before 2009, EWFC and EWFC (B) before 2014 (Family Court
  created 22 April 2014), EWCA before 2001, EWHC (Fam) before 2002, KB before 2022, QB after 2022;
- 4 number/year rules: year 0999, number 0, a leading zero, more than six digits;
- 2 whitespace cases: we accept extra or surrounding whitespace and print the canonical form.
"""
import json
import subprocess
import sys

from ds_caselaw_utils.neutral import neutral_url

CITATIONS = [
    # Valid in both
    "[2013] UKSC 33", "[2013] EWCA Civ 1146", "[2014] EWCA Crim 420", "[2014] EWHC 270 (Fam)",
    "[2022] EWHC 1 (KB)", "[2019] EWHC 2488 (QB)", "[2009] EWHC 995 (Admin)",
    "[2018] EWHC 82 (Admlty)", "[2016] EWHC 2142 (Ch)", "[2011] EWHC 68 (Comm)",
    "[2014] EWHC 349 (IPEC)", "[2015] EWHC 3163 (Pat)", "[2022] EWHC 3349 (SCCO)",
    "[2014] EWHC 1800 (TCC)", "[2014] EWHC 1195 (Mercantile)", "[2020] EWHC 12 (Costs)",
    "[2024] EWFC 141", "[2025] EWFC 79 (B)", "[2016] EWCOP 11", "[2024] EWCOP 17 (T2)",
    "[2024] EWCOP 51 (T1)", "[2024] EWCOP 44 (T3)", "[2025] EWCC 26", "[2025] EWCR 3",
    "[2024] UKUT 326 (AAC)", "[2016] UKUT 562 (IAC)", "[2017] UKUT 135 (LC)",
    "[2017] UKUT 504 (TCC)", "[2024] EAT 100", "[2022] UKFTT 159 (TC)",
    "[2024] UKFTT 1069 (GRC)", "[2009] UKAIT 10", "[2011] UKPC 25", "[2023] UKIPTrib 11",
    "[2008] EWCA Civ 199", "[2019] EWHC 512 (Fam)",
    # Forms only one side accepts
    "[2014] EWCC B44 (Fam)", "[2019] EWFC B12", "[2014] EWFC B131", "[2025] UKFTT 1104 (HESC)",
    "[2025] UKFTT 1077 (PC)",
    # Year rules
    "[1999] UKSC 1", "[2010] EWFC 3", "[2010] EWFC 3 (B)", "[2000] EWCA Civ 1",
    "[2001] EWHC 3 (Fam)", "[2021] EWHC 1 (KB)", "[2023] EWHC 1 (QB)", "[2015] EWCC B2 (Fam)",
    "[0999] UKPC 1",
    # Numbers
    "[2013] UKSC 0", "[2013] UKSC 033", "[2013] UKSC 1234567",
    # Malformed or unknown in both
    "[2013] UKHL 5", "[2019] UKUT B1 (IAC)", "[2014] EWHC 270", "[2013] EWCA 1146",
    "[2013] EWCA Fam 1146", "[2024] EWCOP 17 (T4)", "[13] UKSC 33", "[2013] uksc 33",
    "[2013]UKSC 33", "2013 UKSC 33", "[2013] UKSC", "[2013] UKSC 33 extra",
    # Spacing
    "[2014]  EWHC 270 (Fam)", " [2013] UKSC 33",
]


def ours(practice, text):
    out = subprocess.run([practice, "cite", "--json", "--", text], capture_output=True, text=True)
    found = json.loads(out.stdout)["citations"]
    stripped = text.strip()
    if len(found) == 1 and found[0]["valid"] and found[0]["text"] == stripped:
        return True, found[0].get("urlPath"), None
    reason = found[0].get("reason") if found else "not found by the scanner"
    return False, None, reason


def main():
    practice = sys.argv[1]
    agree = 0
    both = 0
    disagreements = []
    for text in CITATIONS:
        theirs = neutral_url(text)
        accepted, path, reason = ours(practice, text)
        same = (theirs is not None) == accepted and (not accepted or path is None or path == theirs)
        if same:
            agree += 1
            both += accepted
        else:
            disagreements.append((text, theirs, accepted, path, reason))
    print(f"{agree}/{len(CITATIONS)} agree ({both} accepted by both with the same URL path, "
          f"{agree - both} rejected by both)")
    for text, theirs, accepted, path, reason in disagreements:
        mine = f"accepted, path {path}" if accepted else f"rejected ({reason})"
        print(f"  {text!r}: ds-caselaw-utils {theirs!r}; PracticeLaw {mine}")


if __name__ == "__main__":
    main()
