#!/usr/bin/env bash
# bench/run.sh: the SPEC §8 figures, measured in one run on this machine, printed as one table
# and written to bench/out/latest.md. See docs (README "Performance") for what each figure means.
#
# Builds the jar, starts the service on 127.0.0.1 with bench/bench-config.yml, installs wrk with
# apt-get if missing, and measures:
#   1. wrk on public GET / and on authenticated GET /auth/session_status (bearer + fingerprint),
#      alternating runs after a warm-up; medians of req/s, p50, p99, and their ratio (>= 0.85);
#   2. login p50/p99 and the unknown-user / wrong-password median ratio (tech.arcp.bench.LoginBench);
#   3. heap bytes per live session at 1,000,000 sessions in a -Xmx1g JVM (SessionHeapBench);
#   4. when redis-cli pings 127.0.0.1:6379, the Redis store's authenticated throughput against the
#      Caffeine store's (>= 0.6), skipped with a clear line when the jar has no redis store type.
# Stops everything it started. Exits non-zero only when something fails to run, never because a
# figure misses its target.
#
# Environment (defaults are for the real run, about 8-9 minutes on 2 cores):
#   BENCH_WARMUP=60          seconds of wrk warm-up per server (PITFALLS 9: >= 60 s on 2 cores)
#   BENCH_DURATION=10        seconds per measured wrk run
#   BENCH_ROUNDS=10          alternating rounds (each round runs both endpoints once, back to back)
#   BENCH_THREADS=2 BENCH_CONNECTIONS=32   wrk -t / -c
#   BENCH_LOGINS=200         timed logins of each kind (success, unknown user, wrong password)
#   BENCH_HEAP_SESSIONS=1000000  BENCH_HEAP_XMX=1g
#   BENCH_PORT=58001 BENCH_ADMIN_PORT=58081 BENCH_REDIS_PORT=58002 BENCH_REDIS_ADMIN_PORT=58082
#   BENCH_JVM_OPTS           JVM flags of the servers (default: the production flags of README)
#   BENCH_REDIS_OPTS         extra -D flags for the Redis-store server (REDIS_URL is set to 127.0.0.1:6379)
#   BENCH_SKIP_BUILD=1       reuse target/ as built
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${BENCH_WARMUP:-60}
DURATION=${BENCH_DURATION:-10}
ROUNDS=${BENCH_ROUNDS:-10}
WRK_THREADS=${BENCH_THREADS:-2}
WRK_CONNECTIONS=${BENCH_CONNECTIONS:-32}
LOGINS=${BENCH_LOGINS:-200}
HEAP_SESSIONS=${BENCH_HEAP_SESSIONS:-1000000}
HEAP_XMX=${BENCH_HEAP_XMX:-1g}
PORT=${BENCH_PORT:-58001}
ADMIN_PORT=${BENCH_ADMIN_PORT:-58081}
REDIS_PORT=${BENCH_REDIS_PORT:-58002}
REDIS_ADMIN_PORT=${BENCH_REDIS_ADMIN_PORT:-58082}
JVM_OPTS=${BENCH_JVM_OPTS:--Xms1g -Xmx1g -XX:+UseG1GC -XX:+AlwaysPreTouch}
REDIS_OPTS=${BENCH_REDIS_OPTS:-}
OUT=bench/out
JAR=target/arcp-session-service.jar
CONFIG=$OUT/bench-config.yml
ADMIN_PASSWORD=bench-password-arcp   # as in bench/bench-config.yml
LOGIN_ADMINS=50                      # wrong passwords rotate over them: < 5 failures per user name
FINGERPRINT=bench-fingerprint
PIDS=()
ROWS=()

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

build() {
  if [[ "${BENCH_SKIP_BUILD:-0}" == 1 && -f $JAR ]]; then
    log "reusing $JAR"
  else
    log "building the jar"
    mvn -B -q package -DskipTests || die "mvn package"
  fi
  [[ -f target/test-classes/tech/arcp/bench/LoginBench.class ]] || die "bench drivers not compiled"
}

ensure_wrk() {
  command -v wrk >/dev/null 2>&1 && return
  log "installing wrk from Debian's packages"
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq >/dev/null \
    && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null \
    || die "apt-get install wrk"
}

# The bench config plus the login benchmark's admins, and trusted loopback proxy when the jar
# knows clientIp.trustedProxies (then each login's distinct X-Forwarded-For is its own throttle key).
write_config() {
  mkdir -p $OUT
  cp bench/bench-config.yml $CONFIG
  for n in $(seq 0 $((LOGIN_ADMINS - 1))); do
    printf '  - {username: bench-admin-%d, password: bench-password-%d}\n' "$n" "$n" >> $CONFIG
  done
  if grep -q 'trustedProxies' config.yml; then
    printf '\nclientIp:\n  trustedProxies: [127.0.0.1/32]\n' >> $CONFIG
  fi
}

