#!/usr/bin/env bash
# The whole load measurement against a production jar on loopback (see bench/load/README.md):
#   ./mvnw -o package -DskipTests && bench/load/run.sh [port] [seconds per run] [visitor counts…|0]
# Starts target/learning-mechanics.jar with a fresh data directory, seeds one shared experiment, warms up, runs the
# visitors at each N, then the flood, printing heap (after a full GC) and the server's CPU around each run; stops
# the server and deletes its data at the end.
set -euo pipefail
port=${1:-18080}
seconds=${2:-40}
shift $(( $# > 2 ? 2 : $# ))
counts=${*:-50 100 200}
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
here=$(cd "$(dirname "$0")" && pwd)
data=$(mktemp -d /tmp/lm-load.XXXXXX)
# SAVE_ACCOUNTS=4: every visit also saves an experiment over the API, with one of 4 accounts signed in once (made
# beside a bootstrap administrator, sharing its password hash); the per-account save limit is lifted for the run.
savers=${SAVE_ACCOUNTS:-0}
password='load test password'
server_options=()
if (( savers > 0 )); then
    export LEARNINGMECHANICS_ADMIN_EMAIL=load-admin@example.invalid LEARNINGMECHANICS_ADMIN_PASSWORD=$password
    server_options=(--learningmechanics.api.saves-per-minute=100000000)
fi
LEARNINGMECHANICS_DATA=$data "$jdk/bin/java" -jar "$here/../../target/learning-mechanics.jar" --server.port="$port" \
    "${server_options[@]}" > "$data.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data" "$data.log"' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://localhost:$port/api/simulations" && break; sleep 0.5; done
base=http://localhost:$port
slug=$("$here/seed-experiment.sh" "$base" "$data")
save_options=()
if (( savers > 0 )); then
    psql -q -h localhost -p "$(sed -n 4p "$data/postmaster.pid")" -U postgres -d postgres -v ON_ERROR_STOP=1 -c "
        insert into account (id, email, display_name, password_hash, role)
        select gen_random_uuid(), 'load-saver-' || i || '@example.invalid', 'Load saver ' || i, password_hash, 'LEARNER'
        from account, generate_series(1, $savers) i where email = 'load-admin@example.invalid'"
    save_options=(--save-accounts "$(seq -f 'load-saver-%g@example.invalid' -s , 1 "$savers")" --save-password "$password")
fi
echo "server pid $pid, JDK $("$jdk/bin/java" -version 2>&1 | head -1), $(nproc) cores, shared experiment /x/$slug"

heap() {   # used heap after a full GC, in MB
    "$jdk/bin/jcmd" "$pid" GC.run > /dev/null
    "$jdk/bin/jcmd" "$pid" GC.heap_info | awk '/garbage-first heap/ {for (i = 1; i <= NF; i++) if ($i == "used") {
        v = $(i + 1); sub(/K,?/, "", v); printf "%.0f", v / 1024}}'
}
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }   # server CPU time in clock ticks
load() {
    local before_heap before_cpu start out
    before_heap=$(heap); before_cpu=$(cpu); start=$(date +%s.%N)
    out=$("$jdk/bin/java" "$here/LoadTest.java" --base "$base" --slug "$slug" "${save_options[@]}" "$@")
    echo "$out"
    local after_heap after_cpu end visits
    after_heap=$(heap); after_cpu=$(cpu); end=$(date +%s.%N)
    visits=$(echo "$out" | awk '/^visits/ {s += $2} END {print s + 0}' | tr -d ,)
    awk -v hb="$before_heap" -v ha="$after_heap" -v cb="$before_cpu" -v ca="$after_cpu" -v s="$start" -v e="$end" \
        -v v="$visits" -v hz="$(getconf CLK_TCK)" 'BEGIN {
        per = 0; if (v > 0) per = (ha - hb) * 1024 / v
        cpv = 0; if (v > 0) cpv = (ca - cb) / hz * 1000 / v
        printf "server: heap after full GC %d MB -> %d MB (+%d MB for %d new sessions = %.0f KB per session), CPU %.2f cores on average, %.1f ms CPU per visit\n", hb, ha, ha - hb, v, per, (ca - cb) / hz / (e - s), cpv }'
}
"$jdk/bin/java" "$here/LoadTest.java" --base "$base" --slug "$slug" "${save_options[@]}" --visitors 20 --seconds 15 \
    > /dev/null  # warm-up
for n in $counts; do   # 0: no visitor runs, only the flood
    [ "$n" = 0 ] || load --visitors "$n" --seconds "$seconds"
done
if [ -n "${HISTOGRAM:-}" ]; then "$jdk/bin/jcmd" "$pid" GC.class_histogram | head -25; fi
[ "${FLOOD:-1}" = 0 ] || load --mode flood --visitors 50 --seconds "$seconds" --flooders 4 --in-flight 4
# The shared-link storm: 1,000 opens of the saved experiment. Its stored result is shown, nothing is computed: the
# server's CPU per open (printed by load) is that of building a page, far below one run of the simulation.
load --mode storm --opens "${STORM_OPENS:-1000}" --concurrency 50
