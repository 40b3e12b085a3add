#!/usr/bin/env bash
# Run a command against a throw-away Redis server (Debian's redis-server): start it on a free loopback port
# (or KECHUANG_REDIS_PORT) with a temporary directory and no persistence, export KECHUANG_REDIS_URL, run the
# command, then stop the server and remove the directory whatever happened.
set -euo pipefail
command -v redis-server >/dev/null || { echo "需要 redis-server(Debian 软件包;make system-deps 会安装)" >&2; exit 1; }
PORT=${KECHUANG_REDIS_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
DIR=$(mktemp -d -t kechuang-redis-XXXXXX)
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$DIR"
}
trap cleanup EXIT
redis-server --bind 127.0.0.1 --port "$PORT" --dir "$DIR" --save "" --appendonly no --daemonize no \
  --logfile "$DIR/redis.log" --maxmemory 512mb --maxmemory-policy allkeys-lru &
PID=$!
for _ in $(seq 50); do
  redis-cli -p "$PORT" ping >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { cat "$DIR/redis.log" >&2; exit 1; }
  sleep 0.1
done
redis-cli -p "$PORT" ping >/dev/null || { echo "Redis 未能在端口 $PORT 启动" >&2; cat "$DIR/redis.log" >&2; exit 1; }
echo "Redis $(redis-server --version | sed -E 's/.*v=([^ ]+).*/\1/') 已启动(端口 $PORT)"
export KECHUANG_REDIS_URL="redis://127.0.0.1:$PORT/0"
"$@"
