#!/usr/bin/env bash
# Builds every library's DocC catalog with `docc convert` (no SwiftPM plugin), warnings as errors.
#
#   Scripts/docs.sh            all libraries, archives in .build/docs/MODULE.doccarchive
#   Scripts/docs.sh MODULE...  only these
#
# Symbol graphs come from a build with -emit-symbol-graph in its own scratch directory, so the
# flags never touch the normal build. Links across modules are written as code voice, not as
# symbol links: each catalog is converted on its own.
set -euo pipefail
cd "$(dirname "$0")/.."

modules=("$@")
if [[ ${#modules[@]} -eq 0 ]]; then
  modules=(PracticeCore PracticeLaw PracticeEducation PracticeAudit PracticeTelecare PracticeKit)
fi
scratch=.build/docs-build
# Graphs are written only when a module compiles, so they live beside the incremental build.
graphs=$scratch/symbol-graphs
mkdir -p "$graphs"
swift build --scratch-path "$scratch" --target PracticeKit \
  -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$graphs" >&2

for module in "${modules[@]}"; do
  # Each catalog sees only its own module's symbol graph (and its extension graphs).
  own=.build/docs/symbol-graphs/$module
  rm -rf "$own"
  mkdir -p "$own"
  cp "$graphs/$module".symbols.json "$graphs/$module"@*.symbols.json "$own/" 2>/dev/null || true
  echo "docs: $module" >&2
  docc convert "Sources/$module/$module.docc" \
    --additional-symbol-graph-dir "$own" \
    --fallback-display-name "$module" \
    --fallback-bundle-identifier "org.practicekit.$module" \
    --output-path ".build/docs/$module.doccarchive" \
    --warnings-as-errors >&2
done
echo "docs: ${#modules[@]} catalogs built in .build/docs" >&2
