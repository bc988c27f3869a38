#!/usr/bin/env bash
# Fault tests: SMTP down during a rush, a node killed with SIGKILL mid-rush, PostgreSQL restarted mid-rush,
# and a sweep of malformed and hostile requests. Each records "pass" or "FAIL" with what it saw.
# Each test keeps its own application log (target/bench/faults-{smtp,postgres,input}.log, node-{a,b}.log),
# so a failure can still be traced after the later tests have run.
source "$(dirname "$0")/lib.sh"
source "$BENCH_DIR/rush.sh" --library

DB=podium_bench_faults
CATEGORIES=LANDRAT,ADMINISTRATION,GUEST

rush() { java "$BENCH_DIR/src/RegistrationRush.java" "$@"; }

# db_consistency SLUG: counters equal the rows that hold places, no category over capacity, and every
# registration has its outcome mail in the outbox (nothing half-written).
db_consistency() {
  python3 - "$1" "$DB" <<'EOF'
import json, subprocess, sys
slug, db = sys.argv[1], sys.argv[2]
def q(sql):
    return subprocess.run(["psql", "-d", db, "-tAF,", "-c", sql], check=True, capture_output=True, text=True).stdout.split()
problems = []
for row in q(f"""select c.code, c.capacity, c.held,
        (select count(*) from registration r where r.category_id = c.id and r.status in ('CONFIRMED','CHECKED_IN'))
        from category c join conference k on k.id = c.conference_id where k.slug = '{slug}'"""):
    code, cap, held, holding = row.split(",")
    if int(held) != int(holding): problems.append(f"{code}: counter {held} but {holding} registrations hold a place")
    if int(holding) > int(cap): problems.append(f"{code}: {holding} places for capacity {cap}")
regs, mails = q(f"""select (select count(*) from registration r join conference k on k.id = r.conference_id
        where k.slug = '{slug}'),
        (select count(*) from outbox_message m join conference k on k.id = m.conference_id
        where k.slug = '{slug}' and m.kind like 'registration.%')""")[0].split(",")
if regs != mails: problems.append(f"{regs} registrations but {mails} outcome mails")
print(json.dumps(dict(registrations=int(regs), mails=int(mails), problems=problems)))
EOF
}

verdict_of() { python3 -c "import json,sys; print('pass' if not json.loads(sys.argv[1])['problems'] else 'FAIL')" "$1"; }

smtp_down() {
  log "fault: SMTP down during a rush of 300"
  recreate_db $DB
  local port smtp; port=$(free_port); smtp=$(free_port)
  start_podium faults-smtp "$port" $DB PODIUM_MAIL_TRANSPORT=smtp PODIUM_MAIL_SMTP_HOST=127.0.0.1 PODIUM_MAIL_SMTP_PORT="$smtp"
  wait_ready "$port" >/dev/null
  create_conference "$port" smtp-down 500 250 150 100
  local out; out=$(rush "http://127.0.0.1:$port" smtp-down $CATEGORIES 300 20 smtp)
  sleep 5
  rm -f "$WORK/sink.txt"; python3 "$BENCH_DIR/src/smtp_sink.py" "$smtp" "$WORK/sink.txt" & local sink=$!
  local pending=1
  for _ in $(seq 1 120); do
    pending=$(psql_q "select count(*) from outbox_message where status <> 'SENT'" $DB)
    [ "$pending" = 0 ] && break; sleep 1
  done
  sleep 2; kill $sink; stop_podium faults-smtp
  local check; check=$(python3 - "$WORK/sink.txt" "$pending" "$(psql_q "select count(*) from outbox_message" $DB)" <<'EOF'
import json, sys
lines = open(sys.argv[1]).read().split("\n") if sys.argv[1] else []
ids = [l.split(" ")[0] for l in lines if l]
problems = []
if int(sys.argv[2]) != 0: problems.append(f"{sys.argv[2]} mails still not sent")
if len(ids) != len(set(ids)): problems.append(f"{len(ids) - len(set(ids))} mails arrived twice")
if len(set(ids)) != int(sys.argv[3]): problems.append(f"{len(set(ids))} mails arrived for {sys.argv[3]} queued")
print(json.dumps(dict(queued=int(sys.argv[3]), arrived=len(ids), distinct=len(set(ids)), problems=problems)))
EOF
)
  echo "$out" >&2; echo "$check" >&2
  record "fault: SMTP down during rush" "$(echo "$check" | json_get '["distinct"]')" "mails delivered" \
    "$(echo "$check" | json_get '["queued"]')" "-" "all, once" "$(verdict_of "$check")" "$check"
}

