#!/bin/bash
# restart the second API on 3997
cd /work/main
if [ -f /tmp/benchdev/api2.pid ]; then kill $(cat /tmp/benchdev/api2.pid) 2>/dev/null; sleep 1; fi
U=$(node scripts/database-url.mjs /tmp/benchdev/data)
DATABASE_URL=$U PORT=3997 NODE_ENV=production LOG_LEVEL=silent DATA_DIR=/tmp/benchdev/data node $NODEFLAGS apps/api/dist/main.js > /tmp/benchdev/api2.log 2>&1 &
echo $! > /tmp/benchdev/api2.pid
for i in $(seq 1 100); do curl -sf localhost:3997/health >/dev/null && break; sleep 0.2; done
echo "api2 pid $(cat /tmp/benchdev/api2.pid)"
