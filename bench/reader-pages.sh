#!/usr/bin/env bash
# Prints a digest of every reader page (both demo articles, home, glossary, search; each in every built-in
# audience) as the microbundle at web/target serves it, one line a page: SHA-256 of the body, then the address.
# Two builds serve the same pages byte for byte when their outputs are the same:
#   bash bench/reader-pages.sh > before.txt; (change, mvn -B -q install -DskipTests); bash bench/reader-pages.sh > after.txt
#   diff before.txt after.txt
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8093}
JAR=$PWD/web/target/attune-microbundle.jar
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -q install -DskipTests first" >&2; exit 1; }
work=$(mktemp -d)
cd "$work"
java -jar "$JAR" --port "$PORT" > server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
base=http://127.0.0.1:$PORT
for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready" || true)" = 200 ] && break
    sleep 1
done
for audience in patient clinician student; do
    for page in / /articles/physical-therapy-for-chronic-back-pain /articles/heat-therapy-for-low-back-pain \
        /glossary '/glossary?article=heat-therapy-for-low-back-pain' '/search?q=back+pian' '/search?q=heat' \
        /api/v1/articles/physical-therapy-for-chronic-back-pain; do
        sep='?'; [[ $page == *\?* ]] && sep='&'
        url="$base$page${sep}audience=$audience"
        echo "$(curl -s "$url" | sha256sum | cut -c1-16) $page $audience"
    done
done
