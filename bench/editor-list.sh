#!/usr/bin/env bash
# How long the editors' list (/editor) takes to answer as a hospital's articles grow.
#
#   mvn -B -q install -DskipTests && bench/editor-list.sh      # ARTICLES=200 STEP=50 PORT=8397 ASKS=5 to vary
#
# Starts the microbundle (fresh H2 in a temporary folder, demo content, a first administrator), creates an author and
# a reviewer, then adds approved articles STEP at a time (each a copy of the reference article under its own slug,
# about 11 KB of source, submitted, reviewed and approved through the API) up to ARTICLES, and after each step signs
# in and asks for /editor ASKS times, printing each answer's time. Needs curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-200}
STEP=${STEP:-50}
PORT=${PORT:-8397}
ASKS=${ASKS:-5}
# shellcheck source=bench/editorial-server.sh
. bench/editorial-server.sh

write_template

curl -s -c cookies -o login.html "$base/login"
csrf=$(python3 -c "import re;print(re.search(r'name=\"csrf\" value=\"([^\"]+)\"',open('login.html').read()).group(1))")
curl -s -b cookies -c cookies -o /dev/null --data-urlencode username=bench-reviewer \
    --data-urlencode 'password=bench reviewer password' --data-urlencode "csrf=$csrf" --data-urlencode next=/editor \
    "$base/login"

added=0
while [ "$added" -lt "$ARTICLES" ]; do
    for _ in $(seq 1 "$STEP"); do
        added=$((added + 1))
        slug=bench-copy-$added
        sed "s/^slug: SLUG$/slug: $slug/" template.md > article.md
        curl -s -o /dev/null -u "$author" -H 'Content-Type: text/markdown' --data-binary @article.md "$api/articles"
        approve "$slug"
    done
    times=()
    for _ in $(seq 1 "$ASKS"); do
        times+=("$(curl -s -b cookies -o editor.html -w '%{http_code} %{time_total}' "$base/editor")")
    done
    rows=$(grep -c '<tr' editor.html || true)
    printf '%4d articles (+2 demo), /editor rows %s: %s\n' "$added" "$rows" "${times[*]}"
done
