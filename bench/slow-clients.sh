#!/usr/bin/env bash
# bench/slow-clients.sh: the figures of issue 13 (docs/connections.md), before and after in one run,
# printed as one table and written to bench/out/slow-clients.md.
#
# Builds this checkout's jar and the jar of BENCH_BASE (a git ref, default main; from `git archive`,
# so the checkout is untouched), starts both on 127.0.0.1 with bench/bench-config.yml (as bench/run.sh
# writes it), and measures:
#   1. wrk on authenticated GET /auth/session_status without stalled clients, on both servers in
#      alternating rounds after a warm-up (bench/run.sh's measure_pair): medians and the after/before
#      throughput ratio (target >= 0.95), with the per-round paired ratios;
#   2. for 0, 1,500 and 5,000 stalled connections (tech.arcp.bench.SlowClientBench: 4 in 5 announce a
#      body and send one byte of it, 1 in 5 send half a head; replaced whenever the server drops one),
#      a well-behaved client asking GET / and GET /auth/session_status in turn every 50 ms on fresh
#      connections with a 2 s time-out: answers, failures, p50 and p99, on each server in turn.
# Stops everything it started; exits non-zero only when something fails to run. Run it on a quiet
# machine (no build or test suite at the same time): bash bench/slow-clients.sh
#
# Environment (besides bench/run.sh's BENCH_WARMUP, BENCH_DURATION, BENCH_ROUNDS, BENCH_JVM_OPTS ...):
#   BENCH_BASE=main          the "before" git ref
#   BENCH_STALLED="0 1500 5000"   stalled-connection levels
#   BENCH_SLOW_SECONDS=20    seconds of well-behaved requests per level and server
#   BENCH_BASE_PORT=58003 BENCH_BASE_ADMIN_PORT=58083   ports of the "before" server
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/run.sh
source bench/run.sh

STALLED_LEVELS=${BENCH_STALLED:-0 1500 5000}
SLOW_SECONDS=${BENCH_SLOW_SECONDS:-20}

# slow_row LABEL PORT TOKEN STALLED
slow_row() {
  local label=$1 port=$2 token=$3 stalled=$4 out
  log "$label: $stalled stalled connections, ${SLOW_SECONDS}s of well-behaved requests"
  out=$(timeout $((SLOW_SECONDS + 120)) java -cp "$JAR:target/test-classes" tech.arcp.bench.SlowClientBench \
    "$port" "$stalled" "$SLOW_SECONDS" "$token" "$FINGERPRINT") || die "SlowClientBench on $label"
  echo "$out" > "$OUT/slow-$label-$stalled.txt"
  val() { awk -F= -v k="$1" '$1 == k { print $2 }' <<<"$out"; }
  local answers failures
  answers=$(val answers); failures=$(val failures)
  row "$label, $stalled stalled: answered / failed, p50 / p99 (max) ms" \
    "$answers / $failures, $(val p50_ms) / $(val p99_ms) ($(val max_ms))" "0 failed, p99 < 100 ms" \
    "$(awk -v f="$failures" -v p="$(val p99_ms)" 'BEGIN { print (f == 0 && p < 100) ? "met" : "MISSED" }')"
}

main_slow() {
  ulimit -n "$(ulimit -Hn)"   # both ends of 5,000 connections on one machine
  start_before_after
  local after_token=$AFTER_TOKEN before_token=$BEFORE_TOKEN
  measure_pair "before session_status" "http://127.0.0.1:$BASE_PORT/auth/session_status" "$before_token" \
    "after session_status" "http://127.0.0.1:$PORT/auth/session_status" "$after_token"
  [[ $BAD -eq 0 ]] || log "WARNING: $BAD non-2xx answers during the wrk runs"
  row "\`GET /auth/session_status\`, no stalled clients: before ($BASE) / after" \
    "$A_RPS / $B_RPS req/s (p99 $A_P99 / $B_P99 ms)" "" ""
  local r
  r=$(ratio "$B_RPS" "$A_RPS")
  row "after / before throughput (ratio of the medians)" "$r" ">= 0.95" "$(verdict "$r" '>=' 0.95)"
  row "the same, per round (min / median / max of $ROUNDS paired rounds)" "$PAIRED" "" ""
  for stalled in $STALLED_LEVELS; do
    slow_row before "$BASE_PORT" "$before_token" "$stalled"
    slow_row after "$PORT" "$after_token" "$stalled"
  done
  cleanup
  PIDS=()
  {
    echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, before = $BASE ($(git rev-parse --short "$BASE")),"
    echo "after = this checkout ($(git rev-parse --short HEAD)); wrk -t$WRK_THREADS -c$WRK_CONNECTIONS, ${WARMUP}s warm-up,"
    echo "medians of $ROUNDS alternating ${DURATION}s rounds; slow clients: ${SLOW_SECONDS}s per level; \`bench/slow-clients.sh\`."
    echo
    echo "| figure | measured | target | |"
    echo "|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
  } | tee $OUT/slow-clients.md
}

main_slow "$@"
