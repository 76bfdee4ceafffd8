#!/usr/bin/env bash
# The benchmark: bash benchmark/run.sh h2|postgres    (benchmark/README.md: settings, what it prints)
#
# Our service (A: the jar started as the README's production start, driven over HTTP by Gatling,
# benchmark/src/test/java/.../RepairSimulation.java) against the bare Camunda engine (B:
# benchmark/bare-engine, its own JVM with default flags), in turn, A B A B, BENCH_REPEATS pairs per
# round. Every run has a JVM of its own and a fresh database of its own on the same server
# (PostgreSQL: a database created for it and dropped after it; H2: a file of its own). Two rounds:
# "fresh", where the service's database holds only the people the clients act as, then "history",
# where it also holds BENCH_REQUESTS finished requests. Each run warms up unmeasured, then measures
# the lifecycle at each of BENCH_CLIENTS; the service's history runs also measure every role's list
# and a burst of submissions. The ratio at each client count is the median over the round's pairs.
#
# The service's databases. The service migrates an empty database at its first start (the start-up
# figure), and the history loader (benchmark/history-loader, a JVM of its own) fills two copies of it,
# one with the people only, one with the history too: these are the rounds' seeds, and each of the
# service's runs gets a copy of its round's seed made just before it (PostgreSQL: CREATE DATABASE ...
# TEMPLATE; H2: the file copied). The loader runs while no service is running: no measured run then
# shares the machine with the load, every measured start finds its database as a long-lived one is
# (the loader's VACUUM ANALYZE done, statistics fresh) instead of seeing rows appear behind its caches
# while it serves, and a million requests are loaded once rather than once per run. (An H2 file
# admits one process at a time, so there it could not be otherwise.)
#
# The bare engine's databases: always a fresh empty one, in which the starter creates Camunda's
# tables at history level full. In the history round too: the engine never reads our tables, and on
# PostgreSQL the buffer cache, the WAL and the disk are the server's whichever database a table is
# in, so its run beside the service's million-request databases on the same server is the same as a
# run on a database that also held them (H2 has no server to share). It runs in that round anyway,
# so that each pair is measured side by side in time, which the ratio needs on a machine whose speed
# drifts with what else runs on it. Its own engine history is what its runs leave, as for the service.
#
# CPU: during every run, benchmark/cpu_sampler.py reads twice a second the CPU time each process
# group has used (the service's or the bare engine's JVM, by its threads' kinds; Gatling's Maven and
# JVM; PostgreSQL's backends of the run's database, and the server's own processes), and the summary
# divides each group's CPU between a measured phase's start and end by the lifecycles of the phase.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DB=${1:?usage: benchmark/run.sh h2|postgres}
case "$DB" in h2 | postgres) ;; *) echo "usage: benchmark/run.sh h2|postgres" >&2; exit 2 ;; esac
PORT=${BENCH_PORT:-18600}
REQUESTS=${BENCH_REQUESTS:-1000000}
PHASE=${BENCH_PHASE_SECONDS:-30}
WARM_UP=${BENCH_WARMUP_SECONDS:-180}
REPEATS=${BENCH_REPEATS:-3}
CLIENTS=$(echo "${BENCH_CLIENTS:-1 4 16}" | tr ' ' ',')
PREFIX=${BENCH_PG_PREFIX:-bench}
ROUNDS=${BENCH_ROUNDS:-fresh history}
CLOCK_TICKS=$(getconf CLK_TCK)
# The README's production flags, for the service only: the bare engine runs with the JVM's defaults.
JAVA_OPTS=${JAVA_OPTS:--Xmx240m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -Djdk.nio.maxCachedBufferSize=262144 -XX:TrimNativeHeapInterval=5000}
# A new database has no known admin password: the service's first start gives the seed this one.
export REPAIR_ADMIN_PASSWORD=${REPAIR_ADMIN_PASSWORD:-bench-$(python3 -c 'import secrets; print(secrets.token_hex(12))')}
OUT=$ROOT/target/bench/$DB
BASE=http://127.0.0.1:$PORT

if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn -B -q -ntp -Dstyle.color=never -DskipTests -Dminiprogram.skip=true package
  mvn -B -q -ntp -Dstyle.color=never -DskipTests -f benchmark/history-loader/pom.xml package
  mvn -B -q -ntp -Dstyle.color=never -DskipTests -f benchmark/bare-engine/pom.xml package
fi
JAR=$(ls "$ROOT"/target/campus-repair-*.jar | grep -v original | head -1)
LOADER_JAR=$(ls "$ROOT"/benchmark/history-loader/target/campus-repair-history-loader-*.jar | grep -v original | head -1)
BARE_JAR=$(ls "$ROOT"/benchmark/bare-engine/target/campus-repair-bare-engine-*.jar | grep -v original | head -1)
rm -rf "$OUT" && mkdir -p "$OUT/runs"

