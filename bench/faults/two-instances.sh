#!/usr/bin/env bash
# Two application instances sharing one PostgreSQL behind nginx with sticky sessions (bench/faults/README.md):
#   ./mvnw -o package -DskipTests && bench/faults/two-instances.sh
# Starts PostgreSQL 15 on 127.0.0.1:18390 (a fresh data directory), two production jars on 18381 (route a) and
# 18382 (route b) at the same moment, and nginx on 18380 with bench/faults/nginx-two-instances.conf; checks that
# sessions stick, that an experiment saved on one instance is seen through the other and through nginx, that a
# remember-me sign-in made on one is honoured by the other, and that once instance 1 stops nginx serves everyone
# from instance 2 (a signed-in reader who reloads stays signed in). One PASS/FAIL line per check; exit status 1 if any failed. Everything it started is stopped and
# its scratch directory deleted; logs and screenshots are kept under target/two-instances/.
# Needs: Debian's postgresql-15 (or PG_BIN), nginx (nginx-light), chromium + chromium-driver, curl.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
jar=$repo/target/learning-mechanics.jar
balancer=http://localhost:18380 first=http://localhost:18381 second=http://localhost:18382
pg_port=18390
keep=$repo/target/two-instances
admin_email=admin@example.org
admin_password="two instances admin password"
db_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
chapter=/chapters/deep-linear-networks

[[ -f $jar ]] || { echo "No $jar: build it first with ./mvnw -o package -DskipTests" >&2; exit 2; }
for tool in "$pg_bin/initdb" "$(command -v nginx)" /usr/bin/chromium /usr/bin/chromedriver "$(command -v curl)"; do
    [[ -x $tool ]] || { echo "Missing $tool (apt-get install postgresql-15 nginx-light chromium chromium-driver curl)" >&2
        exit 2; }
done

scratch=$(mktemp -d /tmp/lm-two-instances.XXXXXX)
chmod 755 "$scratch"
rm -rf "$keep" && mkdir -p "$keep"
pids=()
failures=0

