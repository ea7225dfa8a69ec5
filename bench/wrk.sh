#!/usr/bin/env bash
# Attune's pages against nginx serving the very same bytes, in one run on one machine.
#
#   mvn -B -q install -DskipTests && bench/wrk.sh            # defaults: 10 s per page, 32 connections, 2 threads
#   DURATION=60s CONNECTIONS=64 JAVA_OPTS=-Xmx512m bench/wrk.sh
#   ATTUNE_ARGS='--postbootcommandfile tuning.txt' bench/wrk.sh     # more Payara Micro options
#
# Starts the microbundle (a fresh H2 database in a temporary folder, demo content imported) and one nginx worker
# (Debian's package) serving, with gzip_static, the page bytes Attune itself sent. Both are asked with
# "Accept-Encoding: gzip", so the same compressed bytes cross the wire. Prints requests per second, the ratio
# Attune / nginx, non-2xx responses, the time from `java -jar` to the first 200, and Attune's RSS at the end.
# Needs: wrk, nginx, curl (apt-get install wrk nginx curl).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:-}
ATTUNE_ARGS=${ATTUNE_ARGS:-}
ATTUNE_PORT=${ATTUNE_PORT:-8390}
NGINX_PORT=${NGINX_PORT:-8391}
JAR=web/target/attune-microbundle.jar
SLUG=physical-therapy-for-chronic-back-pain

for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "bench/wrk.sh needs $tool (apt-get install wrk nginx curl)" >&2; exit 1; }
done
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -q install -DskipTests first" >&2; exit 1; }

work=$(mktemp -d)
attune_pid=""
cleanup() {
    [ -n "$attune_pid" ] && kill "$attune_pid" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# --- Attune -------------------------------------------------------------------------------------------------------
mkdir -p "$work/attune"
started=$(date +%s%N)
# shellcheck disable=SC2086
(cd "$work/attune" && exec java $JAVA_OPTS -jar "$OLDPWD/$JAR" --port "$ATTUNE_PORT" --nocluster $ATTUNE_ARGS \
    >"$work/attune.log" 2>&1) &
attune_pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$ATTUNE_PORT/" || true)" = 200 ]; do
    kill -0 "$attune_pid" 2>/dev/null || { echo "Attune did not start:" >&2; tail -20 "$work/attune.log" >&2; exit 1; }
    sleep 0.2
done
boot_ms=$(( ($(date +%s%N) - started) / 1000000 ))

# --- The pages, and nginx serving their bytes -----------------------------------------------------------------------
# name | path | audience cookie
pages=(
    "article-patient|/articles/$SLUG|patient"
    "article-student|/articles/$SLUG|student"
    "article-clinician|/articles/$SLUG|clinician"
    "home-patient|/|patient"
    "glossary-patient|/glossary|patient"
    "search-patient|/search?q=bed+rest|patient"
)
mkdir -p "$work/www"
for entry in "${pages[@]}"; do
    IFS='|' read -r name path audience <<<"$entry"
    url="http://127.0.0.1:$ATTUNE_PORT$path"
    curl -s -H "Cookie: attune-audience=$audience" "$url" -o "$work/www/$name.html"
    curl -s -H "Cookie: attune-audience=$audience" -H "Accept-Encoding: gzip" "$url" -o "$work/www/$name.html.gz"
done
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
    uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $work/www;
        default_type text/html;
        gzip_static on;
        etag on;
    }
}
CONF
mkdir -p "$work/tmp"
nginx -c "$work/nginx.conf"

# --- wrk ----------------------------------------------------------------------------------------------------------
rate() { # url cookie -> "requests/s non2xx"
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H "Accept-Encoding: gzip" -H "Cookie: attune-audience=$2" "$1")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    bad=$(awk '/Non-2xx or 3xx responses/ {print $5}' <<<"$out")
    errors=$(awk '/Socket errors/ {print $0}' <<<"$out")
    echo "$rps ${bad:-0} ${errors:+[$errors]}"
}
# Warm-up, not measured: every page once through wrk, so the JIT has compiled the hot paths of both servers.
for entry in "${pages[@]}"; do
    IFS='|' read -r name path audience <<<"$entry"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "Accept-Encoding: gzip" -H "Cookie: attune-audience=$audience" \
        "http://127.0.0.1:$ATTUNE_PORT$path" >/dev/null
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); wrk -t$THREADS -c$CONNECTIONS -d$DURATION; JAVA_OPTS='$JAVA_OPTS' ATTUNE_ARGS='$ATTUNE_ARGS'"
printf '%-18s %8s %12s %12s %7s %9s\n' page bytes attune/s nginx/s ratio non-2xx
for entry in "${pages[@]}"; do
    IFS='|' read -r name path audience <<<"$entry"
    read -r a_rps a_bad a_err <<<"$(rate "http://127.0.0.1:$ATTUNE_PORT$path" "$audience")"
    read -r n_rps _ _ <<<"$(rate "http://127.0.0.1:$NGINX_PORT/$name.html" "$audience")"
    ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { printf "%.2f", a / n }')
    printf '%-18s %8s %12s %12s %7s %9s %s\n' "$name" "$(stat -c %s "$work/www/$name.html.gz")" "$a_rps" "$n_rps" \
        "$ratio" "$a_bad" "$a_err"
done
echo "boot: ${boot_ms} ms from java -jar to the first 200; Attune RSS after the run: $(ps -o rss= -p "$attune_pid" | awk '{printf "%.0f MiB", $1/1024}')"
