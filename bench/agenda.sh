#!/usr/bin/env bash
# Benchmark 2: reads of the published agenda (JSON and page) under wrk with 64 connections; baselines: Payara
# Micro's bare servlet answering the very same bytes from memory (bench/hello, /bytes/…); reported beside it: nginx
# serving them as static files, and the bare servlet in a WAR with one security constraint and a Jakarta Security
# mechanism that does nothing (what Payara's per-request security costs any secured application). Also checks that
# a conditional GET with the current ETag gets 304 without a body.
source "$(dirname "$0")/lib.sh"

CONNECTIONS=${AGENDA_CONNECTIONS:-64}
SECONDS_PER_RUN=${AGENDA_SECONDS:-15}
WARMUP_SECONDS=${AGENDA_WARMUP_SECONDS:-80}
DB=podium_bench_agenda
SLUG=dlt-integration-2016

start_nginx() {
  local port=$1 root=$2
  cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx-tmp;
  server {
    listen 127.0.0.1:$port;
    root $root;
    location = /agenda.json { default_type application/json; }
    location = /agenda.html { default_type text/html; }
  }
}
CONF
  mkdir -p "$WORK/nginx-tmp"
  /usr/sbin/nginx -c "$WORK/nginx.conf" &
  echo $! >"$WORK/nginx.pid.bg"
  for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$port/agenda.json" && return 0; sleep 0.1; done
  echo "nginx did not start" >&2; return 1
}

stop_nginx() { [ -f "$WORK/nginx.pid.bg" ] && kill "$(cat "$WORK/nginx.pid.bg")" 2>/dev/null; rm -f "$WORK/nginx.pid.bg"; }

# start_hello PORT [NAME]: the bare servlet of NAME.jar (hello, hello-secured)
start_hello() {
  local port=$1 name=${2:-hello}
  HELLO_STATIC="$WORK/static" java ${PODIUM_JAVA_OPTS:--Xmx1g} -jar "$WORK/$name.jar" --port "$port" --nocluster \
    >"$WORK/$name-bytes.log" 2>&1 &
  echo $! >"$WORK/$name-bytes.pid"
  for _ in $(seq 1 $((${BENCH_READY_SECONDS:-300} * 5))); do curl -sf -o /dev/null "http://127.0.0.1:$port/bytes/agenda.json" && return 0; sleep 0.2; done
  echo "the hello-world WAR did not start" >&2; return 1
}

# conditional_check URL: "304 0" when a GET with the ETag of the current copy gets 304 and no body
conditional_check() {
  local etag
  etag=$(curl -sf -D - -o /dev/null "$1" | awk 'tolower($1)=="etag:" {sub(/\r$/, "", $2); print $2}')
  curl -s -o "$WORK/conditional.body" -w '%{http_code} %{size_download}' -H "If-None-Match: $etag" "$1"
}

