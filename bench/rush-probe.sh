#!/usr/bin/env bash
# A quick look at the registration rush without pgbench (not part of bench/run): one Podium on PostgreSQL, 3,000
# warm-up registrations, then RUSH_PROBE_ATTEMPTS (4,000) from 64 clients. Prints the rush's figures, the CPU per
# registration of Podium's JVM, of PostgreSQL's processes and of the load client (from /proc; the three share the
# two cores) and the new PostgreSQL sessions opened during the rush (expected: 0; the pool must not reconnect under
# load). JFR=file.jfr records a profile of the rush (JFC=settings.jfc, default "profile");
# PODIUM_JAVA_OPTS and PODIUM_MICRO_OPTS pass JVM and Payara Micro options (e.g. --maxHttpThreads 32).
source "$(dirname "$0")/rush.sh" --library
N=${RUSH_PROBE_ATTEMPTS:-4000}
need_packages; build_podium
recreate_db $DB
port=$(free_port)
start_podium rush "$port" $DB PODIUM_MAIL_TRANSPORT=folder
trap 'stop_podium rush' EXIT
wait_ready "$port" >/dev/null
create_conference "$port" rush-warmup 100000 50000 50000 50000
java "$BENCH_DIR/src/RegistrationRush.java" "http://127.0.0.1:$port" rush-warmup LANDRAT,ADMINISTRATION,GUEST 3000 64 warm 0 >/dev/null
create_conference "$port" rush-2027
pid=$(cat "$WORK/rush.pid")
sessions() { psql_q "select sessions from pg_stat_database where datname = '$DB'"; }
s0=$(sessions)
# PostgreSQL's processes (backends, WAL writer, checkpointer) and the load client share the two cores with Podium
pg_ticks() { for p in $(pgrep -x postgres); do cat "/proc/$p/stat"; done 2>/dev/null | awk '{t += $14 + $15} END {print t}'; }
c0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
p0=$(pg_ticks)
[ -n "${JFR:-}" ] && jcmd "$pid" JFR.start settings="${JFC:-profile}" duration=20s filename="$JFR" >/dev/null
python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[2:], check=True)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
open(sys.argv[1], "w").write(str(r.ru_utime + r.ru_stime))' "$WORK/rush-client-cpu" \
    java "$BENCH_DIR/src/RegistrationRush.java" "http://127.0.0.1:$port" rush-2027 LANDRAT,ADMINISTRATION,GUEST "$N" 64 main 0
c1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
p1=$(pg_ticks)
s1=$(sessions)
echo "new PostgreSQL sessions during the rush: $((s1 - s0))"
echo "Java CPU per registration: $(python3 -c "print(round(($c1 - $c0) * 1000 / $(getconf CLK_TCK) / $N, 2))") ms"
echo "PostgreSQL CPU per registration: $(python3 -c "print(round(($p1 - $p0) * 1000 / $(getconf CLK_TCK) / $N, 2))") ms"
echo "load client CPU per registration: $(python3 -c "print(round($(cat "$WORK/rush-client-cpu") * 1000 / $N, 2))") ms"
[ -z "${JFR:-}" ] || sleep 2