# ---- Databases: one per run, named after it (runs/fresh-1-api is bench_fresh_1_api on PostgreSQL)

# Warnings and errors only: no NOTICE for each DROP DATABASE IF EXISTS of a database not there.
pg() { PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 "$@"; }
database() { echo "${PREFIX}_${1//-/_}"; }
CREATED=()

# FORCE: the autovacuum stand-in's last psql can still be connected after its loop was stopped.
drop_sql() { echo "DROP DATABASE IF EXISTS $(database "$1") WITH (FORCE)"; }

# A database the run's JVM creates its tables in.
empty_database() {
  mkdir -p "$OUT/runs/$1"
  if [[ $DB == postgres ]]; then
    pg -c "$(drop_sql "$1")" -c "CREATE DATABASE $(database "$1") ENCODING 'UTF8' TEMPLATE template0"
    CREATED+=("$(database "$1")")
  fi
}

# A copy of a seed, made while nothing is connected to the seed.
copy_database() {
  local seed=$1 run=$2
  mkdir -p "$OUT/runs/$run"
  if [[ $DB == postgres ]]; then
    # FILE_COPY (PostgreSQL 15 on) copies the files instead of writing a million requests through the WAL.
    local strategy=""
    (( $(pg -c 'SHOW server_version_num') >= 150000 )) && strategy="STRATEGY FILE_COPY"
    pg -c "$(drop_sql "$run")" \
       -c "CREATE DATABASE $(database "$run") TEMPLATE $(database "$seed") $strategy"
    CREATED+=("$(database "$run")")
  else
    cp -r "$OUT/runs/$seed/data" "$OUT/runs/$run/data"
  fi
}

drop_database() {
  if [[ $DB == postgres ]]; then
    pg -c "$(drop_sql "$1")"
  else
    rm -rf "$OUT/runs/$1/data"
  fi
}

# For the loader and the bare engine: Spring Boot's data source arguments. An H2 file lives in its
# run's data/ folder, where the service keeps its own (./data/repair, the service's default URL).
datasource() {
  local run=$1 file=$2
  if [[ $DB == postgres ]]; then
    echo "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$(database "$run") --spring.datasource.username=postgres --spring.datasource.password="
  else
    echo "--spring.datasource.url=jdbc:h2:file:$OUT/runs/$run/data/$file;LOCK_TIMEOUT=10000 --spring.datasource.username=sa --spring.datasource.password="
  fi
}

# ---- Sampling: resident memory of a process every second; the autovacuum stand-in

sample_rss() {
  while kill -0 "$1" 2>/dev/null; do
    awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null
    sleep 1
  done > "$2"
}

STAND_IN=""
if [[ $DB == postgres && $(pg -c 'SHOW autovacuum') == off ]]; then
  # This machine kind's PostgreSQL runs with autovacuum off (conf.d/90-ci.conf); a production server
  # has it on. Without it the engine's runtime tables, where every row is soon deleted, fill with dead
  # rows and are never analysed, and each lookup in them scans them whole, on both sides of the
  # comparison. So stand in for it: every 15 s, what autovacuum would do in the running side's database.
  STAND_IN=1
fi
start_vacuum() {
  VACUUM_PID=""
  if [[ -n $STAND_IN ]]; then
    (while sleep 15; do
       psql -h 127.0.0.1 -U postgres -d "$(database "$1")" -Atq -f benchmark/autovacuum.sql > /dev/null 2>&1 || true
     done) &
    VACUUM_PID=$!
  fi
}
stop_vacuum() { [[ -z $VACUUM_PID ]] || { kill "$VACUUM_PID" 2>/dev/null; wait "$VACUUM_PID" 2>/dev/null || true; }; }

# The CPU time of a run's process groups (benchmark/cpu_sampler.py) into runs/<run>/cpu.jsonl, until
# the first group's process ends or stop_cpu_sampler. The database's groups on PostgreSQL only: H2 is
# inside the JVM.
start_cpu_sampler() {
  local run=$1; shift
  local groups=("$@")
  if [[ $DB == postgres ]]; then
    groups+=("database=postgres:$(database "$run")" "server=postgres-server")
  fi
  python3 benchmark/cpu_sampler.py "$OUT/runs/$run/cpu.jsonl" "$CLOCK_TICKS" "${groups[@]}" &
  CPU_SAMPLER_PID=$!
}
stop_cpu_sampler() {
  kill "$CPU_SAMPLER_PID" 2>/dev/null || true
  wait "$CPU_SAMPLER_PID" 2>/dev/null || true
  CPU_SAMPLER_PID=""
}

