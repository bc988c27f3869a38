#!/usr/bin/env bash
# Benchmark 5: Timefold time to a feasible schedule (0 hard) for 150 generated talks, 6 rooms, 2 days,
# 20 speakers with availability windows (three seeds, median), and for the demo programme. Goal: <= 10 s.
source "$(dirname "$0")/lib.sh"

main() {
  log "solver: SolverTiming (bench/java)"
  local out
  out=$(cd "$ROOT" && mvn -B -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
      -Dexec.mainClass=de.podium.agenda.control.solver.SolverTiming 2>&1 | grep -E "feasible after")
  echo "$out" >&2
  local generated demo
  generated=$(echo "$out" | grep "150 talks" | sed -E 's/.*feasible after ([0-9]+) ms.*/\1/' | sort -n | sed -n 2p)
  demo=$(echo "$out" | grep "demo programme" | sed -E 's/.*feasible after ([0-9]+) ms.*/\1/')
  local seconds; seconds=$(python3 -c "print(round($generated/1000, 2))")
  record "solver, 150 talks to 0 hard (s)" "$seconds" "s" "10 (goal)" "$(ratio "$seconds" 10)" "<= 10 s" \
    "$(python3 -c "print('ok' if $seconds <= 10 else 'short')")" \
    "median of 3 seeds; demo programme feasible after $demo ms; all: $(echo "$out" | sed -E 's/:.*feasible after/:/' | tr '\n' ';')"
}
main "$@"
