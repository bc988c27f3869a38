# Shared helpers of the benchmark scripts (sourced, not run).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
WORK=${BENCH_WORK:-$ROOT/target/bench}
RESULTS=$BENCH_DIR/results
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DEMO_PASSWORD=bench-demo-secret
ORGANIZER=organizer@podium.example
mkdir -p "$WORK" "$RESULTS"

log() { printf '\n== %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages the benchmarks need (wrk, nginx, pgbench); installed when missing.
need_packages() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  command -v pgbench >/dev/null || missing+=(postgresql-contrib)
  command -v python3 >/dev/null || missing+=(python3)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    as_root apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 \
      || { as_root apt-get update -q >/dev/null && as_root apt-get install -y -q "${missing[@]}" >/dev/null; }
  fi
}

# Built when missing, forced (BENCH_REBUILD=1), or older than a source: a stale jar would measure old code unnoticed.
build_podium() {
  if [ ! -f "$ROOT/target/podium.jar" ] || [ -n "${BENCH_REBUILD:-}" ] \
      || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$ROOT/target/podium.jar" -print -quit)" ]; then
    log "building target/podium.jar"
    (cd "$ROOT" && mvn -B -q -DskipTests package)
  fi
}

# The hello-world WAR on the same Payara Micro as an uber jar: the baseline of boot and reads.
# hello-secured.jar: the same servlet in a WAR with one security constraint and a no-op Jakarta Security mechanism.
build_hello() {
  if [ ! -f "$WORK/hello-secured.jar" ] \
      || [ -n "$(find "$BENCH_DIR/hello/src" "$BENCH_DIR/hello/pom.xml" -newer "$WORK/hello-secured.jar")" ]; then
    log "building the hello-world WARs"
    (cd "$BENCH_DIR/hello" && mvn -B -q package)
    java -jar "$ROOT/target/payara/payara-micro.jar" --deploy "$BENCH_DIR/hello/target/ROOT.war" \
      --outputUberJar "$WORK/hello.jar" >/dev/null 2>&1
    # deployed at the context root "/" as ROOT.war is
    mkdir -p "$WORK/hello-secured" && cp "$BENCH_DIR/hello/target/ROOT-secured.war" "$WORK/hello-secured/ROOT.war"
    java -jar "$ROOT/target/payara/payara-micro.jar" --deploy "$WORK/hello-secured/ROOT.war" \
      --outputUberJar "$WORK/hello-secured.jar" >/dev/null 2>&1
  fi
}

# hello-libraries.jar: the secured hello-world WAR with Podium's library jars in WEB-INF/lib and nothing of Podium's own
# code: what deploying those libraries costs Payara (its class model of every class, PrimeFaces starting Jakarta Faces).
# Needs target/ROOT.war (build_podium).
build_hello_with_libraries() {
  build_hello
  if [ ! -f "$WORK/hello-libraries.jar" ] || [ "$ROOT/target/ROOT.war" -nt "$WORK/hello-libraries.jar" ] \
      || [ "$WORK/hello-secured.jar" -nt "$WORK/hello-libraries.jar" ]; then
    log "building the hello-world WAR with Podium's libraries"
    mkdir -p "$WORK/hello-libraries"
    python3 - "$BENCH_DIR/hello/target/ROOT-secured.war" "$ROOT/target/ROOT.war" "$WORK/hello-libraries/ROOT.war" <<'PY'
import sys, zipfile
hello, podium, out = sys.argv[1:]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as war:
    for source, keep in ((hello, lambda n: True), (podium, lambda n: n.startswith("WEB-INF/lib/") and n.endswith(".jar"))):
        with zipfile.ZipFile(source) as z:
            for entry in z.infolist():
                if keep(entry.filename):
                    war.writestr(entry, z.read(entry))
PY
    java -jar "$ROOT/target/payara/payara-micro.jar" --deploy "$WORK/hello-libraries/ROOT.war" \
      --outputUberJar "$WORK/hello-libraries.jar" >/dev/null 2>&1
  fi
}