main() {
  need_packages; build_podium; build_hello
  recreate_db $DB
  local port nport hport sport; port=$(free_port); nport=$(free_port); hport=$(free_port); sport=$(free_port)
  start_podium agenda "$port" $DB
  trap 'stop_podium agenda; stop_podium hello-bytes; stop_podium hello-secured-bytes; stop_nginx' EXIT
  wait_ready "$port" >/dev/null
  local json="http://127.0.0.1:$port/api/conferences/$SLUG/agenda" page="http://127.0.0.1:$port/conferences/$SLUG/agenda"
  mkdir -p "$WORK/static"
  curl -sf "$json" -o "$WORK/static/agenda.json"
  curl -sf "$page" -o "$WORK/static/agenda.html"
  grep -q '"version"' "$WORK/static/agenda.json" || { echo "the demo conference has no published agenda" >&2; exit 1; }
  start_nginx "$nport" "$WORK/static"
  start_hello "$hport"
  start_hello "$sport" hello-secured
  local hjson="http://127.0.0.1:$hport/bytes/agenda.json" hpage="http://127.0.0.1:$hport/bytes/agenda.html"
  local sjson="http://127.0.0.1:$sport/bytes/agenda.json" spage="http://127.0.0.1:$sport/bytes/agenda.html"
  # Podium's request path is long (Payara's security, Weld, the filters): on two cores shared with wrk, the JIT was
  # still compiling it a minute in (Java CPU per read: 480 µs after 25 s of load, 310 µs after 75 s),
  # so the 5 s of warm-up used before measured the compiler as much as the reads. Both sides get the same warm-up.
  log "warm-up: ${WARMUP_SECONDS}s of load on each server, reads alternating"
  local round
  for round in $(seq 1 $((WARMUP_SECONDS / 20))); do
    for url in "$json" "$page" "$hjson" "$hpage" "$sjson" "$spage"; do wrk -t2 -c"$CONNECTIONS" -d10s "$url" >/dev/null; done
  done
  log "agenda JSON: Podium, bare servlet, nginx, secured bare servlet"
  local app_json hello_json nginx_json secured_json app_page hello_page nginx_page secured_page
  app_json=$(wrk_rps "$json" "$CONNECTIONS" "$SECONDS_PER_RUN")
  hello_json=$(wrk_rps "$hjson" "$CONNECTIONS" "$SECONDS_PER_RUN")
  nginx_json=$(wrk_rps "http://127.0.0.1:$nport/agenda.json" "$CONNECTIONS" "$SECONDS_PER_RUN")
  secured_json=$(wrk_rps "$sjson" "$CONNECTIONS" "$SECONDS_PER_RUN")
  log "agenda page: Podium, bare servlet, nginx, secured bare servlet"
  app_page=$(wrk_rps "$page" "$CONNECTIONS" "$SECONDS_PER_RUN")
  hello_page=$(wrk_rps "$hpage" "$CONNECTIONS" "$SECONDS_PER_RUN")
  nginx_page=$(wrk_rps "http://127.0.0.1:$nport/agenda.html" "$CONNECTIONS" "$SECONDS_PER_RUN")
  secured_page=$(wrk_rps "$spage" "$CONNECTIONS" "$SECONDS_PER_RUN")
  local r1 r2 n1 n2 s1 s2 conditional
  r1=$(ratio "$app_json" "$hello_json"); r2=$(ratio "$app_page" "$hello_page")
  n1=$(ratio "$app_json" "$nginx_json"); n2=$(ratio "$app_page" "$nginx_page")
  s1=$(ratio "$secured_json" "$hello_json"); s2=$(ratio "$secured_page" "$hello_page")
  record "agenda JSON reads (req/s)" "$app_json" "req/s" "$hello_json" "$r1" ">= 0.6" \
    "$(python3 -c "print('ok' if $r1 >= 0.6 else 'short')")" \
    "$CONNECTIONS connections, ${SECONDS_PER_RUN}s, $(wc -c <"$WORK/static/agenda.json") bytes; baseline Payara Micro's bare servlet with the same bytes; nginx static $nginx_json req/s (ratio $n1); the bare servlet with one security constraint and a no-op mechanism $secured_json req/s ($s1 x the bare servlet)"
  record "agenda page reads (req/s)" "$app_page" "req/s" "$hello_page" "$r2" ">= 0.3" \
    "$(python3 -c "print('ok' if $r2 >= 0.3 else 'short')")" \
    "German, no filter, $CONNECTIONS connections, ${SECONDS_PER_RUN}s, $(wc -c <"$WORK/static/agenda.html") bytes; baseline the bare servlet; nginx static $nginx_page req/s (ratio $n2); secured bare servlet $secured_page req/s ($s2 x the bare servlet)"
  conditional=$(conditional_check "$json")
  record "agenda JSON with matching ETag" "$conditional" "status bytes" "-" "-" "304 0" \
    "$([ "$conditional" = "304 0" ] && echo ok || echo short)" "If-None-Match with the ETag of the current copy"
}
main "$@"
