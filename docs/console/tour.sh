#!/usr/bin/env bash
# Walks the console of a running service in headless Chromium and saves a PNG of each screen.
# Usage: ADMIN_PASSWORD=... docs/console/tour.sh [port (8001)] [user (ARCP)] [directory (target/console-tour)]
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-8001}; user=${2:-ARCP}; dir=${3:-target/console-tour}
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" tech.arcp.console.ConsoleTour \
  "$port" "$user" "$dir"
echo "screenshots in $dir"
