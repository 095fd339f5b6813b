#!/usr/bin/env bash
# Runs one libFuzzer target from Fuzz/ for a number of seconds.
#
#   Scripts/fuzz.sh TARGET SECONDS    e.g. Scripts/fuzz.sh csv 600
#   Scripts/fuzz.sh list              the targets
#   Scripts/fuzz.sh all SECONDS       every target in turn (CI runs this with 30)
#
# A target is a folder Fuzz/TARGET/ holding Target.swift (defining LLVMFuzzerTestOneInput), a file
# `modules` naming the library modules it needs in dependency order, and corpus/ (the committed
# seed inputs). The libraries are compiled with swiftc -sanitize=fuzzer,address into .build/fuzz/,
# outside SwiftPM so that no fuzzing flag reaches the package. New inputs the fuzzer finds go to
# .build/fuzz/corpus/TARGET, never into the committed seeds; a crash is written to
# .build/fuzz/crashes/ and fails the script. Add it to the seed corpus and as a regression test.
# An input running longer than FUZZ_TIMEOUT seconds (default 1) counts as a hang. libFuzzer times
# wall-clock time, so on a loaded machine a slow input may be a false alarm: re-run the artifact
# alone (.build/fuzz/bin/TARGET ARTIFACT) before treating it as a hang. FUZZ_FLAGS passes extra
# libFuzzer flags, for example FUZZ_FLAGS="-fork=1 -ignore_timeouts=1" to keep a long run going
# past such an alarm (the artifact is still written).
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build/fuzz
# One package name for every module and target, as SwiftPM gives them, so `package` declarations
# (the library's literal-day initializer) are visible across them.
flags=(-swift-version 6 -sanitize=fuzzer,address -O -g -package-name swift_practice
  -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault
  -enable-upcoming-feature MemberImportVisibility)
# Static libraries carry no autolink entries for the runtime libraries their sources import.
links=(-lswiftGlibc -lFoundationEssentials -lFoundation -lswiftDispatch -ldispatch -lBlocksRuntime)

targets() { find Fuzz -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort; }

# Compiles Sources/MODULE into a static library unless it is newer than every source.
build_module() {
  local module=$1 library="$out/lib/lib$1.a"
  if [[ -f $library ]] && [[ -z $(find "Sources/$module" -name '*.swift' -newer "$library") ]]; then
    return
  fi
  echo "fuzz: compiling $module" >&2
  mkdir -p "$out/lib"
  swiftc "${flags[@]}" -parse-as-library -module-name "$module" -I "$out/lib" \
    -emit-module -emit-module-path "$out/lib/$module.swiftmodule" \
    -emit-library -static -o "$library" $(find "Sources/$module" -name '*.swift' | sort) \
    2> >(grep -v "Cannot export local symbol" >&2)
}

build_target() {
  local target=$1 modules
  read -r -a modules < "Fuzz/$target/modules"
  for module in "${modules[@]}"; do build_module "$module"; done
  # A static library must come before the libraries it uses: link in reverse dependency order.
  local libraries=()
  for module in "${modules[@]}"; do libraries=("-l$module" "${libraries[@]}"); done
  swiftc "${flags[@]}" -parse-as-library -I "$out/lib" -L "$out/lib" \
    Fuzz/"$target"/*.swift "${libraries[@]}" "${links[@]}" -o "$out/bin/$target" \
    2> >(grep -v "Cannot export local symbol" >&2)
}

run_target() {
  local target=$1 seconds=$2
  [[ -d Fuzz/$target ]] || { echo "fuzz: no target '$target' (try: list)" >&2; exit 2; }
  mkdir -p "$out/bin" "$out/corpus/$target" "$out/crashes"
  build_target "$target"
  echo "fuzz: $target for $seconds s" >&2
  "$out/bin/$target" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-1}" -rss_limit_mb=2048 \
    -artifact_prefix="$out/crashes/$target-" -print_final_stats=1 ${FUZZ_FLAGS:-} \
    "$out/corpus/$target" "Fuzz/$target/corpus"
}

case "${1:-}" in
  list) targets ;;
  all) for target in $(targets); do run_target "$target" "${2:?seconds}"; done ;;
  "" | -h | --help) sed -n 2,14p "$0" | sed 's/^# \{0,1\}//' ;;
  *) run_target "$1" "${2:?seconds}" ;;
esac
