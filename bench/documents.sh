#!/usr/bin/env bash
# Benchmark 3: badges for 500 and 5,000 people through the organizer API (pages/s, peak heap of the app),
# baseline a bare iText loop writing the same page content (src/BareBadges.java).
source "$(dirname "$0")/lib.sh"

DB=podium_bench_documents
SLUG=dlt-integration-2016

# add_people N: N confirmed registrations in the demo conference, written straight into the database
# (the rush benchmark measures the registration path; this one measures the printing).
add_people() {
  psql_q "delete from registration where email like 'badge-%';
    insert into registration (conference_id, category_id, status, title, first_name, last_name, office,
      organisation, email, active_email, locale, privacy_policy_version, consented_at, list_in_participants,
      manage_token, checkin_code, created_at, confirmed_at, updated_at)
    select k.id, c.id, 'CONFIRMED', 'Dr.', 'Jürgen', 'Müller-Lüdenscheidt ' || g, 'Landrat des Landkreises ' || g,
      'Landkreis ' || g, 'badge-' || g || '@example.org', 'badge-' || g || '@example.org', 'de', '2026-01', now(), true,
      'bench-manage-' || g || '-' || md5(g::text), 'bench-checkin-' || g || '-' || md5(g::text), now(), now(), now()
    from generate_series(1, $1) g, conference k join category c on c.conference_id = k.id and c.code = 'LANDRAT'
    where k.slug = '$SLUG';" $DB >/dev/null
}

# peak_heap_mb PID CMD...: runs CMD while sampling the JVM's old generation (what survives collections, so
# what a run really holds on to; young-generation garbage only says how lazily G1 collects); "seconds peak_mb".
peak_heap_mb() {
  local pid=$1; shift
  jcmd "$pid" GC.run >/dev/null 2>&1 || true
  ( while true; do jstat -gc "$pid" | awk 'NR==2 {print $8/1024}'; sleep 0.2; done ) >"$WORK/heap.txt" &
  local sampler=$! t0 t1
  t0=$(date +%s.%N); "$@"; t1=$(date +%s.%N)
  kill $sampler
  echo "$(python3 -c "print(round($t1-$t0,3))") $(sort -n "$WORK/heap.txt" | tail -1)"
}

classpath() {
  if [ ! -f "$WORK/itext.cp" ]; then
    (cd "$ROOT" && mvn -B -q dependency:build-classpath -Dmdep.includeGroupIds=com.itextpdf,org.slf4j \
      -Dmdep.outputFile="$WORK/itext.cp" >/dev/null)
  fi
  cat "$WORK/itext.cp"
}

main() {
  need_packages; build_podium
  recreate_db $DB
  local port; port=$(free_port)
  PODIUM_JAVA_OPTS=-Xmx512m start_podium documents "$port" $DB PODIUM_MAIL_TRANSPORT=folder
  trap 'stop_podium documents' EXIT
  wait_ready "$port" >/dev/null
  local pid; pid=$(cat "$WORK/documents.pid")
  local url="http://127.0.0.1:$port/api/conferences/$SLUG/badges.pdf?layout=a6&category=LANDRAT"
  curl -sf -u "$ORGANIZER:$DEMO_PASSWORD" -o /dev/null "$url"   # warm-up
  local n result seconds heap pages
  declare -A rate peak
  for n in 500 5000; do
    add_people $n
    result=$(peak_heap_mb "$pid" curl -sf -u "$ORGANIZER:$DEMO_PASSWORD" -o "$WORK/badges-$n.pdf" "$url")
    seconds=${result% *}; heap=${result#* }
    pages=$(python3 -c "import re; print(len(re.findall(rb'/Type\s*/Page[^s]', open('$WORK/badges-$n.pdf','rb').read())))")
    rate[$n]=$(python3 -c "print(round($pages/$seconds,1))"); peak[$n]=$heap
    echo "badges $n: $pages pages in $seconds s, peak heap $heap MB" >&2
  done
  local cp; cp=$(classpath)
  java -cp "$cp" "$BENCH_DIR/src/BareBadges.java" 500 "$WORK/bare-500.pdf" "$ROOT/src/main/resources/fonts" >/dev/null   # warm-up of the JIT
  local bare; bare=$(java -cp "$cp" "$BENCH_DIR/src/BareBadges.java" 5000 "$WORK/bare-5000.pdf" "$ROOT/src/main/resources/fonts" | json_get '["pages_per_second"]')
  local r; r=$(ratio "${rate[5000]}" "$bare")
  local h; h=$(ratio "${peak[5000]}" "${peak[500]}")
  record "badges, 5,000 (pages/s)" "${rate[5000]}" "pages/s" "$bare" "$r" ">= 0.5" \
    "$(python3 -c "print('ok' if $r >= 0.5 else 'short')")" "500 badges: ${rate[500]} pages/s"
  record "badges, peak heap 5,000 vs 500 (MB)" "${peak[5000]}" "MB" "${peak[500]}" "$h" "<= 1.2" \
    "$(python3 -c "print('ok' if $h <= 1.2 else 'short')")" "old generation of the app (-Xmx512m) sampled every 0.2 s, after a full GC"
}
main "$@"
