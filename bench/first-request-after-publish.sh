#!/usr/bin/env bash
# How long the first request for each page takes after a publication (every cache stale), and the request after.
#
#   mvn -B -q install -DskipTests && bench/first-request-after-publish.sh      # RUNS=5 PORT=8396 to vary
#
# Starts the microbundle (fresh H2 in a temporary folder, demo content, a first administrator), creates an author and
# a reviewer, warms the pages up, then RUNS times: an article is created, submitted, reviewed and approved through the
# API, and each page is asked twice with curl. Needs curl.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
PORT=${PORT:-8396}
JAR=$PWD/web/target/attune-microbundle.jar
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -q install -DskipTests first" >&2; exit 1; }

work=$(mktemp -d)
cd "$work"
ATTUNE_ADMIN_USER=bench-admin ATTUNE_ADMIN_PASSWORD='bench admin password' \
    java -jar "$JAR" --port "$PORT" > server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
base=http://127.0.0.1:$PORT
for _ in $(seq 1 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/" || true)" = 200 ] && break
    sleep 1
done

api=$base/api/v1
admin='bench-admin:bench admin password'
author='bench-author:bench author password'
reviewer='bench-reviewer:bench reviewer password'
curl -s -o /dev/null -u "$admin" -H 'Content-Type: application/json' \
    -d '{"username":"bench-author","password":"bench author password","roles":["author"]}' "$api/users"
curl -s -o /dev/null -u "$admin" -H 'Content-Type: application/json' \
    -d '{"username":"bench-reviewer","password":"bench reviewer password","roles":["reviewer"]}' "$api/users"
ask() { curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{time_total}' "$base$1"; }
for page in / /articles/physical-therapy-for-chronic-back-pain /glossary '/search?q=pain'; do
    for _ in 1 2 3; do ask "$page" >/dev/null; done
done

for n in $(seq 1 "$RUNS"); do
    slug=bench-article-$n
    printf -- '---\nslug: %s\ntitle: Does benchmark %s help back pain?\nreferences:\n  - number: 1\n    type: other\n    title: A source\n    source: A publisher\n    year: 2024\n---\nBenchmarks may help a little. [1]\n\n## Evidence\n\n- **Pain:** In 1 trial, pain fell. [1]\n' "$slug" "$n" > article.md
    curl -s -o /dev/null -u "$author" -H 'Content-Type: text/markdown' --data-binary @article.md "$api/articles"
    for move in "$author submitted" "$reviewer under-review" "$reviewer approved"; do
        curl -s -o /dev/null -u "${move% *}" -H 'Content-Type: application/json' -d "{\"to\":\"${move##* }\"}" \
            "$api/articles/$slug/transitions"
    done
    for page in /articles/physical-therapy-for-chronic-back-pain / "/articles/$slug" /glossary '/search?q=pain'; do
        first=$(ask "$page")
        printf 'run %s %-50s first %s s, then %s s\n' "$n" "$page" "$first" "$(ask "$page")"
    done
done
