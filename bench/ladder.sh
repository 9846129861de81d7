#!/usr/bin/env bash
# The scale ladder: generates deterministic inputs from the seeds at each size, then times whole
# processes side by side — clausediff compare and dups (through the ./clausediff launcher) and the
# tools a user would pick instead — with /usr/bin/time -v (wall time, user+sys CPU, peak resident
# memory). Writes the raw measurements to OUT/results.tsv and the table to OUT/table.md.
#
# Usage: bench/ladder.sh [-s "10k 100k 1m 10m"] [-t TIMEOUT_SECONDS] [-r REPEATS] [-o OUT] [-k TOOLS]
#   -s  sizes in bytes of UTF-8 (k = 1000, m = 1000000); default "10k 100k 1m 10m"
#   -t  per-run timeout in seconds (default 120); a run that hits it is reported as a timeout
#   -r  runs per tool and size (default 3); the table shows the median wall and CPU time and the
#       largest peak memory
#   -o  output directory (default bench/target/ladder)
#   -k  only these tools (names as in results.tsv, e.g. "clausediff-compare clausediff-dups");
#       default all. Results of several runs can be joined: ladder_table.py A.tsv B.tsv
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes="10k 100k 1m 10m"
timeout_s=120
repeats=3
only=""
out="$here/bench/target/ladder"
while getopts "s:t:r:o:k:" opt; do
  case "$opt" in
    s) sizes="$OPTARG" ;;
    t) timeout_s="$OPTARG" ;;
    r) repeats="$OPTARG" ;;
    o) out="$OPTARG" ;;
    k) only=" $OPTARG " ;;
    *) sed -n '2,16p' "$0" >&2; exit 2 ;;
  esac
done
for tool in /usr/bin/time git python3 java mvn timeout; do
  command -v "$tool" >/dev/null || { echo "ladder: $tool is needed" >&2; exit 2; }
done

cd "$here"
echo "ladder: building clausediff and the benchmarks jar ..." >&2
mvn -q -B -Dstyle.color=never -DskipTests package >&2
./clausediff --help >/dev/null  # the launcher rebuilds nothing now, but checks
bench_jar="$here/bench/target/benchmarks.jar"
inputs="$out/inputs"
runs="$out/runs"
mkdir -p "$inputs" "$runs"
missing=()
for size in $sizes; do
  for f in "compare-$size-old.txt" "compare-$size-new.txt" "dups-$size.txt"; do
    [ -f "$inputs/$f" ] || { missing+=("$size"); break; }
  done
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "ladder: generating inputs for ${missing[*]} ..." >&2
  java -cp "$bench_jar" org.clausediff.bench.LadderInputs "$inputs" "${missing[@]}"
fi

results="$out/results.tsv"
{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) nproc=$(nproc) $(free -m | awk '/^Mem:/{print "mem=" $2 "MB"}')"
  echo "# $(java -version 2>&1 | head -1); $(git --version); $(python3 --version)"
  echo "# timeout: $timeout_s"
  echo "# load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf 'tool\tsize\tbytes\trun\twall_s\tuser_s\tsys_s\tmax_rss_kb\tstatus\n'
} > "$results"

java_base=(java -cp "$bench_jar")
run() { # run TOOL SIZE BYTES COMMAND...
  local tool="$1" size="$2" bytes="$3"
  shift 3
  if [ -n "$only" ] && [[ "$only" != *" $tool "* ]]; then
    return 0
  fi
  local i status
  for ((i = 1; i <= repeats; i++)); do
    local tfile="$runs/$tool-$size-$i.time"
    set +e
    LC_ALL=C.UTF-8 /usr/bin/time -v -o "$tfile" timeout "$timeout_s" "$@" \
      > "$runs/$tool-$size.out" 2> "$runs/$tool-$size.err"
    status=$?
    set -e
    local wall user sys rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,p,":"); s=0; for(j=1;j<=n;j++) s=s*60+p[j]; print s}' "$tfile")
    user=$(awk -F': ' '/User time/{print $2}' "$tfile")
    sys=$(awk -F': ' '/System time/{print $2}' "$tfile")
    rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$tfile")
    local verdict=ok
    if [ "$status" -eq 124 ]; then
      verdict=timeout
    elif [ "$status" -gt 1 ]; then
      verdict="error-$status"
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
      "$tool" "$size" "$bytes" "$i" "$wall" "$user" "$sys" "$rss" "$verdict" >> "$results"
    echo "ladder: $tool $size run $i: ${wall}s wall, $user+$sys s CPU, ${rss} KB, $verdict" >&2
    [ "$verdict" = timeout ] && break  # one timeout is enough to know
  done
  return 0
}

for size in $sizes; do
  old="$inputs/compare-$size-old.txt"
  new="$inputs/compare-$size-new.txt"
  garbled="$inputs/dups-$size.txt"
  pair_bytes=$(($(stat -c %s "$old") + $(stat -c %s "$new")))
  dups_bytes=$(stat -c %s "$garbled")
  run read-decode "$size" "$pair_bytes" \
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$bench_jar" org.clausediff.bench.ReadOnly "$old" "$new"
  run clausediff-compare "$size" "$pair_bytes" ./clausediff compare "$old" "$new"
  run clausediff-compare-json "$size" "$pair_bytes" ./clausediff compare --format json "$old" "$new"
  run git-word-diff "$size" "$pair_bytes" \
    git diff --no-index --word-diff=porcelain '--word-diff-regex=[^[:space:]]' "$old" "$new"
  run difflib "$size" "$pair_bytes" python3 bench/difflib_diff.py "$old" "$new"
  run diffutils-sentences "$size" "$pair_bytes" \
    "${java_base[@]}" org.clausediff.bench.DiffUtilsSentences "$old" "$new"
  run diffutils-chars "$size" "$pair_bytes" \
    "${java_base[@]}" org.clausediff.bench.DiffUtilsCharacters "$old" "$new"
  run sais-lcp "$size" "$dups_bytes" \
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms768m -cp "$bench_jar" \
    org.clausediff.bench.SuffixArrayReference "$garbled"
  run clausediff-dups "$size" "$dups_bytes" ./clausediff dups "$garbled"
  run clausediff-dups-json "$size" "$dups_bytes" ./clausediff dups --format json "$garbled"
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results"
python3 bench/ladder_table.py "$results" > "$out/table.md"
cat "$out/table.md"
