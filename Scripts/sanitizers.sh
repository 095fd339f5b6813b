#!/usr/bin/env bash
#   Scripts/sanitizers.sh [thread|address]...   (default: both)
#
# Runs the test suite under ThreadSanitizer and AddressSanitizer, each in its own scratch
# directory so the normal build stays warm. CI runs this.
#
# LeakSanitizer is off: the only leaks it reports come from the toolchain's own libraries
# (XCTest's runner and FoundationEssentials' file reading), not from PracticeKit, and they cannot
# be suppressed by module name. Memory errors (overflows, use after free) still fail the run.
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizers=("$@")
[[ ${#sanitizers[@]} -gt 0 ]] || sanitizers=(thread address)
for sanitizer in "${sanitizers[@]}"; do
  echo "== swift test --sanitize=$sanitizer" >&2
  ASAN_OPTIONS=detect_leaks=0 swift test --sanitize="$sanitizer" \
    --scratch-path ".build/sanitize-$sanitizer"
done
