#!/usr/bin/env bash
# A quick look at the registration rush without pgbench (not part of bench/run): one Podium on PostgreSQL, 3,000
# warm-up registrations, then RUSH_PROBE_ATTEMPTS (4,000) from 64 clients. Prints the rush's figures, the Java CPU
# per registration (from /proc) and the new PostgreSQL sessions opened during the rush (expected: 0; the pool must
# not reconnect under load). JFR=file.jfr records a profile of the rush (JFC=settings.jfc, default "profile");
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
c0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
[ -n "${JFR:-}" ] && jcmd "$pid" JFR.start settings="${JFC:-profile}" duration=20s filename="$JFR" >/dev/null
java "$BENCH_DIR/src/RegistrationRush.java" "http://127.0.0.1:$port" rush-2027 LANDRAT,ADMINISTRATION,GUEST "$N" 64 main 0
c1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
s1=$(sessions)
echo "new PostgreSQL sessions during the rush: $((s1 - s0))"
echo "Java CPU per registration: $(python3 -c "print(round(($c1 - $c0) * 1000 / $(getconf CLK_TCK) / $N, 2))") ms"
[ -z "${JFR:-}" ] || sleep 2