SERVICE_PID="" BARE_PID="" SAMPLER_PID="" VACUUM_PID="" CPU_SAMPLER_PID="" CLIENT_PID=""
cleanup() {
  for pid in $SERVICE_PID $BARE_PID $SAMPLER_PID $VACUUM_PID $CPU_SAMPLER_PID $CLIENT_PID; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [[ $DB == postgres ]]; then
    for db in "${CREATED[@]}"; do pg -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true; done
  fi
}
trap cleanup EXIT

# ---- The service: started as the README's production start does

SERVICE_ARGS=(--server.port="$PORT")
# A flight recording of each of the service's runs (runs/<run>/service.jfr), read by
# benchmark/JfrProfile.java; the measured runs only, not the class data sharing archive's training run.
RUN_JAVA_OPTS=$JAVA_OPTS
[[ -z "${BENCH_JFR:-}" ]] || RUN_JAVA_OPTS="$JAVA_OPTS -XX:StartFlightRecording=filename=service.jfr,settings=profile -XX:FlightRecorderOptions=stackdepth=256"
[[ $DB == postgres ]] && SERVICE_ARGS+=(--spring.profiles.active=postgres)
LAUNCH=(-jar "$JAR")

# The service's own environment for a run's database (its default H2 URL is ./data/repair).
service_environment() {
  export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
  if [[ $DB == postgres ]]; then
    export DB_HOST=127.0.0.1 DB_NAME="$(database "$1")" DB_USER=postgres DB_PASSWORD=
  fi
}

# Starts the service in runs/<run>, waits until its API answers, writes the seconds that took to
# runs/<run>/startup.txt and samples its memory.
start_service() {
  local run=$1 dir=$OUT/runs/$1
  # Something else answering on the port would be measured instead of the service started here.
  ! curl -s "$BASE" > /dev/null || { echo "port $PORT is taken: set BENCH_PORT"; exit 1; }
  # shellcheck disable=SC2086
  (cd "$dir" && service_environment "$run" && exec java $RUN_JAVA_OPTS "${LAUNCH[@]}" "${SERVICE_ARGS[@]}" > service.log 2>&1) &
  SERVICE_PID=$!
  local start
  start=$(date +%s.%N)
  until curl -sf "$BASE/api/categories" > /dev/null; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service did not start:"; tail -50 "$dir/service.log"; exit 1; }
    sleep 0.1
  done
  echo "$(date +%s.%N) - $start" | bc > "$dir/startup.txt"
  sample_rss "$SERVICE_PID" "$dir/rss-kb.txt" &
  SAMPLER_PID=$!
}

stop_service() {
  kill "$SERVICE_PID" && wait "$SERVICE_PID" || true
  wait "$SAMPLER_PID" || true
  SERVICE_PID="" SAMPLER_PID=""
}

if [[ "${BENCH_CDS:-1}" != 0 ]]; then
  # The README's production start: extract, one training run that exits once the context is
  # refreshed and leaves the archive, then the service with it. The training run gets a database of
  # its own, so the measured first start still finds a fresh one.
  java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" > "$OUT/extract.log" 2>&1
  LAUNCH=(-XX:SharedArchiveFile="$OUT/app/application.jsa" -jar "$OUT/app/$(basename "$JAR")")
  empty_database cds
  # shellcheck disable=SC2086
  (cd "$OUT/runs/cds" && service_environment cds && exec java $JAVA_OPTS -XX:ArchiveClassesAtExit="$OUT/app/application.jsa" \
    -Dspring.context.exit=onRefresh -jar "$OUT/app/$(basename "$JAR")" "${SERVICE_ARGS[@]}" > training.log 2>&1) \
    || { echo "the training run failed:"; tail -30 "$OUT/runs/cds/training.log"; exit 1; }
  drop_database cds
fi

echo "== load before the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/load.txt"
[[ -z $STAND_IN ]] || echo "== autovacuum is off on this server: benchmark/autovacuum.sql stands in for it every 15 s"

# ---- The seeds: the service's first start on an empty database, then the loader on two copies

empty_database seed-fresh
start_service seed-fresh
echo "== start-up on a fresh database: $(printf %.1f "$(cat "$OUT/runs/seed-fresh/startup.txt")") s until the API answered; $(grep -o 'Started RepairApplication in [0-9.]* seconds' "$OUT/runs/seed-fresh/service.log")$([[ "${BENCH_CDS:-1}" != 0 ]] && echo ' (class data sharing archive)')"
stop_service
copy_database seed-fresh seed-history

