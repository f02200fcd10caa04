#!/bin/bash
cd /work/main
U=$(node scripts/database-url.mjs /tmp/benchdev/data)
DATABASE_URL=$U PORT=3997 NODE_ENV=production LOG_LEVEL=silent DATA_DIR=/tmp/benchdev/data node $1 apps/api/dist/main.js > /dev/null 2>&1 &
PID=$!
( while kill -0 $PID 2>/dev/null; do R=$(grep VmRSS /proc/$PID/status | awk '{print $2}'); echo $R; sleep 0.05; done ) > /tmp/benchdev/rss.start &
W=$!
for i in $(seq 1 100); do curl -sf localhost:3997/health >/dev/null && break; sleep 0.2; done
sleep 1; kill $W
( while kill -0 $PID 2>/dev/null; do R=$(grep VmRSS /proc/$PID/status | awk '{print $2}'); echo $R; sleep 0.1; done ) > /tmp/benchdev/rss.load &
W=$!
P=3997 node bench/.dev/api-only.mjs 50 12 | grep -E "requestsPerSecond|p99" | tr -d '\n'
kill $PID; sleep 1; kill $W 2>/dev/null
echo " flags [$1] startup peak $(sort -n /tmp/benchdev/rss.start | tail -1 | awk '{print int($1/1024)}') load peak $(sort -n /tmp/benchdev/rss.load | tail -1 | awk '{print int($1/1024)}')"
