# Run the Python CIN census validator (csc-validator-be-cin) on one census XML file.
# usage: validate-cin.py FILE RULESET   (e.g. cin2024_25 for the census ending 31 March 2025)
import sys, importlib, collections, warnings, logging
warnings.filterwarnings("ignore"); logging.disable(logging.CRITICAL)
import xml.etree.ElementTree as ET
from cin_validator import cin_validator as cv
root = ET.parse(sys.argv[1]).getroot()
data = cv.process_data(cv.convert_data(root))
reg = getattr(importlib.import_module(f"cin_validator.rules.{sys.argv[2]}"), "registry")
v = cv.CinValidator(data, reg, selected_rules=None)
df = v.full_issue_df
df.to_csv(sys.argv[1] + ".issues.csv")  # every issue, for a closer look
idcol = "LAchildID" if "LAchildID" in df.columns else [c for c in df.columns if "child" in c.lower()][0]
children = set(data["ChildIdentifiers"]["LAchildID"].astype(str))
flagged = collections.defaultdict(set)
for _, row in df.iterrows():
    flagged[str(row["rule_code"])].add(str(row[idcol]))
all_flagged = set().union(*flagged.values()) if flagged else set()
print(f"children {len(children)} flagged {len(all_flagged & children)}; LA-level rules: {sorted(c for c, k in flagged.items() if not (k & children))}")
msgs = {str(r["rule_code"]): str(r.get("rule_description", r.get("description", ""))) for _, r in df.iterrows()}
for code, kids in sorted(flagged.items(), key=lambda kv: -len(kv[1])):
    print(f"{code}\t{len(kids & children)}\t{msgs.get(code, '')[:110]}")
