#!/usr/bin/env bash
# How long the first request for each page takes after a publication (every cache stale), and the request after.
#
#   mvn -B -q install -DskipTests && bench/first-request-after-publish.sh      # RUNS=5 PORT=8396 to vary
#
# Starts the microbundle (fresh H2 in a temporary folder, demo content, a first administrator), creates an author and
# a reviewer, warms the pages up, then RUNS times: (1) an article is created, submitted, reviewed and approved through
# the API, and each page is asked twice with curl; (2) the reference article itself gets a new revision (a sentence
# added), approved, and its page is asked twice in each audience. WAIT seconds (default 0: at once) pass between the
# approval's answer and the first request. Needs curl and python3.
set -euo pipefail

RUNS=${RUNS:-5}
PORT=${PORT:-8396}
WAIT=${WAIT:-0}
# shellcheck source=bench/editorial-server.sh
. "$(dirname "$0")/editorial-server.sh"
ask() { curl -s -o /dev/null -H 'Accept-Encoding: gzip' -H "Cookie: attune-audience=${2:-patient}" \
    -w '%{time_total}' "$base$1"; }
reference=physical-therapy-for-chronic-back-pain
for page in / /articles/physical-therapy-for-chronic-back-pain /glossary '/search?q=pain'; do
    for _ in 1 2 3; do ask "$page" >/dev/null; done
done

for n in $(seq 1 "$RUNS"); do
    slug=bench-article-$n
    printf -- '---\nslug: %s\ntitle: Does benchmark %s help back pain?\nreferences:\n  - number: 1\n    type: other\n    title: A source\n    source: A publisher\n    year: 2024\n---\nBenchmarks may help a little. [1]\n\n## Evidence\n\n- **Pain:** In 1 trial, pain fell. [1]\n' "$slug" "$n" > article.md
    curl -s -o /dev/null -u "$author" -H 'Content-Type: text/markdown' --data-binary @article.md "$api/articles"
    approve "$slug"
    sleep "$WAIT"
    for page in "/articles/$reference" / "/articles/$slug" /glossary '/search?q=pain'; do
        first=$(ask "$page")
        printf 'run %s %-60s first %s s, then %s s\n' "$n" "$page" "$first" "$(ask "$page")"
    done

    etag=$(curl -s -D - -o source.md -u "$author" "$api/articles/$reference/source" \
        | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')
    # an author's file claims no review (the demo file's history goes), and a sentence is added to the bottom line
    python3 - "$n" <<'PY'
import re, sys
text = open('source.md', encoding='utf-8').read()
text = re.sub(r'\nreview:\n(?:[ -].*\n)+', '\n', text, count=1)
text = re.sub(r'\n\n## ', ' This is revision %s.\n\n## ' % sys.argv[1], text, count=1)
open('source.md', 'w', encoding='utf-8').write(text)
PY
    curl -s -o /dev/null -u "$author" -X PUT -H "If-Match: $etag" -H 'Content-Type: text/markdown' \
        --data-binary @source.md "$api/articles/$reference/source"
    approve "$reference"
    sleep "$WAIT"
    for audience in patient student clinician; do
        first=$(ask "/articles/$reference" "$audience")
        printf 'run %s %-60s first %s s, then %s s\n' "$n" "/articles/$reference ($audience, republished)" "$first" \
            "$(ask "/articles/$reference" "$audience")"
    done
done
