#!/usr/bin/env bash
# Benchmark 1: registration rush against the app on PostgreSQL: every attempt a new person, enough places that most
# are CONFIRMED. Baseline: pgbench running the equivalent transaction (insert a row, conditional UPDATEs of the
# category and the conference counter) from as many clients.
source "$(dirname "$0")/lib.sh"

ATTEMPTS=${RUSH_ATTEMPTS:-5000}
CLIENTS=${RUSH_CLIENTS:-64}
# The JIT is still compiling the registration path after a few thousand requests on two cores: Podium's JVM spent
# 4.2-4.5 ms of CPU per registration after 3,000 warm-up registrations, 3.65 ms after 15,000; pgbench has no JIT to
# wait for. 20,000 warm-up registrations (about 80 s, like the agenda reads' warm-up) measure the steady state.
WARMUP=${RUSH_WARMUP:-20000}
DB=podium_bench_rush
# Places: the categories hold 2000 + 1500 + 1000 (the conference's 4500); 5000 attempts round-robin over them fill
# two categories (confirmed = capacity there) and leave places in the third, so most registrations are CONFIRMED.
CATEGORY_CAPACITIES=(2000 1500 1000)
CONFERENCE_CAPACITY=4500

# create_conference PORT SLUG [CONFERENCE CAT1 CAT2 CAT3]: a conference without double opt-in, with the places
# above unless given (faults.sh wants a conference that fills up: 500 = 250 + 150 + 100).
create_conference() {
  local total=${3:-$CONFERENCE_CAPACITY} c1=${4:-${CATEGORY_CAPACITIES[0]}} c2=${5:-${CATEGORY_CAPACITIES[1]}} c3=${6:-${CATEGORY_CAPACITIES[2]}}
  curl -sf -u "$ORGANIZER:$DEMO_PASSWORD" -H 'Content-Type: application/json' \
    -X POST "http://127.0.0.1:$1/api/conferences" -d @- >/dev/null <<EOF
{"slug":"$2","title":"Anmeldeansturm","city":"Berlin","timeZone":"Europe/Berlin",
 "startsAt":"2027-06-01T09:00:00+02:00","endsAt":"2027-06-01T17:00:00+02:00",
 "capacity":$total,"doubleOptIn":false,"registrationOpen":true,
 "categories":[{"code":"LANDRAT","name":"Landrat","capacity":$c1},
               {"code":"ADMINISTRATION","name":"Verwaltung","capacity":$c2},
               {"code":"GUEST","name":"Gast","capacity":$c3}],
 "tracks":[]}
EOF
}

# verify_rush SLUG ATTEMPTS RUSH_JSON: every 201 stored, confirmed = capacity where a category was exceeded (and all
# of it where not), the counters equal the registrations holding places, and nothing else was answered.
verify_rush() {
  local slug=$1 attempts=$2 rush=$3
  python3 - "$slug" "$attempts" "$rush" "$DB" <<'EOF'
import json, subprocess, sys
slug, attempts, rush, db = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), sys.argv[4]
def query(sql):
    return subprocess.run(["psql", "-d", db, "-tAF,", "-c", sql], check=True, capture_output=True, text=True).stdout.split()
rows = query(f"""select c.code, c.capacity, c.held, r.status, count(*) from registration r
  join category c on c.id = r.category_id join conference k on k.id = r.conference_id
  where k.slug = '{slug}' group by c.code, c.capacity, c.held, r.status order by 1, 4""")
conference = query(f"select capacity, held from conference where slug = '{slug}'")[0].split(",")
stored, per_category, confirmed, capacity, held, problems = 0, {}, {}, {}, {}, []
for row in rows:
    code, cap, counter, status, n = row.split(",")
    stored += int(n); capacity[code] = int(cap); held[code] = int(counter)
    per_category[code] = per_category.get(code, 0) + int(n)
    if status == "CONFIRMED": confirmed[code] = int(n)
for code, cap in capacity.items():
    expected = min(cap, per_category[code])
    if confirmed.get(code, 0) != expected:
        problems.append(f"{code}: {confirmed.get(code, 0)} confirmed of {per_category[code]} for {cap} places")
    if held[code] != confirmed.get(code, 0):
        problems.append(f"{code}: counter {held[code]} but {confirmed.get(code, 0)} confirmed")
