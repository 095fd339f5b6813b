#!/usr/bin/env bash
#   Scripts/sanitizers.sh [thread|address]...   (default: both)
#
# Runs the test suite under ThreadSanitizer and AddressSanitizer, each in its own scratch
# directory so the normal build stays warm. CI runs this.
#
# LeakSanitizer stays on, with Scripts/lsan.supp suppressing only the leaks inside the
# toolchain's own libraries (XCTest's runner, FoundationEssentials' file reading).
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizers=("$@")
[[ ${#sanitizers[@]} -gt 0 ]] || sanitizers=(thread address)
for sanitizer in "${sanitizers[@]}"; do
  echo "== swift test --sanitize=$sanitizer" >&2
  LSAN_OPTIONS="suppressions=$PWD/Scripts/lsan.supp" swift test --sanitize="$sanitizer" \
    --scratch-path ".build/sanitize-$sanitizer"
done
