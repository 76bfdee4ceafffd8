#!/usr/bin/env bash
# The benchmark: bash benchmark/run.sh h2|postgres
# Builds the service's jar, starts it as the README's production start does (the jar extracted, a
# class data sharing archive from a training run, the JVM flags; benchmark profile), measures its
# start-up, loads a million finished requests of history, drives the bare Camunda engine in the same
# JVM (history full and none), runs the Gatling load (benchmark/src/test/java/.../RepairSimulation),
# samples the resident memory from /proc all along, and prints the figures. Reports: target/bench/
# (figures as JSON) and benchmark/target/gatling/ (Gatling's HTML report).
# Environment: BENCH_REQUESTS (1000000), BENCH_PHASE_SECONDS (30), BENCH_PORT (18600),
# BENCH_WARMUP_SECONDS (60: unmeasured lifecycles at 4 clients before each side is measured, the
# bare engine at each history level and our API, so that both are measured after the JIT compiled
# their paths), BENCH_REPEATS (3: how many 16-client pairs, bare engine then our API, the median
# ratio is taken of), BENCH_PG_DB (repair_bench; its _raw_full, _raw_none and _cds siblings are made too), SKIP_BUILD=1,
# JAVA_OPTS (default below), BENCH_CDS=0 (start the plain jar instead, as before the archive).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DB=${1:?usage: benchmark/run.sh h2|postgres}
PORT=${BENCH_PORT:-18600}
REQUESTS=${BENCH_REQUESTS:-1000000}
PHASE=${BENCH_PHASE_SECONDS:-30}
WARM_UP=${BENCH_WARMUP_SECONDS:-60}
PG_DB=${BENCH_PG_DB:-repair_bench}
JAVA_OPTS=${JAVA_OPTS:--Xmx240m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -Djdk.nio.maxCachedBufferSize=262144 -XX:TrimNativeHeapInterval=5000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# A new database has no known admin password: the service (and its training run) take this one.
export REPAIR_ADMIN_PASSWORD=${REPAIR_ADMIN_PASSWORD:-bench-$(python3 -c 'import secrets; print(secrets.token_hex(12))')}
OUT=$ROOT/target/bench/$DB
BASE=http://127.0.0.1:$PORT

if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn -B -q -ntp -DskipTests -Dminiprogram.skip=true package
fi
JAR=$(ls "$ROOT"/target/campus-repair-*.jar | grep -v original | head -1)
rm -rf "$OUT" && mkdir -p "$OUT/run"

ARGS=(--server.port="$PORT" --spring.profiles.active=benchmark)
case "$DB" in
  h2) ;;
  postgres)
    for db in "$PG_DB" "${PG_DB}_raw_full" "${PG_DB}_raw_none" "${PG_DB}_cds"; do
      psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db"
      psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
    done
    ARGS=(--server.port="$PORT" --spring.profiles.active=postgres,benchmark)
    export DB_HOST=127.0.0.1 DB_NAME=$PG_DB DB_USER=postgres DB_PASSWORD=
    export BENCH_RAW_ENGINE_URL="jdbc:postgresql://127.0.0.1:5432/${PG_DB}_raw_%s"
    ;;
  *) echo "usage: benchmark/run.sh h2|postgres" >&2; exit 2 ;;
esac

LAUNCH=(-jar "$JAR")
if [[ "${BENCH_CDS:-1}" != 0 ]]; then
  # The README's production start: extract, one training run that exits once the context is
  # refreshed and leaves the archive, then the service with it. The training run gets a database of
  # its own (a directory of its own for H2), so the measured start still finds a fresh one.
  java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" > "$OUT/extract.log" 2>&1
  LAUNCH=(-XX:SharedArchiveFile="$OUT/app/application.jsa" -jar "$OUT/app/$(basename "$JAR")")
  mkdir -p "$OUT/training"
  # shellcheck disable=SC2086
  (cd "$OUT/training" && export DB_NAME=${PG_DB}_cds && exec java $JAVA_OPTS -XX:ArchiveClassesAtExit="$OUT/app/application.jsa" \
    -Dspring.context.exit=onRefresh -jar "$OUT/app/$(basename "$JAR")" "${ARGS[@]}" > "$OUT/training.log" 2>&1) \
    || { echo "the training run failed:"; tail -30 "$OUT/training.log"; exit 1; }
fi

echo "== load before the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/load.txt"
# shellcheck disable=SC2086
(cd "$OUT/run" && exec java $JAVA_OPTS "${LAUNCH[@]}" "${ARGS[@]}" > "$OUT/service.log" 2>&1) &
PID=$!
trap 'kill $PID 2>/dev/null || true; kill ${SAMPLER:-} ${VACUUMER:-} 2>/dev/null || true' EXIT
START=$(date +%s.%N)
until curl -sf "$BASE/api/categories" > /dev/null; do
  kill -0 $PID 2>/dev/null || { echo "the service did not start:"; tail -50 "$OUT/service.log"; exit 1; }
  sleep 0.1
