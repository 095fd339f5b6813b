#!/usr/bin/env python3
"""Lists the public API surface by module, for README "Source stability".

Reads the symbol graphs Scripts/docs.sh writes (.build/docs-build/symbol-graphs; run it first)
and prints, per library, every public type, protocol and type alias by its qualified name
(`SSDA903.Reader`) and the count of public members; members are documented in the DocC catalogs.
A symbol counts for the module whose Sources folder declares it (re-exports are not repeated).
Checking only: the package itself has no Python.
"""
import json
import pathlib
import sys

MODULES = ["PracticeCore", "PracticeLaw", "PracticeEducation", "PracticeAudit",
           "PracticeTelecare", "PracticeKit"]
TYPES = {"swift.struct", "swift.enum", "swift.class", "swift.protocol", "swift.typealias",
         "swift.actor"}
root = pathlib.Path(__file__).resolve().parent.parent
graphs = root / ".build/docs-build/symbol-graphs"
if not graphs.is_dir():
    sys.exit("public-api: run Scripts/docs.sh first (it writes the symbol graphs)")

for module in MODULES:
    folder = f"/Sources/{module}/"
    types, members = set(), set()
    for path in sorted(graphs.glob(f"{module}*.symbols.json")):
        for symbol in json.loads(path.read_text())["symbols"]:
            uri = symbol.get("location", {}).get("uri", "")
            if folder not in uri or symbol.get("accessLevel") != "public":
                continue
            name = ".".join(symbol["pathComponents"])
            if symbol["kind"]["identifier"] in TYPES:
                types.add(name)
            else:
                members.add(symbol["identifier"]["precise"])
    listed = ", ".join(f"`{name}`" for name in sorted(types, key=str.lower))
    print(f"- **{module}** ({len(types)} types, {len(members)} members): {listed}")
