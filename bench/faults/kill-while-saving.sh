#!/usr/bin/env bash
# kill -9 while experiments are being saved, then count (see bench/faults/README.md):
#   ./mvnw -o package -DskipTests && bench/faults/kill-while-saving.sh [rounds=5] [port=18280] [savers=8]
# Starts target/learning-mechanics.jar on a fresh data directory with a bootstrap account, and in every round: K
# savers post experiments over the HTTP API (logging every body they send and every 201 they get), after a random
# 2-6 s the app is killed with SIGKILL, it is started again on the same data, and every acknowledged save of every
# round so far is read back and compared with what was sent, as is every row the database holds. Odd rounds kill
# only the Java process (its embedded PostgreSQL lives on as an orphan, which the next start must stop); even
# rounds kill the Java process and every PostgreSQL process at the same instant (as a crash of the whole container
# would, short of the machine losing power). Exits 1 if any acknowledged save is missing or any row is corrupt.
set -euo pipefail
rounds=${1:-5}
port=${2:-18280}
savers=${3:-8}
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/../../target/learning-mechanics.jar
data=$(mktemp -d /tmp/lm-kill.XXXXXX)
logs=$data.logs
mkdir -p "$logs"
email=kill-test@example.org
password='kill test password'
base=http://localhost:$port
app=

postmaster() { sed -n 1p "$data/postmaster.pid" 2>/dev/null || true; }
sql() { psql -At -h localhost -p "$(sed -n 4p "$data/postmaster.pid")" -U postgres -d postgres -c "$1"; }
client() { "$jdk/bin/java" "$here/KillWhileSaving.java" "$@" --base "$base" --email "$email" --password "$password"; }

cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
    local pm; pm=$(postmaster)
    [ -n "$pm" ] && kill -INT "$pm" 2>/dev/null || true   # PostgreSQL's fast shutdown, if one is left
    if [ -z "${KEEP:-}" ]; then rm -rf "$data" "$logs"; else echo "kept $data and $logs"; fi
}
trap cleanup EXIT

start() {
    local t0=$SECONDS
    LEARNINGMECHANICS_DATA=$data LEARNINGMECHANICS_ADMIN_EMAIL=$email LEARNINGMECHANICS_ADMIN_PASSWORD=$password \
        "$jdk/bin/java" -jar "$jar" --server.port="$port" --learningmechanics.api.saves-per-minute=10000000 \
        >> "$logs/app.out" 2>&1 &
    app=$!
    for _ in $(seq 1 240); do
        curl -sf -o /dev/null "$base/api/simulations" && { echo "  started in $((SECONDS - t0)) s (pid $app)"; return; }
        kill -0 "$app" 2>/dev/null || { echo "the app did not start again:"; tail -30 "$logs/app.out"; exit 1; }
        sleep 0.5
    done
    echo "the app did not answer within 120 s"; tail -30 "$logs/app.out"; exit 1
}

echo "$(date -u '+%F %T UTC'), $(nproc) cores, $("$jdk/bin/java" -version 2>&1 | head -1), $rounds rounds, $savers savers"
start
client template --out "$logs/template.json" --log "$logs/setup.log"
failed=0
for round in $(seq 1 "$rounds"); do
    if (( round % 2 )); then variant="kill -9 of the Java process only"; else variant="kill -9 of Java and PostgreSQL"; fi
    client save --round "$round" --savers "$savers" --template "$logs/template.json" --log "$logs/round-$round.log" \
        --max-seconds 60 > "$logs/round-$round.out" &
    saving=$!
    # The clock starts once the savers are signed in and posting (compiling the client and an Argon2 sign-in take
    # a few seconds of their own).
    until grep -q "^saving" "$logs/round-$round.out" 2>/dev/null; do
        kill -0 "$saving" 2>/dev/null || { echo "the savers stopped before saving:"; cat "$logs/round-$round.out"; exit 1; }
        sleep 0.1
    done
    delay=$(( 2000 + RANDOM % 4001 ))
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    pm=$(postmaster)
    if (( round % 2 )); then
        kill -9 "$app"
    else
        # shellcheck disable=SC2046 # the postmaster's children, one pid a word
        kill -9 "$app" "$pm" $(pgrep -P "$pm")
    fi
    wait "$app" 2>/dev/null || true
    wait "$saving" || { echo "the savers failed"; failed=1; }
    echo "round $round: $variant after ${delay} ms; $(tail -1 "$logs/round-$round.out")"
    if (( round % 2 )) && kill -0 "$pm" 2>/dev/null; then
        echo "  the embedded PostgreSQL (pid $pm) outlived the JVM, as expected; the next start must stop it"
    fi
    start
    # A client that lost its answer tries again with the same Idempotency-Key: each must be saved exactly once.
    client retry --round "$round" --logs "$logs" --template "$logs/template.json" | sed 's/^/  /' || failed=1
    twice=$(sql "select count(*) from (select 1 from experiment where idempotency_key is not null
        group by owner, idempotency_key having count(*) > 1) repeated")
    echo "  idempotency keys stored more than once: $twice"
    [ "$twice" = 0 ] || failed=1
    sql "select slug from experiment" > "$logs/stored.txt"
    # Half-written rows, by the database's own reading: every result a JSON object with its four parts, every
    # parameter set an object, every title present (json/jsonb values are parsed on insert; this checks shape).
    malformed=$(sql "select count(*) from experiment where not (json_typeof(result) = 'object'
        and json_typeof(result -> 'series') = 'object' and json_typeof(result -> 'theory') = 'object'
        and json_typeof(result -> 'metrics') = 'object' and json_typeof(result -> 'agreement') = 'object'
        and jsonb_typeof(parameters) = 'object' and length(title) > 0)")
    echo "  rows of the wrong shape in the database: $malformed"
    [ "$malformed" = 0 ] || failed=1
    client verify --round "$round" --logs "$logs" --stored "$logs/stored.txt" | sed 's/^/  /' || failed=1
done
echo "starts that found a PostgreSQL left over and shut it down: $(grep -c "left over from an earlier run" "$logs/app.out" || true)"
echo "errors logged by the app: $(grep -cE " ERROR " "$logs/app.out" || true)"
if [ "$failed" = 0 ]; then echo "PASS: every acknowledged save present and intact, no corrupt row"; else echo "FAIL"; fi
exit "$failed"
