#!/usr/bin/env bash
# bench/ab.sh: this checkout against another git ref, side by side in one run: throughput of public
# GET / and authenticated GET /auth/session_status on both servers in alternating wrk rounds (bench/run.sh's
# measure_pair, so drift of the shared machine cancels in the per-round ratios), and each server's
# authenticated/public ratio (bench/run.sh's). Prints one table,
# also written to bench/out/ab.md. Run it on a quiet machine: BENCH_BASE=<ref> bash bench/ab.sh
#
# Builds this checkout's jar and BENCH_BASE's (from `git archive`, so the checkout is untouched), starts
# both on 127.0.0.1 with bench/bench-config.yml as bench/run.sh writes it, and stops what it started.
# Environment: bench/run.sh's (BENCH_WARMUP, BENCH_DURATION, BENCH_ROUNDS, BENCH_JVM_OPTS ...), and
#   BENCH_BASE=main          the "before" git ref
#   BENCH_BASE_PORT=58003 BENCH_BASE_ADMIN_PORT=58083   ports of the "before" server
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/run.sh
source bench/run.sh

# ab_pair LABEL PATH BEFORE_TOKEN AFTER_TOKEN
ab_pair() {
  local label=$1 path=$2
  measure_pair "before $label" "http://127.0.0.1:$BASE_PORT$path" "$3" "after $label" "http://127.0.0.1:$PORT$path" "$4"
  [[ $BAD -eq 0 ]] || log "WARNING: $BAD non-2xx answers during the wrk runs"
  row "\`$label\`: before / after" "$A_RPS / $B_RPS req/s (p50 $A_P50 / $B_P50 ms, p99 $A_P99 / $B_P99 ms)" "" ""
  row "\`$label\`: after / before (ratio of the medians; per round min / median / max)" \
    "$(ratio "$B_RPS" "$A_RPS") ($PAIRED)" "" ""
}

main_ab() {
  start_before_after
  local after_token=$AFTER_TOKEN before_token=$BEFORE_TOKEN
  ab_pair "GET /" "/" "" ""
  local root_before=$A_RPS root_after=$B_RPS
  ab_pair "GET /auth/session_status" "/auth/session_status" "$before_token" "$after_token"
  local status_before=$A_RPS status_after=$B_RPS
  row "authenticated / public throughput (bench/run.sh's ratio): before / after" \
    "$(ratio "$status_before" "$root_before") / $(ratio "$status_after" "$root_after")" "drop <= 0.02" \
    "$(verdict "$(awk -v b="$(ratio "$status_before" "$root_before")" -v a="$(ratio "$status_after" "$root_after")" \
      'BEGIN { printf "%.2f", b - a }')" '<=' 0.02)"
  cleanup
  PIDS=()
  {
    echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, before = $BASE ($(git rev-parse --short "$BASE")),"
    echo "after = this checkout ($(git rev-parse --short HEAD)); wrk -t$WRK_THREADS -c$WRK_CONNECTIONS, ${WARMUP}s warm-up,"
    echo "medians of $ROUNDS alternating ${DURATION}s rounds per endpoint; \`bench/ab.sh\`."
    echo
    echo "| figure | measured | target | |"
    echo "|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
  } | tee $OUT/ab.md
}

main_ab "$@"