done
JAVA_PID=$(pgrep -P $PID java || echo $PID)
READY=$(echo "$(date +%s.%N) - $START" | bc)
echo "== start-up: ${READY}s until the API answered; $(grep -o 'Started RepairApplication in [0-9.]* seconds' "$OUT/service.log")$([[ "${BENCH_CDS:-1}" != 0 ]] && echo ' (class data sharing archive)')"

(while kill -0 "$JAVA_PID" 2>/dev/null; do
   awk '/VmRSS/ {print $2}' "/proc/$JAVA_PID/status" 2>/dev/null; sleep 1
 done > "$OUT/rss-kb.txt") &
SAMPLER=$!

ADMIN=$(curl -sf -XPOST "$BASE/api/auth/login" -H 'Content-Type: application/json' \
  -d "$(jq -nc --arg p "$REPAIR_ADMIN_PASSWORD" '{phone: "13800000000", password: $p}')" | jq -r .token)
auth=(-H "Authorization: Bearer $ADMIN")

echo "== loading $REQUESTS finished requests of history"
curl -sf -XPOST "${auth[@]}" "$BASE/api/benchmark/history?requests=$REQUESTS" > "$OUT/history.json"
jq -r '"   \(.requests) requests in the database, loaded in \(.seconds | floor) s"' "$OUT/history.json"
mkdir -p "$OUT/people"
jq -r '"studentId,studentToken", (.students[] | "\(.id),\(.token)")' "$OUT/history.json" > "$OUT/people/students.csv"
jq -r '"workerId,workerToken", (.workers[] | "\(.id),\(.token)")' "$OUT/history.json" > "$OUT/people/workers.csv"

if [[ $DB == postgres && $(psql -h 127.0.0.1 -U postgres -d postgres -Atc 'SHOW autovacuum') == off ]]; then
  # This machine kind's PostgreSQL runs with autovacuum off (conf.d/90-ci.conf); a production server
  # has it on. Without it the engine's runtime tables, where every row is soon deleted, fill with dead
  # rows and are never analysed, and each lookup in them scans them whole, on both sides of the
  # comparison. So stand in for it: every 15 s, what autovacuum would do in each of the run's databases.
  echo "== autovacuum is off on this server: benchmark/autovacuum.sql stands in for it every 15 s"
  (while sleep 15; do
     for db in "$PG_DB" "${PG_DB}_raw_full" "${PG_DB}_raw_none"; do
       psql -h 127.0.0.1 -U postgres -d "$db" -Atq -f benchmark/autovacuum.sql > /dev/null 2>&1 || true
     done
   done) &
  VACUUMER=$!
fi

echo "== the bare engine, same JVM and database server, ${PHASE}s per level"
# The memory figure is also given without these phases: the bare engines are the benchmark's
# instrument, built in the service's JVM (the RSS sampler counts seconds, so a line count marks a time).
wc -l < "$OUT/rss-kb.txt" > "$OUT/rss-bare-engines-from.txt"
echo "[" > "$OUT/raw-engine.json"
first=1
for history in full none; do
  curl -sf -XPOST "${auth[@]}" "$BASE/api/benchmark/raw-engine?history=$history&threads=4&seconds=$WARM_UP" > /dev/null
  for threads in 1 4 16; do
    result=$(curl -sf -XPOST "${auth[@]}" "$BASE/api/benchmark/raw-engine?history=$history&threads=$threads&seconds=$PHASE")
    echo "$result" | jq -r '"   history \(.history), \(.threads) threads: \(.lifecyclesPerSecond * 10 | floor / 10) lifecycles/s (\(.lifecycles) done, \(.failed) failed)"'
    [[ $first == 1 ]] || echo "," >> "$OUT/raw-engine.json"
    echo "$result" >> "$OUT/raw-engine.json"; first=0
  done
done
echo "]" >> "$OUT/raw-engine.json"
curl -sf -XPOST "${auth[@]}" "$BASE/api/benchmark/raw-engine/close" > /dev/null

wc -l < "$OUT/rss-kb.txt" > "$OUT/rss-bare-engines-until.txt"
echo "== Gatling: lifecycle at 1, 4, 16 clients; twice more at 16, each after the bare engine again; lists; a burst of submissions"
mvn -B -q -ntp -f benchmark/pom.xml gatling:test \
  -Dbench.baseUrl="$BASE" -Dbench.adminToken="$ADMIN" -Dbench.people="$OUT/people" -Dbench.out="$OUT" \
  -Dbench.phaseSeconds="$PHASE" -Dbench.warmUpSeconds="$WARM_UP" -Dbench.repeats="${BENCH_REPEATS:-3}" \
  > "$OUT/gatling.log" 2>&1 || { tail -40 "$OUT/gatling.log"; echo "(Gatling reported failures)"; }
REPORT=$(ls -td benchmark/target/gatling/*/ | head -1)

kill $SAMPLER ${VACUUMER:-} 2>/dev/null || true
grep -c "OptimisticLockingException" "$OUT/service.log" > "$OUT/optimistic-locking.txt" || true
python3 benchmark/summarize.py "$DB" "$OUT" "$REPORT" "$READY" "$(cut -d" " -f1-3 /proc/loadavg)" "$PHASE"
