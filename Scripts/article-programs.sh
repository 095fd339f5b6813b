#!/usr/bin/env bash
# Builds and runs every DocC article's complete program in a new package outside the repository
# that depends on this one by path, as an app developer's package would, with warnings as errors;
# each program's output must equal the "```text" block that follows it in the article.
#
#   Scripts/article-programs.sh          every program
#   Scripts/article-programs.sh NAME...  only these
#
# A program is a ```swift block whose first line is `// Program: NAME` (a Swift identifier
# starting with a letter, made of letters, digits and hyphens); the next fenced block in the same
# article is its expected output. The package is made in $ADOPTER_DIR (default a new temporary
# folder), so it never sees the repository's build.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
adopter="${ADOPTER_DIR:-$(mktemp -d)/practicekit-adopter}"
mkdir -p "$adopter/Sources"

# Extract: NAME.swift and NAME.expected, one pair per program.
programs=()
for article in "$repo"/Sources/*/*.docc/*.md; do
  while IFS= read -r name; do
    [[ $# -gt 0 && ! " $* " =~ " $name " ]] && continue
    mkdir -p "$adopter/Sources/$name"
    awk -v want="$name" -v out="$adopter/Sources/$name/main.swift" \
        -v expected="$adopter/$name.expected" '
      /^```/ {
        if (state == "code") { state = "after"; next }
        if (state == "expect") { exit }
        if (state == "after") { state = "expect"; next }
        if ($0 ~ /^```swift/) { pending = 1; next }
      }
      pending { pending = 0; if ($0 == "// Program: " want) { state = "code"; print > out; next } }
      state == "code" { print > out }
      state == "expect" { print > expected }
    ' "$article"
    [[ -s "$adopter/$name.expected" ]] || { echo "article-programs: $name has no output block" >&2; exit 1; }
    programs+=("$name")
  done < <(grep -h -A1 '^```swift' "$article" | sed -n 's|^// Program: \([A-Za-z][A-Za-z0-9-]*\)$|\1|p')
done
[[ ${#programs[@]} -gt 0 ]] || { echo "article-programs: no programs found" >&2; exit 1; }

{
  echo '// swift-tools-version: 6.0'
  echo 'import PackageDescription'
  echo 'let package = Package('
  echo '  name: "practicekit-adopter",'
  echo "  dependencies: [.package(path: \"$repo\")],"
  echo '  targets: ['
  for name in "${programs[@]}"; do
    echo "    .executableTarget(name: \"$name\", dependencies: [.product(name: \"PracticeKit\", package: \"$(basename "$repo")\")]),"
  done
  echo '  ]'
  echo ')'
} > "$adopter/Package.swift"

cd "$adopter"
swift build -Xswiftc -warnings-as-errors >&2
status=0
for name in "${programs[@]}"; do
  if diff -u "$name.expected" <(swift run --skip-build "$name" 2>&1); then
    echo "article-programs: $name ok"
  else
    echo "article-programs: $name printed something else (diff above)" >&2
    status=1
  fi
done
exit $status
