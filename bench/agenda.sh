#!/usr/bin/env bash
# Benchmark 2: reads of the published agenda (JSON and page) under wrk with 64 connections; baseline nginx
# serving the very same bytes as static files.
source "$(dirname "$0")/lib.sh"

CONNECTIONS=${AGENDA_CONNECTIONS:-64}
SECONDS_PER_RUN=${AGENDA_SECONDS:-15}
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

main() {
  need_packages; build_podium
  recreate_db $DB
  local port nport; port=$(free_port); nport=$(free_port)
  start_podium agenda "$port" $DB
  trap 'stop_podium agenda; stop_nginx' EXIT
  wait_ready "$port" >/dev/null
  local json="http://127.0.0.1:$port/api/conferences/$SLUG/agenda" page="http://127.0.0.1:$port/conferences/$SLUG/agenda"
  mkdir -p "$WORK/static"
  curl -sf "$json" -o "$WORK/static/agenda.json"
  curl -sf "$page" -o "$WORK/static/agenda.html"
  grep -q '"version"' "$WORK/static/agenda.json" || { echo "the demo conference has no published agenda" >&2; exit 1; }
  start_nginx "$nport" "$WORK/static"
  log "warm-up"
  wrk -t2 -c"$CONNECTIONS" -d5s "$json" >/dev/null; wrk -t2 -c"$CONNECTIONS" -d5s "$page" >/dev/null
  log "agenda JSON: Podium, then nginx"
  local app_json nginx_json app_page nginx_page
  app_json=$(wrk_rps "$json" "$CONNECTIONS" "$SECONDS_PER_RUN")
  nginx_json=$(wrk_rps "http://127.0.0.1:$nport/agenda.json" "$CONNECTIONS" "$SECONDS_PER_RUN")
  log "agenda page: Podium, then nginx"
  app_page=$(wrk_rps "$page" "$CONNECTIONS" "$SECONDS_PER_RUN")
  nginx_page=$(wrk_rps "http://127.0.0.1:$nport/agenda.html" "$CONNECTIONS" "$SECONDS_PER_RUN")
  local r1 r2
  r1=$(ratio "$app_json" "$nginx_json"); r2=$(ratio "$app_page" "$nginx_page")
  record "agenda JSON reads (req/s)" "$app_json" "req/s" "$nginx_json" "$r1" ">= 0.3" \
    "$(python3 -c "print('ok' if $r1 >= 0.3 else 'short')")" "$CONNECTIONS connections, ${SECONDS_PER_RUN}s, $(wc -c <"$WORK/static/agenda.json") bytes"
  record "agenda page reads (req/s)" "$app_page" "req/s" "$nginx_page" "$r2" "(none)" "reported" \
    "$CONNECTIONS connections, ${SECONDS_PER_RUN}s, $(wc -c <"$WORK/static/agenda.html") bytes"
}
main "$@"
