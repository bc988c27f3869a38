#!/usr/bin/env bash
# A quick look at the public reads (not part of bench/run): one Podium on PostgreSQL with the demo data, the agenda
# JSON and the agenda page read alternately under wrk (64 connections, 10 s each, READ_PROBE_ROUNDS rounds after
# READ_PROBE_WARMUP seconds of the same load). Prints per round the reads per second and the Java CPU per read
# (from /proc), which moves far less with the machine than the throughput does. JFR=file.jfr records a profile of
# the rounds (JFC=settings.jfc, default "profile"); PODIUM_JAVA_OPTS passes JVM options. A recording started in
# the running JVM made it four to five times slower here for minutes (2 ms instead of 0.13 ms per read); for a
# faithful profile start the recording with the JVM instead, written when the probe stops the node:
#   PODIUM_JAVA_OPTS="-XX:StartFlightRecording=settings=cpu.jfc,filename=reads.jfr,dumponexit=true"
source "$(dirname "$0")/lib.sh"
ROUNDS=${READ_PROBE_ROUNDS:-3}
WARMUP=${READ_PROBE_WARMUP:-80}
DB=podium_bench_reads
SLUG=dlt-integration-2016
need_packages; build_podium
recreate_db $DB
port=$(free_port)
start_podium reads "$port" $DB
trap 'stop_podium reads' EXIT
wait_ready "$port" >/dev/null
pid=$(cat "$WORK/reads.pid")
json="http://127.0.0.1:$port/api/conferences/$SLUG/agenda"
page="http://127.0.0.1:$port/conferences/$SLUG/agenda"
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
log "warm-up: ${WARMUP}s"
for _ in $(seq 1 $((WARMUP / 20))); do
  for url in "$json" "$page"; do wrk -t2 -c64 -d10s "$url" >/dev/null; done
done
[ -n "${JFR:-}" ] && jcmd "$pid" JFR.start settings="${JFC:-profile}" filename="$JFR" >/dev/null
for round in $(seq 1 "$ROUNDS"); do
  for kind in json page; do
    url=$json; [ $kind = page ] && url=$page
    t0=$(ticks); out=$(wrk -t2 -c64 -d10s "$url"); t1=$(ticks)
    n=$(echo "$out" | awk '/requests in/ {print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    echo "round $round $kind: $rps reads/s, $(python3 -c "print(round(($t1 - $t0) / $(getconf CLK_TCK) * 1e6 / $n))") µs Java CPU per read"
  done
done
[ -z "${JFR:-}" ] || jcmd "$pid" JFR.stop filename="$JFR" >/dev/null
