#!/usr/bin/env bash
# Lists the public API surface by module: every public type, protocol, type alias and top-level
# function declared in Sources/<Module> (members are documented in each module's DocC catalog).
# README "Source stability" carries this list; regenerate it with: Scripts/public-api.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for module in PracticeCore PracticeLaw PracticeEducation PracticeAudit PracticeTelecare PracticeKit; do
  names=$(grep -rhoE '^\s*public (final )?(struct|enum|class|protocol|typealias|actor) [A-Za-z0-9_]+' \
      "Sources/$module" --include='*.swift' |
    sed -E 's/.*(struct|enum|class|protocol|typealias|actor) //' | sort -u |
    awk 'BEGIN { ORS = "" } { printf "%s`%s`", (NR > 1 ? ", " : ""), $0 }')
  count=$(grep -rhoE '^\s*public (final )?(struct|enum|class|protocol|typealias|actor) [A-Za-z0-9_]+' \
      "Sources/$module" --include='*.swift' | sed -E 's/.*(struct|enum|class|protocol|typealias|actor) //' | sort -u | wc -l)
  printf -- '- **%s** (%d types): %s\n' "$module" "$count" "$names"
done
