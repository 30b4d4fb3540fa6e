#!/usr/bin/env bash
# Start-up of the housing command line: times N runs (default 20, after 3 warm-up runs) of
#   1. java -version                       (the floor: the JVM starting and stopping)
#   2. java -jar housing.jar validate household household-family.json   (the plain jar)
#   3. examples/target/housing validate household ...                   (the launcher and its archive)
# and prints, for each, the mean and sample standard deviation of the elapsed (wall) time and of
# the CPU time (user + system, which a loaded machine inflates far less than the wall time).
# Build first: mvn -B -DskipTests package (from the repository root). Usage: housing-benchmarks/startup.sh [N]
set -euo pipefail

runs="${1:-20}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
target="$root/examples/target"
sample="$root/examples/src/main/resources/samples/household-family.json"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
for f in "$target/housing.jar" "$target/housing"; do
  [ -e "$f" ] || { echo "startup.sh: $f is missing: run mvn -B -DskipTests package first" >&2; exit 2; }
done
[ -f "$target/housing.jsa" ] || echo "startup.sh: no archive (examples/target/housing.jsa): the launcher runs without one" >&2

measure() {
  local label="$1"; shift
  local samples="" i line
  for ((i = 0; i < 3; i++)); do "$@" >/dev/null 2>&1; done
  for ((i = 0; i < runs; i++)); do
    line="$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 )"
    samples+="$line"$'\n'
  done
  printf '%s' "$samples" | awk -v label="$label" -v n="$runs" '
    { w[NR] = $1; c[NR] = $2 + $3; sw += $1; sc += $2 + $3 }
    END {
      mw = sw / n; mc = sc / n
      for (i = 1; i <= n; i++) { vw += (w[i] - mw) ^ 2; vc += (c[i] - mc) ^ 2 }
      sdw = n > 1 ? sqrt(vw / (n - 1)) : 0; sdc = n > 1 ? sqrt(vc / (n - 1)) : 0
      printf "%-28s wall %4.0f ms ± %3.0f   cpu %4.0f ms ± %3.0f   (%d runs)\n", label, mw * 1000, sdw * 1000, mc * 1000, sdc * 1000, n
    }'
}

echo "$("$java" -version 2>&1 | head -1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
measure "java -version (floor)" "$java" -Xshare:auto -version
measure "java -jar housing.jar" "$java" -jar "$target/housing.jar" validate household "$sample" --as-at 2024-05-01
measure "housing (launcher, archive)" "$target/housing" validate household "$sample" --as-at 2024-05-01
