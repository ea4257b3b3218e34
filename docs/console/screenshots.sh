#!/usr/bin/env bash
# Retakes the pictures of docs/console.md (docs/console/*.png): runs the console's browser tests,
# which save a PNG of each screen they reach when -Dconsole.screenshots is set.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B test -Dtest='Console*BrowserTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dconsole.screenshots="$PWD/docs/console"
