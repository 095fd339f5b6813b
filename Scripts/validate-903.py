# Run the Python SSDA903 validator (csc-validator-be-903) on a folder of CSV tables.
# usage: validate-903.py FOLDER COLLECTION_END_YEAR
import sys, glob, collections, warnings, logging
warnings.filterwarnings("ignore"); logging.disable(logging.CRITICAL)
import lac_validator.utils, lac_validator.lac_validator as lv, lac_validator.report as rp
from lac_validator.rules.ruleset_utils import get_year_ruleset
folder, year = sys.argv[1], sys.argv[2]
files = lac_validator.utils.process_uploaded_files({"This year": sorted(glob.glob(folder + "/*.csv")), "Prev year": []})
reg = get_year_ruleset(year)
v = lv.LacValidator(metadata={"collectionYear": year, "localAuthority": "E09000027"}, files=files, registry=reg, selected_rules=None)
r = rp.Report(v.ds_results, reg)
try:
    issues = lv.create_issue_df(r.report, r.error_report)
except ValueError:  # pandas: nothing to concatenate, i.e. no rule flagged anything
    import pandas as pd
    issues = pd.DataFrame(columns=["child_id", "rule_code", "rule_description"])
children = {str(c) for c in v.dfs["Header"]["CHILD"]} if "Header" in v.dfs else set()
flagged = collections.defaultdict(set)
for _, row in issues.iterrows():
    flagged[str(row["rule_code"])].add(str(row["child_id"]))
all_flagged = set().union(*flagged.values()) if flagged else set()
print(f"children {len(children)} flagged {len(all_flagged & children) if children else len(all_flagged)} ({len(all_flagged)} ids incl. LA-level); rules done {len(v.dones)} skipped {len(v.skips)} failed {len(v.fails)} {sorted(v.fails)}")
desc = {str(row['rule_code']): row['rule_description'] for _, row in issues.iterrows()}
for code, kids in sorted(flagged.items(), key=lambda kv: -len(kv[1])):
    print(f"{code}\t{len(kids)}\t{desc.get(code,'')[:110]}")