# Side by side (bench/ab.sh, bench/slow-clients.sh): BENCH_BASE's jar is "before" (default main),
# this checkout's "after".
BASE=${BENCH_BASE:-main}
BASE_PORT=${BENCH_BASE_PORT:-58003}
BASE_ADMIN_PORT=${BENCH_BASE_ADMIN_PORT:-58083}
BASE_DIR=$OUT/base-src

# start_before_after: builds both jars, starts both servers, logs in to each; sets BEFORE_TOKEN, AFTER_TOKEN.
start_before_after() {
  mkdir -p $OUT
  build
  build_base "$BASE" "$BASE_DIR"
  ensure_wrk
  write_config
  start_server after "$PORT" "$ADMIN_PORT" || die "the server of this checkout did not start"
  JAR=$BASE_DIR/target/arcp-session-service.jar start_server before "$BASE_PORT" "$BASE_ADMIN_PORT" \
    || die "the server of $BASE did not start"
  AFTER_TOKEN=$(login "$PORT"); BEFORE_TOKEN=$(login "$BASE_PORT")
  [[ -n $AFTER_TOKEN && -n $BEFORE_TOKEN ]] || die "login to the bench servers"
}

# build_base REF DIR: the jar of git ref REF, built in DIR from `git archive` (the checkout is
# untouched), for the side-by-side scripts (bench/ab.sh, bench/slow-clients.sh).
build_base() {
  local ref=$1 dir=$2
  log "building the jar of $ref in $dir"
  rm -rf "$dir"
  mkdir -p "$dir"
  git archive "$ref" | tar -x -C "$dir"
  (cd "$dir" && mvn -B -q package -DskipTests) || die "mvn package of $ref"
}

# start_server NAME PORT ADMIN_PORT [extra java flags...]: returns 1 when it does not come up.
start_server() {
  local name=$1 port=$2 admin=$3
  shift 3
  # shellcheck disable=SC2086
  java $JVM_OPTS "$@" -Ddw.server.applicationConnectors[0].port="$port" \
    -Ddw.server.adminConnectors[0].port="$admin" -jar $JAR server $CONFIG > "$OUT/$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  for _ in $(seq 1 120); do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "$name exited during start-up (see $OUT/$name.log)"
      return 1
    fi
    curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port/" && return 0
    sleep 0.5
  done
  log "$name did not answer on port $port within a minute"
  return 1
}

# True when the jar registers a store factory named like "redis" (an unknown store type would
# otherwise fall back to the default, Caffeine, and the comparison would compare Caffeine to itself).
jar_has_redis_store() {
  command -v unzip >/dev/null 2>&1 || return 0   # cannot look: try it
  unzip -p $JAR META-INF/services/tech.arcp.storage.StorageFactory 2>/dev/null | grep -qi redis
}

login() {
  curl -sf --max-time 30 -X POST "http://127.0.0.1:$1/auth/login" -H 'Content-Type: application/json' \
    -H "X-Client-Fingerprint: $FINGERPRINT" -d "{\"username\":\"ARCP\",\"password\":\"$ADMIN_PASSWORD\"}" \
    | grep -o '"access_token":"[^"]*"' | cut -d'"' -f4
}

to_ms() { # wrk latency (e.g. 812.00us, 1.23ms, 1.02s) in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000;
    printf "%.2f", n }'
}

# wrk_run URL SECONDS [TOKEN]: prints "req/s p50_ms p99_ms non2xx"
wrk_run() {
  local url=$1 seconds=$2 token=${3:-} out
  local args=(-t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"${seconds}s" --timeout 5s --latency)
  if [[ -n $token ]]; then
    args+=(-H "Authorization: Bearer $token" -H "X-Client-Fingerprint: $FINGERPRINT")
  fi
  out=$(timeout $((seconds + 30)) wrk "${args[@]}" "$url") || die "wrk $url"
  local rps p50 p99 bad
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  bad=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
  echo "$rps $p50 $p99 ${bad:-0}"
}

