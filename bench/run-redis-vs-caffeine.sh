#!/usr/bin/env bash
# Redis store (with near cache) vs Caffeine store, authenticated throughput in one run.
# Needs Redis on 127.0.0.1:6379 (REDIS_URL to change it). Args: threads warmupSeconds roundSeconds rounds path
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx1g -cp "target/classes:$(cat target/bench.classpath)" bench/RedisVsCaffeineBench.java "$@"