total = sum(confirmed.values())
if total > int(conference[0]): problems.append(f"{total} confirmed for the conference's {conference[0]} places")
if int(conference[1]) != total: problems.append(f"conference counter {conference[1]} but {total} confirmed")
out = rush["outcomes"]
accepted = sum(v for k, v in out.items() if k.startswith("201 "))
other = {k: v for k, v in out.items() if not k.startswith("201 ")}
if other: problems.append(f"unexpected answers {other}")
if accepted != stored: problems.append(f"{accepted} acknowledged but {stored} stored")
if accepted != attempts: problems.append(f"{accepted} accepted of {attempts} attempts (every attempt is a new person)")
print(json.dumps(dict(stored=stored, confirmed=confirmed, confirmed_total=total, capacity=capacity,
                      conference_capacity=int(conference[0]), acknowledged=accepted, problems=problems)))
EOF
}

# wait_for_mails_sent DB: the mails of the warm-up go out before the rush starts, so that the rush's figures hold
# the sending of its own mails only (the sender holds back while the node is busy and would catch up in the rush).
wait_for_mails_sent() {
  local pending t0=$SECONDS
  while pending=$(psql_q "select count(*) from outbox_message where status not in ('SENT', 'FAILED')" "$1"); [ "$pending" != 0 ]; do
    [ $((SECONDS - t0)) -lt 300 ] || { log "warm-up mails: $pending still unsent after 300 s"; return 0; }
    sleep 1
  done
  log "warm-up mails sent after $((SECONDS - t0)) s"
}

pgbench_baseline() {
  local db=podium_bench_pgbench
  recreate_db $db
  psql_q "create table bench_conference (id int primary key, held int not null, capacity int not null);
          insert into bench_conference values (1,0,$CONFERENCE_CAPACITY);
          create table bench_counter (id int primary key, held int not null, capacity int not null);
          insert into bench_counter values (1,0,${CATEGORY_CAPACITIES[0]}),(2,0,${CATEGORY_CAPACITIES[1]}),(3,0,${CATEGORY_CAPACITIES[2]});
          create table bench_registration (id bigint generated by default as identity primary key,
            category int not null, email varchar(254) not null, status varchar(30) not null,
            created_at timestamptz not null default now());" $db >/dev/null
  # the category counter, then the conference counter only if the category had a place: Podium's order
  cat >"$WORK/registration.pgbench" <<'EOF'
\set cat random(1, 3)
\set person random(1, 1000000000)
BEGIN;
INSERT INTO bench_registration (category, email, status) VALUES (:cat, 'rush-' || :client_id || '-' || :person || '@example.org', 'CONFIRMED');
WITH category AS (UPDATE bench_counter SET held = held + 1 WHERE id = :cat AND held < capacity RETURNING id) UPDATE bench_conference SET held = held + 1 WHERE id = 1 AND held < capacity AND EXISTS (SELECT 1 FROM category);
END;
EOF
  local per_client=$(( ATTEMPTS / CLIENTS ))
  pgbench -n -c "$CLIENTS" -j 2 -t "$per_client" -f "$WORK/registration.pgbench" $db 2>&1 \
    | awk -F'= ' '/^tps/ && /without initial connection time|excluding/ {split($2,a," "); print a[1]}' | head -1
}

