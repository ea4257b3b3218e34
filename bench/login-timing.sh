#!/usr/bin/env bash
# Starts the service on loopback (ports 18001/18081 unless APP_PORT/ADMIN_PORT are set) with the
# shipped config.yml and a login throttle that never locks, runs bench/LoginTiming.java, stops it.
#   bench/login-timing.sh [rounds] [warmup]
set -euo pipefail
cd "$(dirname "$0")/.."
APP_PORT=${APP_PORT:-18001}
ADMIN_PORT=${ADMIN_PORT:-18081}
[ -f target/arcp-session-service.jar ] || mvn -B -o -q package -DskipTests
ADMIN_PASSWORD=bench-password-0123456789 java \
  -Ddw.server.applicationConnectors[0].port="$APP_PORT" -Ddw.server.adminConnectors[0].port="$ADMIN_PORT" \
  -Ddw.loginThrottle.maxFailures=1000000 -Ddw.logging.level=WARN \
  -jar target/arcp-session-service.jar server config.yml > /tmp/arcp-bench-login.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$APP_PORT/" >/dev/null 2>&1 && break
  sleep 0.3
done
java bench/LoginTiming.java "http://127.0.0.1:$APP_PORT" ARCP "${1:-300}" "${2:-100}"
