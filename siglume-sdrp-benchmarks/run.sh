#!/usr/bin/env bash
# Runs every benchmark of docs/performance.md (B1 webhook verification, B2 webhook endpoint under
# load, on the servlet stack and on WebFlux + R2DBC, B3 merchant client, B4 startup, B5 checkout
# start) and prints the results table.
#
#   siglume-sdrp-benchmarks/run.sh            # everything, about 40 minutes on 2 cores
#   siglume-sdrp-benchmarks/run.sh b1 b3      # only some of b1, b1v, b2, b2r, b3, b4, b5
#   (b1v: B1 at 4 KB on the B2_JAVA JDK, from platform threads and from virtual threads;
#    b2r: B2 on WebFlux + R2DBC, the starter's reactive endpoint against a hand-written handler)
#
# Environment:
#   SDRP_BUILD_DIR   Maven build directory name (default target)
#   RESULTS_DIR      where results go (default siglume-sdrp-benchmarks/results)
#   BENCH_PG_URL     PostgreSQL for B2 (default jdbc:postgresql://127.0.0.1:5432/test, schema sdrp_bench,
#                    user postgres; b2r reaches the same database through R2DBC); B2 skips PostgreSQL
#                    when nothing listens on 127.0.0.1:5432
#   B2_ROUNDS, B2_WARMUP, B2_REQUESTS, B2_SECONDS, B2_CONCURRENCY   load run sizes (3, 3000, 20000, 30, 8),
#                    for b2 and b2r alike
#   B2_JAVA          the java command the B2 servers run on (default java). On Java 21 or later each
#                    endpoint also runs with spring.threads.virtual.enabled=true, in the same rounds;
#                    on older Java those rows are skipped (Spring Boot ignores the setting there)
#   B4_WARMUP, B4_STARTS   discarded and measured starts of each B4 variant (2, 10)
#   JMH_OPTS         extra JMH options for a quick trial (the documented figures use none)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
MODULE="$ROOT/siglume-sdrp-benchmarks"
BUILD_DIR="${SDRP_BUILD_DIR:-target}"
RESULTS="${RESULTS_DIR:-$MODULE/results}"
PG_SCHEMA=sdrp_bench
PG_URL="${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}?currentSchema=$PG_SCHEMA"
# The same database for the reactive servers: r2dbc:postgresql://host:port/db with its schema.
PG_R2DBC_URL="r2dbc:${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
PG_R2DBC_URL="${PG_R2DBC_URL/r2dbc:jdbc:/r2dbc:}?schema=$PG_SCHEMA"
B2_WARMUP="${B2_WARMUP:-3000}"
B2_REQUESTS="${B2_REQUESTS:-20000}"
B2_ROUNDS="${B2_ROUNDS:-3}"
B2_SECONDS="${B2_SECONDS:-30}"
B2_CONCURRENCY="${B2_CONCURRENCY:-8}"
B2_JAVA="${B2_JAVA:-java}"
B4_WARMUP="${B4_WARMUP:-2}"
B4_STARTS="${B4_STARTS:-10}"
SERVER_JVM_OPTS=(-Xms512m -Xmx1g)