node_killed() {
  log "fault: one of two nodes killed with SIGKILL mid-rush"
  recreate_db $DB
  local a b; a=$(free_port); b=$(free_port)
  start_podium node-a "$a" $DB PODIUM_MAIL_TRANSPORT=folder
  wait_ready "$a" >/dev/null
  start_podium node-b "$b" $DB PODIUM_MAIL_TRANSPORT=folder
  wait_ready "$b" >/dev/null
  create_conference "$a" node-kill 500 250 150 100
  rush "http://127.0.0.1:$a,http://127.0.0.1:$b" node-kill $CATEGORIES 2000 40 kill >"$WORK/kill-rush.json" &
  local loader=$!
  sleep 8
  kill -9 "$(cat "$WORK/node-b.pid")"; rm -f "$WORK/node-b.pid"
  wait $loader
  local out; out=$(cat "$WORK/kill-rush.json")
  local after; after=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$a/api/conferences/node-kill")
  local check; check=$(db_consistency node-kill)
  stop_podium node-a
  echo "$out" >&2; echo "$check" >&2
  local verdict; verdict=$(verdict_of "$check"); [ "$after" = 200 ] || verdict=FAIL
  record "fault: node killed mid-rush" "$(echo "$check" | json_get '["registrations"]')" "registrations stored" \
    "-" "-" "capacity exact, none half-written, other node serves" "$verdict" "node A after kill: $after; rush: $out; db: $check"
}

postgres_restarted() {
  log "fault: PostgreSQL restarted mid-rush"
  recreate_db $DB
  local port; port=$(free_port)
  start_podium faults-postgres "$port" $DB PODIUM_MAIL_TRANSPORT=folder
  wait_ready "$port" >/dev/null
  create_conference "$port" pg-restart 500 250 150 100
  rush "http://127.0.0.1:$port" pg-restart $CATEGORIES 3000 20 pg >"$WORK/pg-rush.json" &
  local loader=$!
  sleep 6
  local cluster; cluster=$(ls /etc/postgresql | sort -V | tail -n 1)
  # the outage is short and mostly absorbed by the pool's reconnect: the requests that meet it are the rush's own
  # (RegistrationRush records whether each 503 carried Retry-After); the public reads, answered from memory since
  # #17, never see it
  as_root pg_ctlcluster --skip-systemctl-redirect "$cluster" main restart -m fast
  wait $loader
  sleep 2
  local after; after=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
      "http://127.0.0.1:$port/api/conferences/pg-restart/registrations" -d @- <<EOF
{"category":"GUEST","firstName":"Nach","lastName":"Neustart","email":"after-restart@example.org","locale":"de",
 "consent":{"privacyPolicyVersion":"2026-01","listInParticipants":false}}
EOF
)
  local out; out=$(cat "$WORK/pg-rush.json")
  local check; check=$(db_consistency pg-restart)
  stop_podium faults-postgres
  echo "$out" >&2; echo "$check" >&2
  local verdict; verdict=$(python3 - "$out" "$after" "$check" <<'EOF'
import json, sys
out, after, check = json.loads(sys.argv[1])["outcomes"], sys.argv[2], json.loads(sys.argv[3])
bad = {k: v for k, v in out.items() if k.startswith("500") or k.startswith("transport") or "without retry-after" in k}
print("pass" if not bad and after == "201" and not check["problems"] else "FAIL")
EOF
)
  record "fault: PostgreSQL restarted mid-rush" "$after" "status after restart" "-" "-" \
    "503 + Retry-After during, no 500, recovers" "$verdict" "rush (each 503 with or without Retry-After): $out; db: $check"
}

bad_input() {
  log "fault: bad-input sweep"
  recreate_db $DB
  local port; port=$(free_port)
  start_podium faults-input "$port" $DB PODIUM_MAIL_TRANSPORT=folder
  wait_ready "$port" >/dev/null
  local out rc=0
  out=$(python3 "$BENCH_DIR/src/bad_input.py" "http://127.0.0.1:$port" "$ORGANIZER" "$DEMO_PASSWORD" "$DB") || rc=$?
  stop_podium faults-input
  echo "$out" | tail -40 >&2
  local summary; summary=$(echo "$out" | tail -1)
  record "fault: bad-input sweep" "$(echo "$summary" | json_get '["passed"]')" "cases answered right" \
    "$(echo "$summary" | json_get '["cases"]')" "-" "every case 4xx, clear message, no 500, nothing stored" \
    "$([ $rc = 0 ] && echo pass || echo FAIL)" "$summary"
}

main() {
  need_packages; build_podium
  trap 'for n in faults-smtp faults-postgres faults-input node-a node-b; do stop_podium $n; done' EXIT
  local only=${1:-all}
  case $only in all|smtp) smtp_down ;; esac
  case $only in all|kill) node_killed ;; esac
  case $only in all|postgres) postgres_restarted ;; esac
  case $only in all|input) bad_input ;; esac
}
main "$@"