psql_q() { psql -v ON_ERROR_STOP=1 -d "${2:-postgres}" -tAc "$1"; }

recreate_db() {
  psql_q "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null
  psql_q "CREATE DATABASE $1" >/dev/null
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_podium NAME PORT DB [ENV=VALUE ...]: boots target/podium.jar in the background on PostgreSQL. Every load
# generator is one client address, so the limit on anonymous writes per address is lifted (ENV may set it again).
start_podium() {
  local name=$1 port=$2 db=$3; shift 3
  mkdir -p "$WORK/$name-data"
  env PODIUM_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" PODIUM_DB_USER="$PGUSER" PODIUM_DB_PASSWORD=unused \
      PODIUM_DATA_DIR="$WORK/$name-data" PODIUM_DEMO=true PODIUM_DEMO_PASSWORD="$DEMO_PASSWORD" \
      PODIUM_BASE_URL="http://localhost:$port" PODIUM_MAIL_POLL_SECONDS=1 PODIUM_MAIL_RETRY_INITIAL_SECONDS=1 \
      PODIUM_HTTP_ANONYMOUS_WRITES_MAX=1000000 \
      "$@" java ${PODIUM_JAVA_OPTS:--Xmx1g} -jar "$ROOT/target/podium.jar" --port "$port" ${PODIUM_MICRO_OPTS:---nocluster} \
      >"$WORK/$name.log" 2>&1 &
  echo $! >"$WORK/$name.pid"
}

# wait_ready PORT [SECONDS]: prints the seconds it took until /health/ready answered 200 (limit: SECONDS, else
# BENCH_READY_SECONDS, else 300; a busy shared machine needs more).
wait_ready() {
  local port=$1 limit=${2:-${BENCH_READY_SECONDS:-300}} t0 now
  t0=$(date +%s.%N)
  while true; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; then
      now=$(date +%s.%N); python3 -c "print(round($now-$t0,2))"; return 0
    fi
    now=$(date +%s.%N)
    if python3 -c "import sys; sys.exit(0 if $now-$t0>$limit else 1)"; then echo "not ready after ${limit}s" >&2; return 1; fi
    sleep 0.2
  done
}

stop_podium() {
  local pidfile="$WORK/$1.pid"
  [ -f "$pidfile" ] || return 0
  kill "$(cat "$pidfile")" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$(cat "$pidfile")" 2>/dev/null || true
  rm -f "$pidfile"
}

# wrk_rps URL CONNECTIONS SECONDS: requests per second that wrk measured (non-2xx answers make it fail).
wrk_rps() {
  local out
  out=$(wrk -t2 -c"$2" -d"${3}s" --latency "$1")
  if echo "$out" | grep -q "Non-2xx"; then echo "$out" >&2; echo "wrk saw non-2xx answers for $1" >&2; return 1; fi
  echo "$out" | awk '/Requests\/sec/ {print $2}'
}

json_get() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d$1)"; }

ratio() { python3 -c "print(round($1/$2, 3))"; }

# record NAME FIGURE UNIT BASELINE RATIO GOAL VERDICT [DETAIL]: one row of the results table (replacing the row
# of that name, stamped with the time it was measured).
record() {
  python3 - "$@" <<'EOF'
import json, os, sys
name, figure, unit, baseline, ratio, goal, verdict = sys.argv[1:8]
detail = sys.argv[8] if len(sys.argv) > 8 else ""
path = os.path.join(os.environ["RESULTS_FILE"])
rows = json.load(open(path)) if os.path.exists(path) else []
rows = [r for r in rows if r["name"] != name]
import datetime
measured = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
rows.append(dict(name=name, figure=figure, unit=unit, baseline=baseline, ratio=ratio, goal=goal,
                 verdict=verdict, detail=detail, measured=measured))
json.dump(rows, open(path, "w"), indent=2, ensure_ascii=False)
EOF
}