STEPS=("$@")
[ ${#STEPS[@]} -eq 0 ] && STEPS=(b1 b1v b2 b2r b3 b4 b5)
wants() { [[ " ${STEPS[*]} " == *" $1 "* ]]; }

mkdir -p "$RESULTS"
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# A port nothing on this machine listens on, so the load never reaches another process.
free_port() {
  local port
  for port in $(seq 18080 18180); do
    if ! (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port in 18080-18180" >&2
  return 1
}

# Waits until the server logs that it started; fails when it exits first.
await_started() {
  local log="$1" seconds=0
  until grep -q 'Started [A-Za-z]*Application' "$log"; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "the server exited before it started; its log:" >&2
      tail -n 40 "$log" >&2
      return 1
    fi
    if [ "$seconds" -ge 300 ]; then
      echo "the server did not start within 300 s" >&2
      return 1
    fi
    sleep 1
    seconds=$((seconds + 1))
  done
}

note_load() { echo "$(date -u +%H:%M:%S) $1: load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS/load.txt"; }

echo "== Building (profile bench, build directory $BUILD_DIR)"
(cd "$ROOT" && ./mvnw -B -q -Pbench "-Dsdrp.buildDirectory=$BUILD_DIR" \
  -pl siglume-sdrp-sample,siglume-sdrp-benchmarks,siglume-sdrp-benchmarks/startup-app -am package -DskipTests)
CP="$MODULE/$BUILD_DIR/classes:$(cat "$MODULE/$BUILD_DIR/benchmark.classpath")"
# The reactive B2 servers' class path: WebFlux, R2DBC and the starter, no servlet stack, no JDBC.
REACTIVE_CP="$MODULE/$BUILD_DIR/classes:$(cat "$MODULE/$BUILD_DIR/reactive.classpath")"
SAMPLE_JAR="$(ls "$ROOT"/siglume-sdrp-sample/"$BUILD_DIR"/siglume-sdrp-sample-*.jar | grep -v original | head -n 1)"
SHOP_SCHEMA="$ROOT/siglume-sdrp-sample/src/main/resources/schema.sql"
STARTUP_APP="$MODULE/startup-app/$BUILD_DIR"
# The feature version of the B2 servers' Java, for example 17 or 25.
B2_JAVA_VERSION="$("$B2_JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')"

rm -f "$RESULTS/machine.txt" "$RESULTS/load.txt" "$RESULTS/summary.md"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "java -version:"
  java -version 2>&1 | sed 's/^/  /'
  echo "B2 servers ($B2_JAVA) -version:"
  "$B2_JAVA" -version 2>&1 | sed 's/^/  /'
  echo "commit: $(git -C "$ROOT" rev-parse --short HEAD)"
} > "$RESULTS/machine.txt"
cat "$RESULTS/machine.txt"

jmh() {
  # JMH_OPTS (for example "-f 1 -wi 1 -i 1") shortens a trial run; measured runs leave it empty.
  # shellcheck disable=SC2086
  java -cp "$CP" org.openjdk.jmh.Main "$@" ${JMH_OPTS:-}
}

if wants b1; then
  rm -f "$RESULTS"/b1.*
  note_load "B1 start"
  jmh WebhookVerificationBenchmark -prof gc -rf json -rff "$RESULTS/b1.json" | tee "$RESULTS/b1.txt"
  note_load "B1 end"
fi

if wants b1v; then
  # B1 called from virtual threads: JMH runs its benchmark threads as virtual threads with
  # jmh.executor=VIRTUAL (Java 21 or later), so the same JDK runs the platform-thread case in the
  # same step for a fair comparison. The SDK and the floor at 4 KB; stripe-java is not compared here.
  rm -f "$RESULTS"/b1v-*
  note_load "B1v start"
  for executor in PLATFORM VIRTUAL; do
    "$B2_JAVA" -cp "$CP" org.openjdk.jmh.Main 'WebhookVerificationBenchmark.(siglumeVerifyAndClassify|floorHmacAndTreeParse)$' \
      -p size=4096 -prof gc -jvmArgsAppend "-Djmh.executor=$executor" \
      -rf json -rff "$RESULTS/b1v-$executor.json" ${JMH_OPTS:-} | tee "$RESULTS/b1v-$executor.txt"
  done
  note_load "B1v end"
fi

# One load run: prepare the database, start the endpoint, send the load, stop it, check the rows.
# An endpoint named <name>-virtual is <name> with spring.threads.virtual.enabled=true. The step
# (b2 or b2r) prefixes the result files.
b2_run() {
  local step="$1" endpoint="$2" database="$3" label="$2-$3-r$4" url jdbc events_table port
  port="$(free_port)"
  local orders=$((B2_WARMUP + B2_REQUESTS))
  local server=("${SERVER_JVM_OPTS[@]}") schema=() threads=() handwritten_events=true
  if [[ "$endpoint" == *-virtual ]]; then
    threads=(--spring.threads.virtual.enabled=true)
  fi
  if [ "$database" = h2 ]; then
    mkdir -p "$WORK/$label"
    jdbc="jdbc:h2:file:$WORK/$label/siglume-shop"
  else
    jdbc="$PG_URL"
    schema=(--schema "$PG_SCHEMA")
  fi
  case "${endpoint%-virtual}" in
    sample | reactive-starter) events_table=siglume_webhook_events; handwritten_events=false ;;
    *) events_table=handwritten_webhook_events ;;
  esac
  java -cp "$CP" com.siglume.sdrp.benchmarks.load.BenchDatabase prepare --jdbc-url "$jdbc" \
    --orders "$orders" --shop-schema "$SHOP_SCHEMA" "${schema[@]}" --handwritten-events-table "$handwritten_events"
  case "${endpoint%-virtual}" in
    sample)
      url="http://127.0.0.1:$port/siglume/webhook"
      server+=(-jar "$SAMPLE_JAR" --server.address=127.0.0.1 "--server.port=$port" --shop.sandbox.port=0)
      if [ "$database" = h2 ]; then
        server+=("--shop.data-dir=$WORK/$label")
      else
        server+=(--spring.profiles.active=postgres "--spring.datasource.url=$jdbc")
      fi
      ;;
    handwritten)
      url="http://127.0.0.1:$port/webhook"
      local datasource=("--spring.datasource.url=$jdbc;LOCK_TIMEOUT=30000")
      if [ "$database" != h2 ]; then
        datasource=("--spring.datasource.url=$jdbc" --spring.datasource.username=postgres)
      fi
      server+=(-cp "$CP" com.siglume.sdrp.benchmarks.handwritten.HandWrittenWebhookApplication
        "--server.port=$port" "${datasource[@]}")
      ;;
    reactive-starter | reactive-handwritten)
      local application=com.siglume.sdrp.benchmarks.reactive.handwritten.ReactiveHandWrittenWebhookApplication
      url="http://127.0.0.1:$port/webhook"
      if [ "$endpoint" = reactive-starter ]; then
        application=com.siglume.sdrp.benchmarks.reactive.starter.ReactiveStarterWebhookApplication
        url="http://127.0.0.1:$port/siglume/webhook"
      fi
      local connections=("--spring.r2dbc.url=r2dbc:h2:file:///$WORK/$label/siglume-shop?options=LOCK_TIMEOUT=30000")
      if [ "$database" != h2 ]; then
        connections=("--spring.r2dbc.url=$PG_R2DBC_URL" --spring.r2dbc.username=postgres)
      fi
      server+=(-cp "$REACTIVE_CP" "$application" "--server.port=$port" "${connections[@]}")
      ;;
    *) echo "unknown B2 endpoint $endpoint" >&2; return 1 ;;
  esac
  "$B2_JAVA" "${server[@]}" "${threads[@]}" > "$RESULTS/$step-$label-server.log" 2>&1 &
  SERVER_PID=$!
  await_started "$RESULTS/$step-$label-server.log"
  note_load "${step^^} $label start"
  java -cp "$CP" com.siglume.sdrp.benchmarks.load.WebhookLoadGenerator --url "$url" --label "$label" \
    --warmup "$B2_WARMUP" --requests "$B2_REQUESTS" --concurrency "$B2_CONCURRENCY" \
    --max-seconds "$B2_SECONDS" --out "$RESULTS/$step-$label.json" | tee -a "$RESULTS/$step.txt"
  note_load "${step^^} $label end"
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
  java -cp "$CP" com.siglume.sdrp.benchmarks.load.BenchDatabase check --jdbc-url "$jdbc" \
    --events-table "$events_table" --out "$RESULTS/$step-$label-db.json" | tee -a "$RESULTS/$step.txt"
  # The server logs are large and say nothing the figures do not; keep only their warnings.
  grep -E ' (WARN|ERROR) ' "$RESULTS/$step-$label-server.log" > "$RESULTS/$step-$label-server-warnings.txt" || true
  rm -f "$RESULTS/$step-$label-server.log"
}