# podium_statements_pgbench DB SLUG CLIENTS: pgbench running the statements Podium's registration sends (as PostgreSQL
# logs them: the conference with its categories, the INSERT of the registration, its questions, the recipient's
# recent anonymous mails, the INSERT of its outbox row, the places statement) on Podium's own schema, a conference
# made like the rush's. Not a baseline: what PostgreSQL alone does with Podium's transaction, so that a database-side
# regression (e.g. #17's foreign keys locking the counters' rows) shows apart from the Java side.
podium_statements_pgbench() {
  local db=$1 slug=$2 clients=$3 conference first last
  conference=$(psql_q "select id from conference where slug = '$slug'" "$db")
  first=$(psql_q "select min(id) from category where conference_id = $conference" "$db")
  last=$(psql_q "select max(id) from category where conference_id = $conference" "$db")
  sed "s/@SLUG@/$slug/" >"$WORK/podium-statements.pgbench" <<'EOF'
\set cat random(:first_category, :last_category)
\set person random(1, 1000000000)
SELECT t1.ID, t1.accent_colour, t1.CAPACITY, t1.CITY, t1.created_at, t1.demo_data, t1.DESCRIPTION, t1.double_opt_in, t1.ends_at, t1.HELD, t1.imprint_url, t1.logo_path, t1.organizer_email, t1.organizer_name, t1.privacy_url, t1.registration_open, t1.SLUG, t1.starts_at, t1.SUBTITLE, t1.time_zone, t1.TITLE, t1.VENUE, t1.VERSION, t0.ID, t0.approval_required, t0.CAPACITY, t0.CODE, t0.COLOUR, t0.COMPANION, t0.companion_name_card, t0.HELD, t0.invitation_only, t0.NAME, t0.name_en, t0.POSITION, t0.conference_id FROM CONFERENCE t1 LEFT OUTER JOIN CATEGORY t0 ON (t0.conference_id = t1.ID) WHERE (t1.SLUG = '@SLUG@');
BEGIN;
INSERT INTO REGISTRATION (active_email, ANONYMISED, cancel_reason, cancelled_at, checked_in_at, checkin_code, confirm_token, confirmed_at, consent_via, consented_at, created_at, door_note, EMAIL, entered_at, entered_by, list_in_participants, LOCALE, manage_token, OFFICE, ORGANISATION, privacy_policy_version, precedence_rank, SALUTATION, short_code, STATUS, updated_at, VERSION, waitlisted_at, first_name, last_name, TITLE, category_id, conference_id, invitation_id, lead_id) VALUES ('pg-' || :client_id || '-' || :person || '@example.org', false, NULL, NULL, NULL, md5(random()::text) || 'ab', md5(random()::text) || 'cd', now(), NULL, now(), now(), NULL, 'pg-' || :client_id || '-' || :person || '@example.org', NULL, NULL, true, 'de', md5(random()::text) || 'ef', 'Landrat', 'Landkreis', '2026-01', NULL, 'NONE', substr(md5(random()::text), 1, 8), 'CONFIRMED', now(), 1, NULL, 'Jürgen', 'Müller', 'Dr.', :cat, :conference, NULL, NULL) RETURNING *;
SELECT ID, CODE, LABEL, label_en, POSITION, REQUIRED, SENSITIVE, TYPE, conference_id FROM QUESTION WHERE (conference_id = :conference) ORDER BY POSITION, ID;
SELECT MIN(created_at), COUNT(*) FROM outbox_message WHERE mailbox = 'pg-' || :client_id || '-' || :person || '@example.org' AND anonymous = TRUE AND created_at > now() - interval '1 hour';
INSERT INTO outbox_message (about_id, about_type, ANONYMOUS, ATTEMPTS, conference_id, created_at, failure_reason, KIND, last_error, LOCALE, MAILBOX, mailing_id, message_id, MODEL, next_attempt_at, purged_at, RECIPIENT, recipient_name, sent_at, STATUS, unsubscribe_token, VERSION) VALUES (:person, 'registration', true, 0, :conference, now(), NULL, 'registration.confirmed', NULL, 'de', 'pg-' || :client_id || '-' || :person || '@example.org', NULL, NULL, '{}', now() + interval '1 day', NULL, 'pg-' || :client_id || '-' || :person || '@example.org', 'Dr. Jürgen Müller', NULL, 'QUEUED', NULL, 1) RETURNING *;
WITH category_place AS (UPDATE category SET held = held + 1 WHERE id = :cat AND (capacity IS NULL OR held < capacity) RETURNING id), conference_place AS (UPDATE conference SET held = held + 1 WHERE id = :conference AND capacity IS NOT NULL AND held < capacity AND EXISTS (SELECT 1 FROM category_place) RETURNING id) SELECT (SELECT count(*) FROM category_place) * 2 + (SELECT count(*) FROM conference_place);
COMMIT;
EOF
  pgbench -n -M prepared -c "$clients" -j 2 -t $(( ATTEMPTS / clients )) -D conference="$conference" \
      -D first_category="$first" -D last_category="$last" -f "$WORK/podium-statements.pgbench" "$db" 2>&1 \
    | awk -F'= ' '/^tps/ {split($2,a," "); print a[1]}' | head -1
}