median() { tr ' ' '\n' <<<"$*" | grep -v '^$' | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
fmt() { awk -v d="$1" -v v="$2" 'BEGIN { printf "%.*f", d, v }'; }   # fmt DECIMALS VALUE
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { if (v == "n/a") print "n/a"; else if ((op == ">=" && v >= t) || (op == "<=" && v <= t)) print "met"; else print "MISSED" }'; }
row() { ROWS+=("| $1 | $2 | $3 | $4 |"); }

# measure NAME_A URL_A TOKEN_A NAME_B URL_B TOKEN_B: warm-up, then alternating runs; sets
# globals A_RPS A_P50 A_P99 B_RPS ... (medians), PAIRED (min / median / max of the per-round
# B/A throughput ratios: each round runs both back to back, so drift of the shared machine
# cancels in them) and BAD (non-2xx answers of all runs).
measure_pair() {
  local name_a=$1 url_a=$2 token_a=$3 name_b=$4 url_b=$5 token_b=$6
  local slice=$(( (WARMUP + 3) / 4 ))
  log "warm-up: ${WARMUP}s alternating $name_a and $name_b"
  for _ in 1 2; do
    wrk_run "$url_a" "$slice" "$token_a" >/dev/null
    wrk_run "$url_b" "$slice" "$token_b" >/dev/null
  done
  local ra=() pa=() qa=() rb=() pb=() qb=() pr=() r
  BAD=0
  for round in $(seq 1 "$ROUNDS"); do
    local first=a
    (( round % 2 == 0 )) && first=b
    for side in $first $([[ $first == a ]] && echo b || echo a); do
      if [[ $side == a ]]; then
        read -r -a r <<<"$(wrk_run "$url_a" "$DURATION" "$token_a")"
        ra+=("${r[0]}"); pa+=("${r[1]}"); qa+=("${r[2]}")
      else
        read -r -a r <<<"$(wrk_run "$url_b" "$DURATION" "$token_b")"
        rb+=("${r[0]}"); pb+=("${r[1]}"); qb+=("${r[2]}")
      fi
      BAD=$((BAD + r[3]))
      log "round $round $([[ $side == a ]] && echo "$name_a" || echo "$name_b"): ${r[0]} req/s, p50 ${r[1]} ms, p99 ${r[2]} ms"
    done
    pr+=("$(ratio "${rb[-1]}" "${ra[-1]}")")
  done
  PAIRED="$(tr ' ' '\n' <<<"${pr[*]}" | sort -g | head -n 1) / $(fmt 2 "$(median "${pr[*]}")") / $(tr ' ' '\n' <<<"${pr[*]}" | sort -g | tail -n 1)"
  A_RPS=$(fmt 0 "$(median "${ra[*]}")"); A_P50=$(fmt 2 "$(median "${pa[*]}")"); A_P99=$(fmt 2 "$(median "${qa[*]}")")
  B_RPS=$(fmt 0 "$(median "${rb[*]}")"); B_P50=$(fmt 2 "$(median "${pb[*]}")"); B_P99=$(fmt 2 "$(median "${qb[*]}")")
}

bench_throughput() {
  local token
  token=$(login "$PORT") || true
  [[ -n $token ]] || die "login to the bench server"
  CAFFEINE_TOKEN=$token
  measure_pair "GET /" "http://127.0.0.1:$PORT/" "" \
    "GET /auth/session_status" "http://127.0.0.1:$PORT/auth/session_status" "$token"
  [[ $BAD -eq 0 ]] || log "WARNING: $BAD non-2xx answers during the wrk runs"
  local r
  r=$(ratio "$B_RPS" "$A_RPS")
  row "public \`GET /\`" "$A_RPS req/s, p50 $A_P50 ms, p99 $A_P99 ms" "" ""
  row "authenticated \`GET /auth/session_status\`" "$B_RPS req/s, p50 $B_P50 ms, p99 $B_P99 ms" "" ""
  row "authenticated / public throughput (ratio of the medians)" "$r" ">= 0.85" "$(verdict "$r" '>=' 0.85)"
  row "the same, per round (min / median / max of $ROUNDS paired rounds)" "$PAIRED" "" ""
  CAFFEINE_STATUS_RPS=$B_RPS
}

bench_logins() {
  log "logins: $LOGINS each of success, unknown user, wrong password (interleaved)"
  local out
  out=$(timeout 900 java -cp "$JAR:target/test-classes" tech.arcp.bench.LoginBench "$PORT" "$LOGINS" \
    bench-admin- bench-password- "$LOGIN_ADMINS") || die "LoginBench"
  echo "$out" > $OUT/logins.txt
  val() { awk -F= -v k="$1" '$1 == k { print $2 }' <<<"$out"; }
  local p50 p99 ratio_uw within
  p50=$(val login_p50_ms); p99=$(val login_p99_ms); ratio_uw=$(val unknown_wrong_ratio)
  within=$(awk -v r="$ratio_uw" 'BEGIN { d = r - 1; if (d < 0) d = -d; printf "%.3f", d }')
  row "login p50 / p99" "$p50 ms / $p99 ms" "p50 <= 50 ms" "$(verdict "$p50" '<=' 50)"
  row "unknown user / wrong password (medians $(val unknown_user_p50_ms) / $(val wrong_password_p50_ms) ms)" \
    "$ratio_uw" "within 10 %" "$(verdict "$within" '<=' 0.10)"
  local unexpected
  unexpected=$(val unexpected_statuses)
  [[ $unexpected == none ]] || row "login answers other than 200/401" "$unexpected" "none" "MISSED"
}

bench_redis() {
  if ! command -v redis-cli >/dev/null 2>&1 || ! redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; then
    row "Redis store / Caffeine store (authenticated)" "skipped: no Redis answering on 127.0.0.1:6379" ">= 0.6" "n/a"
    return
  fi
  if ! jar_has_redis_store; then
    row "Redis store / Caffeine store (authenticated)" "skipped: this jar has no redis store type" ">= 0.6" "n/a"
    return
  fi
  log "starting a Redis-store server on port $REDIS_PORT"
  # shellcheck disable=SC2086
  if ! REDIS_URL=redis://127.0.0.1:6379 SESSION_STORE=redis start_server redis-server "$REDIS_PORT" \
      "$REDIS_ADMIN_PORT" -Ddw.sessions.store.type=redis $REDIS_OPTS; then
    row "Redis store / Caffeine store (authenticated)" \
      "skipped: the server did not start with store type redis (no redis store in this jar? see $OUT/redis-server.log)" ">= 0.6" "n/a"
    return
  fi
  local token
  token=$(login "$REDIS_PORT") || true
  [[ -n $token ]] || die "login to the Redis-store server"
  measure_pair "Caffeine session_status" "http://127.0.0.1:$PORT/auth/session_status" "$CAFFEINE_TOKEN" \
    "Redis session_status" "http://127.0.0.1:$REDIS_PORT/auth/session_status" "$token"
  local r
  r=$(ratio "$B_RPS" "$A_RPS")
  row "Redis store \`GET /auth/session_status\`" "$B_RPS req/s, p50 $B_P50 ms, p99 $B_P99 ms (Caffeine in the same rounds: $A_RPS req/s)" "" ""
  row "Redis store / Caffeine store (authenticated)" "$r" ">= 0.6" "$(verdict "$r" '>=' 0.6)"
  row "the same, per round (min / median / max)" "$PAIRED" "" ""
}

bench_heap() {
  log "heap: $HEAP_SESSIONS sessions in a -Xmx$HEAP_XMX JVM"
  local out per
  if out=$(timeout 900 java -Xmx"$HEAP_XMX" -XX:+UseG1GC -cp "$JAR:target/test-classes" \
      tech.arcp.bench.SessionHeapBench "$HEAP_SESSIONS" 2>&1); then
    echo "$out" > $OUT/heap.txt
    per=$(awk -F= '$1 == "heap_bytes_per_session" { print $2 }' <<<"$out")
    row "heap per live session ($HEAP_SESSIONS sessions, fit in -Xmx$HEAP_XMX)" "$per bytes" "<= 1024 bytes" "$(verdict "$per" '<=' 1024)"
  else
    echo "$out" > $OUT/heap.txt
    grep -q OutOfMemoryError <<<"$out" || die "SessionHeapBench (see $OUT/heap.txt)"
    row "heap per live session ($HEAP_SESSIONS sessions)" "did not fit in -Xmx$HEAP_XMX" "<= 1024 bytes" "MISSED"
  fi
}

print_table() {
  local java_version cpu
  java_version=$(java -version 2>&1 | head -n 2 | tail -n 1)
  cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
  {
    echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($cpu), $java_version."
    echo "wrk -t$WRK_THREADS -c$WRK_CONNECTIONS, ${WARMUP}s warm-up, medians of $ROUNDS alternating ${DURATION}s runs;"
    echo "server flags: \`$JVM_OPTS\`; \`bench/run.sh\` to reproduce."
    echo
    echo "| figure | measured | target | |"
    echo "|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
  } | tee $OUT/latest.md
}

main() {
  mkdir -p $OUT
  build
  ensure_wrk
  write_config
  log "starting the bench server on port $PORT"
  start_server server "$PORT" "$ADMIN_PORT" || die "the bench server did not start (see $OUT/server.log)"
  bench_throughput
  bench_logins
  bench_redis
  cleanup
  PIDS=()
  bench_heap
  print_table
}

# Sourced (bench/slow-clients.sh uses its functions): define only.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