# B2_ROUNDS rounds of every endpoint on H2 and, when it listens, PostgreSQL.
b2_rounds() {
  local step="$1" databases=(h2) round endpoint database order i
  shift
  local endpoints=("$@")
  if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
    databases+=(postgresql)
  else
    echo "Nothing listens on 127.0.0.1:5432: ${step^^} on PostgreSQL skipped" | tee -a "$RESULTS/$step.txt"
  fi
  for database in "${databases[@]}"; do
    for round in $(seq 1 "$B2_ROUNDS"); do
      # Reverse the order every other round, so that no endpoint always inherits another's after-effects.
      order=("${endpoints[@]}")
      if [ $((round % 2)) -eq 0 ]; then
        order=()
        for ((i = ${#endpoints[@]} - 1; i >= 0; i--)); do order+=("${endpoints[$i]}"); done
      fi
      for endpoint in "${order[@]}"; do
        b2_run "$step" "$endpoint" "$database" "$round"
      done
    done
  done
  if [[ " ${databases[*]} " == *" postgresql "* ]]; then
    java -cp "$CP" com.siglume.sdrp.benchmarks.load.BenchDatabase drop --jdbc-url "$PG_URL" --schema "$PG_SCHEMA"
  fi
}

if wants b2; then
  rm -f "$RESULTS"/b2-* "$RESULTS"/b2.txt
  endpoints=(sample handwritten)
  if [ "$B2_JAVA_VERSION" -ge 21 ]; then
    endpoints+=(sample-virtual handwritten-virtual)
  else
    echo "The B2 servers run on Java $B2_JAVA_VERSION: the virtual-thread rows need Java 21 or later (set B2_JAVA)" \
      | tee -a "$RESULTS/b2.txt"
  fi
  b2_rounds b2 "${endpoints[@]}"
fi

if wants b2r; then
  # The same load, rounds and checks on WebFlux + R2DBC: the starter's reactive endpoint with a
  # Mono<Void> listener against a hand-written WebFlux handler doing the same work.
  rm -f "$RESULTS"/b2r-* "$RESULTS"/b2r.txt
  b2_rounds b2r reactive-starter reactive-handwritten
fi

if wants b3; then
  rm -f "$RESULTS"/b3*
  note_load "B3 start"
  jmh MerchantClientBenchmark -prof gc -rf json -rff "$RESULTS/b3.json" | tee "$RESULTS/b3.txt"
  # The sandbox turns on TCP_NODELAY for its JDK HttpServer; without it the response head and body
  # go out as two segments and the second waits for the client's delayed acknowledgement. This
  # run turns it off again to show the stall every sandbox call would otherwise pay.
  # At 45 ms a call the figures are steady, so two short forks suffice.
  jmh 'MerchantClientBenchmark.(sdkGetMerchant|rawGet)$' -f 2 -wi 3 -i 5 -prof gc \
    -jvmArgsAppend -Dsun.net.httpserver.nodelay=false \
    -rf json -rff "$RESULTS/b3-delayed-ack.json" | tee "$RESULTS/b3-delayed-ack.txt"
  # The same comparison with the two calls alternating in one loop, in three JVMs: the ratio
  # without the fork-to-fork spread of the JMH figures.
  for fork in 1 2 3; do
    java -cp "$CP" com.siglume.sdrp.benchmarks.client.PairedClientRun --warmup-seconds 15 --rounds 10 \
      --pairs 3000 --out "$RESULTS/b3-paired-$fork.json" | tee -a "$RESULTS/b3-paired.txt"
  done
  note_load "B3 end"
fi

if wants b5; then
  rm -f "$RESULTS"/b5*
  note_load "B5 start"
  b5_databases=(h2)
  if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
    b5_databases+=(postgresql)
  else
    echo "Nothing listens on 127.0.0.1:5432: B5 on PostgreSQL skipped" | tee -a "$RESULTS/b5.txt"
  fi
  # SiglumeCheckout.start for a new order against the bare session call plus one insert, one JVM
  # per fork, both on the loopback sandbox and one database.
  jmh CheckoutStartBenchmark -p "database=$(IFS=,; echo "${b5_databases[*]}")" -prof gc -rf json \
    -rff "$RESULTS/b5.json" | tee -a "$RESULTS/b5.txt"
  # The same comparison with the two paths alternating in one loop, in three JVMs per database.
  for database in "${b5_databases[@]}"; do
    for fork in 1 2 3; do
      java -Dlogback.configurationFile=b5-logback.xml -cp "$CP" com.siglume.sdrp.benchmarks.checkout.PairedCheckoutRun \
        --database "$database" --warmup-seconds 15 --rounds 20 --pairs 500 \
        --out "$RESULTS/b5-paired-$database-$fork.json" | tee -a "$RESULTS/b5-paired.txt"
    done
  done
  note_load "B5 end"
fi

if wants b4; then
  rm -f "$RESULTS"/b4*
  note_load "B4 start"
  # The startup shop in fresh JVMs, without and with the starter, alternately.
  java -cp "$CP" com.siglume.sdrp.benchmarks.startup.StartupRun --app-classes "$STARTUP_APP/classes" \
    --baseline-classpath "$STARTUP_APP/startup-baseline.classpath" \
    --starter-classpath "$STARTUP_APP/startup-starter.classpath" \
    --warmup "$B4_WARMUP" --starts "$B4_STARTS" --jvm-options "${SERVER_JVM_OPTS[*]}" \
    --out "$RESULTS/b4.json" | tee "$RESULTS/b4.txt"
  note_load "B4 end"
fi

# JMH prints where it saved its JSON; keep the committed output free of this machine's paths.
sed -i -e "s|$ROOT/||g" -e "s|file:$HOME/.m2/repository/|file:~/.m2/repository/|g" "$RESULTS"/*.txt

echo
echo "== Results (also in $RESULTS/summary.md)"
java -cp "$CP" com.siglume.sdrp.benchmarks.report.ResultsReport "$RESULTS"
