#!/usr/bin/env bash
# Fuzzes the Jazzer @FuzzTest targets of lib/ for longer than `mvn test` does (which only replays
# the stored inputs), one target after the other, and prints how many executions each ran clean.
#
#   scripts/fuzz.sh [DURATION] [Class#method | Class ...]   e.g. scripts/fuzz.sh 10m SegmenterFuzzTest#tilesAnyText
#
# DURATION is per target (default 5m; Jazzer syntax: 30s, 10m, 2h). A class name alone stands for
# all its targets (scripts/fuzz.sh 10m CompareFuzzTest DuplicateDetectorFuzzTest). Without targets
# it fuzzes every @FuzzTest method under lib/src/test/java. A finding fails the run and is written as crash-<sha1>
# into the target's inputs directory under lib/src/test/resources, where `mvn test` replays it from
# then on: fix the bug, keep the file. The growing corpus goes to lib/.cifuzz-corpus (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-5m}"
shift || true
# The @FuzzTest methods of the test class FILE, as Class#method.
methods_of() {
  local class
  class="$(basename "$1" .java)"
  grep -A1 '@FuzzTest' "$1" | grep -oE 'void [A-Za-z0-9_]+' | sed "s/^void /$class#/"
}
targets=()
if [ $# -eq 0 ]; then
  while IFS= read -r file; do
    while IFS= read -r target; do targets+=("$target"); done < <(methods_of "$file")
  done < <(grep -rl '@FuzzTest' lib/src/test/java | sort)
fi
for arg in "$@"; do
  if [[ "$arg" == *"#"* ]]; then
    targets+=("$arg")
  else # a class name alone: every target in it
    file="$(grep -rl '@FuzzTest' lib/src/test/java | grep "/$arg.java$" || true)"
    [ -n "$file" ] || { echo "fuzz.sh: no @FuzzTest class $arg under lib/src/test/java" >&2; exit 2; }
    while IFS= read -r target; do targets+=("$target"); done < <(methods_of "$file")
  fi
done
mvn -q -B -pl lib -am test-compile -DskipTests
status=0
for target in "${targets[@]}"; do
  log="lib/target/fuzz-${target//#/-}.log"
  if JAZZER_FUZZ=1 mvn -B -pl lib surefire:test -Dtest="$target" \
      -Djazzer.max_duration="$duration" >"$log" 2>&1; then
    result="clean"
  else
    result="FAILED (see $log)"
    status=1
  fi
  runs="$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)"
  echo "$target: ${runs:-no run summary} — $result"
done
exit "$status"