# thread_dumps PID: with RUSH_THREAD_DUMP=1, three thread dumps a few seconds into the rush, and where the request
# threads are (state, first Podium frame, top frame; counted) in target/bench/rush-threads.txt.
thread_dumps() {
  [ -n "${RUSH_THREAD_DUMP:-}" ] || return 0
  local pid=$1 out="$WORK/rush-threads.txt"
  for i in 1 2 3; do
    sleep 3
    jcmd "$pid" Thread.print >"$WORK/rush-dump-$i.txt" 2>/dev/null || return 0
  done
  python3 - "$WORK"/rush-dump-*.txt >"$out" <<'EOF'
import collections, re, sys
where = collections.Counter()
for name in sys.argv[1:]:
    for block in open(name).read().split("\n\n"):
        if not block.startswith('"http-thread-pool'):
            continue
        state = re.search(r"java.lang.Thread.State: (\w+)", block)
        frames = re.findall(r"\tat (\S+)", block)
        podium = next((f for f in frames if f.startswith("de.podium.")), "-")
        where[f"{state.group(1) if state else '?'} {podium} <- {frames[0] if frames else '?'}"] += 1
for line, n in where.most_common(15):
    print(f"{n:5d}  {line}")
EOF
  echo "thread dumps ($out):" >&2
  cat "$out" >&2
}

main() {
  need_packages; build_podium
  log "pgbench baseline: $ATTEMPTS transactions from $CLIENTS clients"
  local baseline; baseline=$(pgbench_baseline)
  echo "pgbench tps: $baseline" >&2

  recreate_db $DB
  local port; port=$(free_port)
  start_podium rush "$port" $DB PODIUM_MAIL_TRANSPORT=folder
  trap 'stop_podium rush' EXIT
  wait_ready "$port" >/dev/null
  # room for every warm-up registration, so that the warm-up runs the path the rush runs most (CONFIRMED)
  create_conference "$port" rush-warmup $((WARMUP * 2)) "$WARMUP" "$WARMUP" "$WARMUP"
  log "warm-up: $WARMUP attempts"
  java "$BENCH_DIR/src/RegistrationRush.java" "http://127.0.0.1:$port" rush-warmup LANDRAT,ADMINISTRATION,GUEST "$WARMUP" "$CLIENTS" warm 0 >/dev/null
  wait_for_mails_sent $DB
  create_conference "$port" rush-2027
  log "rush: $ATTEMPTS attempts from $CLIENTS clients, every one a new person"
  thread_dumps "$(cat "$WORK/rush.pid")" &
  local dumper=$!
  local rush; rush=$(java "$BENCH_DIR/src/RegistrationRush.java" "http://127.0.0.1:$port" rush-2027 \
      LANDRAT,ADMINISTRATION,GUEST "$ATTEMPTS" "$CLIENTS" main 0)
  wait $dumper || true
  echo "$rush" >&2
  local check; check=$(verify_rush rush-2027 "$ATTEMPTS" "$rush")
  echo "$check" >&2
  create_conference "$port" rush-statements
  stop_podium rush
  local statements; statements=$(podium_statements_pgbench $DB rush-statements 16)
  echo "pgbench with Podium's statements: $statements tps" >&2
  local tput p50 p99 problems verdict
  tput=$(echo "$rush" | json_get '["throughput"]')
  p50=$(echo "$rush" | json_get '["p50_ms"]'); p99=$(echo "$rush" | json_get '["p99_ms"]')
  problems=$(echo "$check" | json_get '["problems"]')
  local r; r=$(ratio "$tput" "$baseline")
  verdict=$(python3 -c "print('ok' if $r >= 0.25 and $p99 <= 500 and $problems == [] else 'short')")
  record "registration rush (req/s)" "$tput" "req/s" "$baseline" "$r" ">= 0.25, p99 <= 500 ms" "$verdict" \
    "$CLIENTS connections, every attempt a new person; p50 ${p50} ms, p99 ${p99} ms; db check: $check; pgbench running Podium's own registration statements on its schema from 16 clients (its HTTP workers): $statements tps"
}
[ "${1:-}" = --library ] || main "$@"
