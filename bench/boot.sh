#!/usr/bin/env bash
# Benchmark 6: README's run command (built jar, embedded H2, demo data into an empty data directory) until
# /health/ready answers, against a bare Payara Micro hello-world WAR until its first 200. Median of 3 boots each.
# Reported beside: the hello-world WAR with one security constraint and a Jakarta Security mechanism (CDI and
# Jakarta Security started as in every secured application), and that WAR with Podium's library jars (what Payara
# spends on deploying the libraries alone; the rest of Podium's boot is its own deployment).
source "$(dirname "$0")/lib.sh"

RUNS=${BOOT_RUNS:-3}


# time_boot URL CMD...: seconds from start until URL answers 200; the process is stopped afterwards.
time_boot() {
  local url=$1; shift
  local t0 now pid
  t0=$(date +%s.%N)
  "$@" >"$WORK/boot.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do
    kill -0 $pid 2>/dev/null || { tail -20 "$WORK/boot.log" >&2; return 1; }
    sleep 0.1
  done
  now=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  python3 -c "print(round($now-$t0,2))"
}

median() { python3 -c "import statistics,sys; print(round(statistics.median(float(x) for x in sys.argv[1:]), 2))" "$@"; }

main() {
  build_podium; build_hello_with_libraries
  local port; port=$(free_port)
  local podium=() hello=() secured=() libraries=()
  for i in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/boot-data"
    podium+=("$(cd "$WORK" && PODIUM_DATA_DIR="$WORK/boot-data" time_boot "http://127.0.0.1:$port/health/ready" \
        java -jar "$ROOT/target/podium.jar" --port "$port" --nocluster)")
    hello+=("$(time_boot "http://127.0.0.1:$port/hello" java -jar "$WORK/hello.jar" --port "$port" --nocluster)")
    secured+=("$(time_boot "http://127.0.0.1:$port/hello" java -jar "$WORK/hello-secured.jar" --port "$port" --nocluster)")
    libraries+=("$(time_boot "http://127.0.0.1:$port/hello" java -jar "$WORK/hello-libraries.jar" --port "$port" --nocluster)")
    echo "boot $i: podium ${podium[-1]} s, hello ${hello[-1]} s, secured hello ${secured[-1]} s, with Podium's libraries ${libraries[-1]} s" >&2
  done
  local p h r s l
  p=$(median "${podium[@]}"); h=$(median "${hello[@]}"); r=$(ratio "$p" "$h"); s=$(median "${secured[@]}")
  l=$(median "${libraries[@]}")
  record "boot to ready (s)" "$p" "s" "$h" "$r" "<= 2.0" "$(python3 -c "print('ok' if $r <= 2.0 else 'short')")" \
    "median of $RUNS; podium ${podium[*]}; hello ${hello[*]}; hello with a security constraint and a mechanism ${secured[*]} (median $s, $(ratio "$s" "$h") x hello); that WAR with Podium's library jars ${libraries[*]} (median $l, $(ratio "$l" "$h") x hello)"
}
main "$@"
