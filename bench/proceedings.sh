#!/usr/bin/env bash
# Benchmark 4: proceedings (PDF/A-2a and PDF/UA-1, with contents, programme, talk pages and merged slides) of 50 and 200 talks
# with a generated 20-page slide PDF each, against a bare iText PdfMerger of the same files, in one JVM
# (bench/java/…/documents/control/ProceedingsBench.java); the 200-talk times are the medians of three runs of each,
# alternating (a single run of either moved by a third between runs). The slides' texts are read beforehand, as Podium
# reads them after an upload; podium_unread_ms is the same document reading them while writing; pdfa_merger_ms is the
# bare merger writing into a PDF/A-2b document instead, the least any PDF/A output of these pages costs (reported, not a
# goal). Goal (#17): <= 3 x its time, memory flat.
source "$(dirname "$0")/lib.sh"

main() {
  log "proceedings: ProceedingsBench (bench/java)"
  local out
  out=$(cd "$ROOT" && MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx512m" mvn -B -q -Pbench test-compile exec:java -Dexec.classpathScope=test \
      -Dexec.mainClass=de.podium.documents.control.ProceedingsBench -Dexec.args="$WORK/proceedings" 2>&1 | grep '^{')
  echo "$out" >&2
  local fifty two_hundred
  fifty=$(echo "$out" | grep '"talks":50,'); two_hundred=$(echo "$out" | grep '"talks":200,')
  local p m r h
  p=$(echo "$two_hundred" | json_get '["podium_ms"]'); m=$(echo "$two_hundred" | json_get '["merger_ms"]')
  r=$(ratio "$p" "$m")
  h=$(ratio "$(echo "$two_hundred" | json_get '["podium_live_heap_mb"]')" "$(echo "$fifty" | json_get '["podium_live_heap_mb"]')")
  record "proceedings, 200 talks (ms)" "$p" "ms" "$m" "$r" "<= 3" "$(python3 -c "print('ok' if $r <= 3 else 'short')")" \
    "medians of 3 alternating runs; slide texts read at upload (read while writing: $(echo "$two_hundred" | json_get '["podium_unread_ms"]') ms); the same merger into PDF/A-2b: $(echo "$two_hundred" | json_get '["pdfa_merger_ms"]') ms = $(ratio "$(echo "$two_hundred" | json_get '["pdfa_merger_ms"]')" "$(echo "$two_hundred" | json_get '["merger_beside_pdfa_ms"]')") x the bare merger beside it; 50 talks: $fifty; 200 talks: $two_hundred"
  record "proceedings, live heap 200 vs 50 talks" "$(echo "$two_hundred" | json_get '["podium_live_heap_mb"]')" "MB" \
    "$(echo "$fifty" | json_get '["podium_live_heap_mb"]')" "$h" "flat (<= 1.2)" "$(python3 -c "print('ok' if $h <= 1.2 else 'short')")" \
    "most heap in use right after a collection while writing, same JVM (sum of the pools' peaks, young generation included: $(echo "$fifty" | json_get '["podium_heap_mb"]') vs $(echo "$two_hundred" | json_get '["podium_heap_mb"]') MB)"
}
main "$@"
