#!/usr/bin/env bash
# Profiles one B2 load run on H2 (the same steps and sizes as run.sh) with a GC log and a JFR
# recording on the server, then prints the young collections during the run, the bytes they
# freed per request, and which of the project's methods the sampled allocations come from.
#
#   siglume-sdrp-benchmarks/profile-b2.sh sample|handwritten
#
# Run run.sh (or its build step) first. SDRP_BUILD_DIR as for run.sh; the recording and the GC
# log stay in PROFILE_DIR (default a new temporary directory, printed at the end).
set -euo pipefail

ENDPOINT="${1:?usage: profile-b2.sh sample|handwritten}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
MODULE="$ROOT/siglume-sdrp-benchmarks"
BUILD_DIR="${SDRP_BUILD_DIR:-target}"
OUT="${PROFILE_DIR:-$(mktemp -d)}"
CP="$MODULE/$BUILD_DIR/classes:$(cat "$MODULE/$BUILD_DIR/benchmark.classpath")"
SAMPLE_JAR="$(ls "$ROOT"/siglume-sdrp-sample/"$BUILD_DIR"/siglume-sdrp-sample-*.jar | grep -v original | head -n 1)"
WARMUP=3000
REQUESTS=30000

port=""
for candidate in $(seq 18180 18280); do
  if ! (exec 3<>/dev/tcp/127.0.0.1/"$candidate") 2>/dev/null; then port="$candidate"; break; fi
done
[ -n "$port" ] || { echo "no free port" >&2; exit 1; }

mkdir -p "$OUT/db"
java -cp "$CP" com.siglume.sdrp.benchmarks.load.BenchDatabase prepare --jdbc-url "jdbc:h2:file:$OUT/db/siglume-shop" \
  --orders $((WARMUP + REQUESTS)) --shop-schema "$ROOT/siglume-sdrp-sample/src/main/resources/schema.sql" \
  --handwritten-events-table "$([ "$ENDPOINT" = handwritten ] && echo true || echo false)"

jvm=(-Xms512m -Xmx1g "-Xlog:gc:file=$OUT/gc.log" "-XX:StartFlightRecording=name=b2,settings=profile")
case "$ENDPOINT" in
  sample)
    java "${jvm[@]}" -jar "$SAMPLE_JAR" --server.address=127.0.0.1 "--server.port=$port" --shop.sandbox.port=0 \
      "--shop.data-dir=$OUT/db" > "$OUT/server.log" 2>&1 &
    url="http://127.0.0.1:$port/siglume/webhook" ;;
  handwritten)
    java "${jvm[@]}" -cp "$CP" com.siglume.sdrp.benchmarks.handwritten.HandWrittenWebhookApplication \
      "--server.port=$port" "--spring.datasource.url=jdbc:h2:file:$OUT/db/siglume-shop;LOCK_TIMEOUT=30000" \
      > "$OUT/server.log" 2>&1 &
    url="http://127.0.0.1:$port/webhook" ;;
  *) echo "usage: profile-b2.sh sample|handwritten" >&2; exit 2 ;;
esac
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
until grep -q 'Started [A-Za-z]*Application' "$OUT/server.log"; do
  kill -0 "$server" 2>/dev/null || { tail -n 40 "$OUT/server.log" >&2; exit 1; }
  sleep 1
done
# Uptime of the server JVM when the load starts, to pick the collections of the run from the GC log.
started="$(grep -o 'process running for [0-9.]*' "$OUT/server.log" | awk '{print $4}')"

java -cp "$CP" com.siglume.sdrp.benchmarks.load.WebhookLoadGenerator --url "$url" --label "$ENDPOINT-profiled" \
  --warmup "$WARMUP" --requests "$REQUESTS" --concurrency 8 --max-seconds 30 --out "$OUT/result.json"
jcmd "$server" JFR.dump name=b2 "filename=$OUT/recording.jfr" > /dev/null
kill "$server"
wait "$server" 2>/dev/null || true
trap - EXIT

echo
echo "== Young collections after startup (warm-up and measured requests, $((WARMUP + REQUESTS)) in all)"
grep 'Pause Young' "$OUT/gc.log" | sed -E 's/^\[([0-9.]+)s\].* ([0-9]+)M->([0-9]+)M\(.*\) ([0-9.]+)ms$/\1 \2 \3 \4/' \
  | awk -v since="$started" -v requests=$((WARMUP + REQUESTS)) '
      $1 > since { n++; freed += $2 - $3; pause += $4; if ($4 > max) max = $4 }
      END { printf "collections %d, pauses %.1f ms in all, longest %.1f ms, freed %d MB = %.1f KB per request\n",
            n, pause, max, freed, freed * 1024 / requests }'

echo
echo "== Sampled allocation (JFR) by the innermost com.siglume method in the 12 innermost frames"
jfr print --events jdk.ObjectAllocationSample --stack-depth 12 "$OUT/recording.jfr" | awk '
  /^jdk.ObjectAllocationSample/ { key = ""; weight = 0; inStack = 0 }
  /^  weight = / {
    unit = $4; weight = $3
    if (unit == "kB") weight *= 1024; else if (unit == "MB") weight *= 1048576; else if (unit == "GB") weight *= 1073741824
  }
  /^  stackTrace = \[/ { inStack = 1; next }
  inStack && /^  \]/ { inStack = 0 }
  inStack && key == "" && /com\.siglume\./ { key = $1; sub(/\(.*/, "", key) }
  /^}/ { total += weight; by[key == "" ? "(no project method in the innermost 12 frames)" : key] += weight }
  END { for (k in by) printf "%5.1f%% %s\n", by[k] * 100 / total, k }' | sort -rn | head -n 15
echo
echo "Recording, GC log and server log: $OUT"
