#!/usr/bin/env bash
# The database stops and comes back while the app runs and a reader is signed in (see DatabaseOutageCheck.java).
#   ./mvnw -o package -DskipTests && bench/faults/database-outage.sh [port]
# Needs Chromium and ChromeDriver (/usr/bin/chromium, /usr/bin/chromedriver), as the browser tests do.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-18480}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
data=$(mktemp -d /tmp/lm-outage.XXXXXX)
cp_file=$(mktemp /tmp/lm-outage-cp.XXXXXX)
email=outage-admin@example.org
password='outage check password'
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null

LEARNINGMECHANICS_DATA="$data/pg" LEARNINGMECHANICS_ADMIN_EMAIL=$email LEARNINGMECHANICS_ADMIN_PASSWORD=$password \
  "$java" -jar target/learning-mechanics.jar --server.port="$port" ${LM_APP_ARGS:-} >"$data/app.log" 2>&1 &
app=$!
cleanup() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  # the restarted postmaster is not the app's child: stop it too
  [ -f "$data/pg/postmaster.pid" ] && kill -INT "$(head -1 "$data/pg/postmaster.pid")" 2>/dev/null || true
  sleep 1
  [ -n "${LM_KEEP_LOG:-}" ] && cp "$data/app.log" "$LM_KEEP_LOG"
  rm -rf "$data" "$cp_file"
}
trap cleanup EXIT
for _ in $(seq 120); do curl -sf -o /dev/null "http://localhost:$port/" && break; sleep 1; done

status=0
"$java" -cp "$(cat "$cp_file")" bench/faults/DatabaseOutageCheck.java "http://localhost:$port" "$data/pg" \
  "$email" "$password" || status=$?
kill -0 "$app" 2>/dev/null && echo "PASS the app process is still running" || { echo "FAIL the app died"; status=1; }
echo "app log: $(grep -c ' ERROR ' "$data/app.log" || true) ERROR lines, $(grep -c 'Exception' "$data/app.log" || true) lines naming an exception"
grep ' ERROR ' "$data/app.log" | cut -c1-220 | sort | uniq -c | sort -rn | head -5 || true
exit $status