# PostgreSQL refuses to run as root: as root, run it as the postgres user Debian's package created.
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
    [[ -f $scratch/nginx/nginx.pid ]] && kill "$(cat "$scratch/nginx/nginx.pid")" 2>/dev/null
    [[ -d $scratch/pg ]] && as_pg "$pg_bin/pg_ctl" -D "$scratch/pg" -m fast -w stop > /dev/null 2>&1
    cp "$scratch"/*.log "$scratch"/pgrun/*.log "$scratch"/nginx/*.log "$keep"/ 2>/dev/null
    rm -rf "$keep/screenshots/profile"   # the browser's throwaway profile
    rm -rf "$scratch"
}
trap cleanup EXIT

report() {   # report PASS|FAIL "check" "detail"
    [[ $1 == PASS ]] || failures=$((failures + 1))
    echo "$1 $2 — $3"
}

# --- PostgreSQL 15 on loopback, password authentication as a production server would have ---------------------
mkdir -p "$scratch/pg" "$scratch/pgrun"
echo "$db_password" > "$scratch/pg-password"
[[ $(id -u) == 0 ]] && chown postgres "$scratch/pg" "$scratch/pgrun" "$scratch/pg-password"
as_pg "$pg_bin/initdb" -D "$scratch/pg" -U book --auth-host=scram-sha-256 --auth-local=trust \
    --pwfile="$scratch/pg-password" > "$scratch/initdb.log" 2>&1 || { echo "initdb failed"; exit 1; }
as_pg "$pg_bin/pg_ctl" -D "$scratch/pg" -l "$scratch/pgrun/postgres.log" -w start \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $scratch/pgrun -c max_connections=50" > /dev/null \
    || { echo "PostgreSQL did not start: $(tail -5 "$scratch/pgrun/postgres.log")"; exit 1; }
PGPASSWORD=$db_password "$pg_bin/createdb" -h 127.0.0.1 -p $pg_port -U book book
psql_book() { PGPASSWORD=$db_password "$pg_bin/psql" -h 127.0.0.1 -p $pg_port -U book -d book -tAc "$1"; }
echo "PostgreSQL $(psql_book 'show server_version') on 127.0.0.1:$pg_port, max_connections $(psql_book 'show max_connections')"

# --- two instances, started together on the empty database --------------------------------------------------------
start_instance() {   # start_instance PORT ROUTE
    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$pg_port/book SPRING_DATASOURCE_USERNAME=book \
    SPRING_DATASOURCE_PASSWORD=$db_password LEARNINGMECHANICS_NODE_ROUTE=$2 SERVER_FORWARD_HEADERS_STRATEGY=native \
    LEARNINGMECHANICS_ADMIN_EMAIL=$admin_email LEARNINGMECHANICS_ADMIN_PASSWORD=$admin_password \
    LEARNINGMECHANICS_DATA=$scratch/unused-embedded \
        "$jdk/bin/java" -Xmx512m -jar "$jar" --server.port="$1" > "$scratch/instance-$2.log" 2>&1 &
    pids+=($!)
}
start_instance 18381 a
start_instance 18382 b
pid_first=${pids[0]}
wait_up() {
    for _ in $(seq 1 180); do curl -sf -o /dev/null "$1/api/simulations" && return 0; sleep 0.5; done
    return 1
}
wait_up $first && wait_up $second || { echo "An instance did not start:"; tail -20 "$scratch"/instance-*.log; exit 1; }

migrations=$(psql_book "select count(*) from flyway_schema_history where success")
applied=$(psql_book "select count(*) - count(distinct version) from flyway_schema_history where version is not null")
admins=$(psql_book "select count(*) from account where lower(email) = '$admin_email' and role = 'ADMIN'")
migrated_by=$(grep -l "Successfully applied" "$scratch"/instance-*.log | sed 's/.*instance-\(.\)\.log/instance \1/')
if [[ $migrations -ge 1 && $applied == 0 && $admins == 1 ]]; then
    report PASS "(0) two instances started at once on one empty database" \
        "$migrations migrations applied once (by ${migrated_by:-?}), one administrator"
else
    report FAIL "(0) two instances started at once on one empty database" \
        "migrations $migrations, repeated $applied, administrators $admins"
fi

# --- nginx ------------------------------------------------------------------------------------------------------
mkdir -p "$scratch/nginx/tmp"
nginx -p "$scratch/nginx/" -c "$here/nginx-two-instances.conf" -t > "$scratch/nginx-check.log" 2>&1 \
    && nginx -p "$scratch/nginx/" -c "$here/nginx-two-instances.conf" \
    || { echo "nginx did not start: $(cat "$scratch/nginx-check.log")"; exit 1; }
wait_up $balancer || { echo "nginx does not answer on $balancer"; exit 1; }

# Which instance answered (nginx's X-Upstream header) and the route of the session cookie in a cookie jar.
served_by() { curl -s -o /dev/null -D - -b "$1" -c "$1" "$balancer$2" | tr -d '\r' | awk 'tolower($1) == "x-upstream:" {print $2}'; }
route_in() { awk '$6 == "JSESSIONID" {n = split($7, p, "."); print (n > 1 ? p[n] : "-")}' "$1"; }
port_of() { case $1 in a) echo 127.0.0.1:18381 ;; b) echo 127.0.0.1:18382 ;; *) echo none ;; esac; }

# --- (a) a session sticks ----------------------------------------------------------------------------------------
for visitor in 1 2; do
    jar_file=$scratch/visitor-$visitor.cookies
    answered=$(served_by "$jar_file" $chapter)
    route=$(route_in "$jar_file")
    others=""
    for _ in 1 2 3 4 5 6 7 8; do others+="$(served_by "$jar_file" $chapter) "; done
    distinct=$(echo $answered $others | tr ' ' '\n' | sort -u | tr '\n' ' ')
    if [[ $route != - && $(echo $distinct) == "$(port_of "$route")" ]]; then
        report PASS "(a) visitor $visitor's session sticks" "cookie route .$route, 9 of 9 requests answered by $(echo $distinct)"
    else
        report FAIL "(a) visitor $visitor's session sticks" "cookie route .$route, answered by: $answered $others"
    fi
done
[[ $(route_in "$scratch/visitor-1.cookies") != $(route_in "$scratch/visitor-2.cookies") ]] \
    && report PASS "(a) new visitors are spread over both instances" \
        "visitor 1 on .$(route_in "$scratch/visitor-1.cookies"), visitor 2 on .$(route_in "$scratch/visitor-2.cookies")" \
    || report FAIL "(a) new visitors are spread over both instances" "both on .$(route_in "$scratch/visitor-1.cookies")"

# --- (b) + (c) through a real browser: save on instance 1, see it on 2 and through nginx; remember-me on 2 -----
classpath=$scratch/classpath.txt
(cd "$repo" && ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$classpath" -Dmdep.includeScope=test) \
    > "$scratch/classpath.log" 2>&1 || { echo "Could not build the test classpath: $(tail -5 "$scratch/classpath.log")"; exit 1; }
title="Saved on instance 1 at $(date -u +%H:%M:%S)"
# The browser program waits on stdin for the go-ahead after it prints STOP-FIRST: a FIFO held open on fd 3.
mkfifo "$scratch/go" && exec 3<> "$scratch/go"
touch "$scratch/browser.out"
"$jdk/bin/java" -cp "$(cat "$classpath")" "$here/TwoInstancesBrowser.java" $first $second $balancer \
    "$admin_email" "$admin_password" "$title" "$keep/screenshots" <&3 > "$scratch/browser.out" 2> "$scratch/browser.log" &
browser_pid=$!
pids+=($browser_pid)
while kill -0 $browser_pid 2>/dev/null && ! grep -q '^STOP-FIRST' "$scratch/browser.out"; do sleep 0.5; done
slug=$(awk '/^SLUG / {print $2}' "$scratch/browser.out")
if [[ -z $slug ]]; then
    report FAIL "(b) an experiment is saved through instance 1's UI" "no link came back: $(tail -3 "$scratch/browser.log")"
else
    report PASS "(b) an experiment is saved through instance 1's UI" \
        "/x/$slug, rows in PostgreSQL: $(psql_book "select count(*) from experiment where slug = '$slug'")"
fi
# A plain GET of the link serves its title from the database (the page a link preview reads).
for base in $second $balancer; do
    if [[ -n $slug ]] && curl -sf "$base/x/$slug" | grep -qF "<title>$title — Learning Mechanics</title>"; then
        report PASS "(b) plain GET $base/x/$slug" "title '$title'"
    else
        report FAIL "(b) plain GET $base/x/${slug:-?}" "title not found"
    fi
done
upgrades=$(grep -c '"GET /VAADIN/push[^"]*" 101 ' "$scratch/nginx/access.log")
[[ $upgrades -ge 1 ]] && report PASS "(b) Vaadin push through nginx is a WebSocket" "$upgrades upgrade(s) (101) in nginx's log" \
    || report FAIL "(b) Vaadin push through nginx is a WebSocket" "no 101 for /VAADIN/push in nginx's access log"

# --- (d) instance 1 stops (SIGTERM: Spring Boot's graceful shutdown) while readers have sessions on it -----------
kill "$pid_first"; wait "$pid_first" 2>/dev/null
pids=("${pids[@]:1}")
echo go >&3
wait $browser_pid
grep -E '^(PASS|FAIL) ' "$scratch/browser.out"
failures=$((failures + $(grep -c '^FAIL ' "$scratch/browser.out")))
curl -sf -o /dev/null $first/api/simulations && report FAIL "(d) instance 1 is stopped" "it still answers" \
    || report PASS "(d) instance 1 is stopped" "nothing listens on 18381"
answers=""
for _ in 1 2 3 4 5 6; do
    answers+="$(curl -s -o /dev/null -w '%{http_code}' -D "$scratch/headers" $balancer$chapter)@"
    answers+="$(tr -d '\r' < "$scratch/headers" | awk 'tolower($1) == "x-upstream:" {print $NF}') "
done
if [[ $(echo $answers | tr ' ' '\n' | sort -u) == "200@127.0.0.1:18382" ]]; then
    report PASS "(d) new visitors get the book from instance 2" "6 of 6 chapter loads: 200 from 127.0.0.1:18382"
else
    report FAIL "(d) new visitors get the book from instance 2" "$answers"
fi
stuck_on_first=$scratch/visitor-1.cookies
[[ $(route_in "$stuck_on_first") == a ]] || stuck_on_first=$scratch/visitor-2.cookies
before=$(route_in "$stuck_on_first")
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$stuck_on_first" -c "$stuck_on_first" $balancer$chapter)
after=$(route_in "$stuck_on_first")
if [[ $code == 200 && $before == a && $after == b ]]; then
    report PASS "(d) a reader whose session was on instance 1 is served by instance 2" \
        "200, session .a replaced by a new one on .b (what the old session held is lost)"
else
    report FAIL "(d) a reader whose session was on instance 1 is served by instance 2" "$code, .$before -> .$after"
fi
if [[ -n $slug ]] && curl -sf "$balancer/x/$slug" | grep -qF "<title>$title — Learning Mechanics</title>"; then
    report PASS "(d) the saved experiment still opens through nginx" "/x/$slug"
else
    report FAIL "(d) the saved experiment still opens through nginx" "/x/${slug:-?}"
fi

echo "$failures check(s) failed; logs and screenshots in $keep"
[[ $failures == 0 ]]
