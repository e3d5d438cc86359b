#!/usr/bin/env bash
# Shows where the starter's startup time goes (B4): starts the startup shop without and with the
# starter, alternately, with Spring's startup steps recorded (BufferingApplicationStartup), and
# prints the steps whose own time (without the steps inside them) differs most between the two,
# as the median over the starts, then the extra classes the starter's variant loads, by package.
#
#   siglume-sdrp-benchmarks/profile-b4.sh [starts]     # default 5 of each
#
# Run run.sh (or its build step) first. SDRP_BUILD_DIR as for run.sh; the step files and class
# loading logs stay in PROFILE_DIR (default a new temporary directory, printed at the end).
# Recording steps slows every start, so these figures attribute time; B4's timed figures come
# from run.sh.
set -euo pipefail

STARTS="${1:-5}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
APP="$ROOT/siglume-sdrp-benchmarks/startup-app/${SDRP_BUILD_DIR:-target}"
OUT="${PROFILE_DIR:-$(mktemp -d)}"
mkdir -p "$OUT"
MAIN=com.siglume.sdrp.benchmarks.startup.StartupShopApplication

for start in $(seq 1 "$STARTS"); do
  for variant in baseline starter; do
    java -Xms512m -Xmx1g "-Db4.startup-steps=$OUT/steps-$variant-$start.tsv" \
      -cp "$APP/classes:$(cat "$APP/startup-$variant.classpath")" "$MAIN" | grep '^B4-READY' | sed "s/^/$variant $start: /"
  done
done
for variant in baseline starter; do
  java -Xms512m -Xmx1g "-Xlog:class+load=info:file=$OUT/classes-$variant.log" \
    -cp "$APP/classes:$(cat "$APP/startup-$variant.classpath")" "$MAIN" > /dev/null
done

# Median own time (ms) per step and bean over the starts of one variant: "<ms>\t<step> <bean>".
medians() {
  awk -F'\t' '
    { bean = ""; if (match($4, /beanName=[^ ]+/)) bean = substr($4, RSTART + 9, RLENGTH - 9)
      key = $3 " " bean; own[key, FILENAME] += $1; keys[key] = 1; files[FILENAME] = 1 }
    END { for (k in keys) { n = 0; for (f in files) v[++n] = own[k, f] + 0
            for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
            printf "%.1f\t%s\n", (n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2) / 1000, k } }' "$@" \
    | sort -t$'\t' -k2
}
medians "$OUT"/steps-baseline-*.tsv > "$OUT/medians-baseline.tsv"
medians "$OUT"/steps-starter-*.tsv > "$OUT/medians-starter.tsv"

echo
echo "== Startup steps, median own time in ms over $STARTS starts: with - without the starter (25 largest differences)"
join -t$'\t' -1 2 -2 2 -a1 -a2 -e 0 -o 0,1.1,2.1 "$OUT/medians-baseline.tsv" "$OUT/medians-starter.tsv" \
  | awk -F'\t' '{ printf "%+8.1f %8.1f %8.1f  %s\n", $3 - $2, $2, $3, $1 }' | sort -g -r | awk 'NR <= 25'
echo "(columns: difference, without, with, step and bean)"
awk -F'\t' '{ s += $1 } END { printf "sum of the medians: without %.0f ms, ", s }' "$OUT/medians-baseline.tsv"
awk -F'\t' '{ s += $1 } END { printf "with %.0f ms\n", s }' "$OUT/medians-starter.tsv"

echo
echo "== Classes loaded only with the starter, by package (generated lambda and proxy classes left out)"
for variant in baseline starter; do
  awk '{ print $2 }' "$OUT/classes-$variant.log" | grep -v -E 'Lambda|/0x|\$\$' | sort -u > "$OUT/class-names-$variant.txt"
done
echo "all classes: without $(grep -c . "$OUT/classes-baseline.log"), with $(grep -c . "$OUT/classes-starter.log")"
comm -13 "$OUT/class-names-baseline.txt" "$OUT/class-names-starter.txt" \
  | awk -F. '{ n = NF - 1; if (n > 3) n = 3; p = $1; for (i = 2; i <= n; i++) p = p "." $i; print p }' \
  | sort | uniq -c | sort -rn | awk 'NR <= 20'
echo
echo "Step files and class loading logs: $OUT"