load() {
  local seed=$1 requests=$2
  # shellcheck disable=SC2046
  java -jar "$LOADER_JAR" $(datasource "$seed" repair) --history.requests="$requests" \
    --history.people="$OUT/people-${seed#seed-}" > "$OUT/runs/$seed/loader.log" 2>&1 \
    || { echo "the history loader failed:"; tail -30 "$OUT/runs/$seed/loader.log"; exit 1; }
  echo "   $(grep -o '[0-9]* requests in the database, loaded in [0-9.]* s' "$OUT/runs/$seed/loader.log")"
}
echo "== the people the clients act as, alone (round fresh) and with $REQUESTS finished requests (round history)"
load seed-fresh 0
if [[ " $ROUNDS " == *" history "* ]]; then
  load seed-history "$REQUESTS"
  # The loader marks the office's daily rollups stale and the service's next start fills them from
  # the loaded requests: once here, on the seed, so that no measured run's start does it again.
  start_service seed-history
  echo "   the service filled the office's rollups from them in $(printf %.0f "$(cat "$OUT/runs/seed-history/startup.txt")") s"
  stop_service
fi

# ---- The runs

api_run() {
  local round=$1 run=$1-$2-api
  copy_database "seed-$round" "$run"
  start_service "$run"
  local admin
  admin=$(curl -sf -XPOST "$BASE/api/auth/login" -H 'Content-Type: application/json' \
    -d "$(jq -nc --arg p "$REPAIR_ADMIN_PASSWORD" '{phone: "13800000000", password: $p}')" | jq -r .token)
  start_vacuum "$run"
  mvn -B -q -ntp -Dstyle.color=never -f benchmark/pom.xml gatling:test \
    -Dbench.baseUrl="$BASE" -Dbench.adminToken="$admin" -Dbench.people="$OUT/people-$round" \
    -Dbench.phaseSeconds="$PHASE" -Dbench.warmUpSeconds="$WARM_UP" -Dbench.clients="$CLIENTS" \
    -Dbench.lists="$([[ $round == history ]] && echo true || echo false)" \
    -Dbench.phaseWindows="$OUT/runs/$run/phases.json" > "$OUT/runs/$run/gatling.log" 2>&1 &
  CLIENT_PID=$!
  start_cpu_sampler "$run" "client=tree:$CLIENT_PID" "service=jvm:$SERVICE_PID"
  wait "$CLIENT_PID" || { tail -40 "$OUT/runs/$run/gatling.log"; echo "(Gatling reported failures)"; }
  CLIENT_PID=""
  stop_cpu_sampler
  grep -o 'file://.*/index.html' "$OUT/runs/$run/gatling.log" | sed 's#^file://##; s#/index.html$##' > "$OUT/runs/$run/report.txt" || true
  stop_vacuum
  stop_service
  drop_database "$run"
}

bare_run() {
  local run=$1-$2-bare
  empty_database "$run"
  start_vacuum "$run"
  # shellcheck disable=SC2046
  (cd "$OUT/runs/$run" && exec java -jar "$BARE_JAR" $(datasource "$run" engine) --bench.processes="$ROOT/processes" \
    --bench.threads="$CLIENTS" --bench.duration="${PHASE}s" --bench.warm-up="${WARM_UP}s" > bare-engine.log 2>&1) &
  BARE_PID=$!
  sample_rss "$BARE_PID" "$OUT/runs/$run/rss-kb.txt" &
  SAMPLER_PID=$!
  start_cpu_sampler "$run" "engine=jvm:$BARE_PID"
  wait "$BARE_PID" || { tail -40 "$OUT/runs/$run/bare-engine.log"; echo "(the bare engine failed)"; }
  wait "$SAMPLER_PID" || true
  stop_cpu_sampler
  BARE_PID="" SAMPLER_PID=""
  stop_vacuum
  drop_database "$run"
}

for round in $ROUNDS; do
  echo "== round $round: our API and the bare engine in turn, $REPEATS pairs, ${WARM_UP}s warm-up and ${PHASE}s at each of $CLIENTS clients"
  for i in $(seq 1 "$REPEATS"); do
    api_run "$round" "$i"
    bare_run "$round" "$i"
    python3 benchmark/summarize.py --pair "$OUT" "$round" "$i" "$PHASE"
  done
done
drop_database seed-fresh
drop_database seed-history

cat "$OUT"/runs/*-api/service.log | grep -c "OptimisticLockingException" > "$OUT/optimistic-locking.txt" || true
python3 benchmark/summarize.py "$DB" "$OUT" "$PHASE" "$(cut -d" " -f1-3 /proc/loadavg)"
