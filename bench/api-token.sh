#!/usr/bin/env bash
# What an API call costs signed in with HTTP Basic (a PBKDF2 verification, 210,000 iterations, on every call) and with
# an API token (one lookup by the token's SHA-256): issue 19 asks <= 20 ms median for GET .../workflow with a token,
# and <= 150 ms per article for publishing (create + 3 moves).
#
#   mvn -B -q -pl web -am package -DskipTests && bench/api-token.sh      # N=40 WARMUP=10 ARTICLES=20 PORT=8396 to vary
#
# Starts the microbundle (bench/editorial-server.sh: fresh H2, demo content, a first administrator, an author and a
# reviewer), makes a token for the author and one for the reviewer (POST /api/v1/users/me/tokens, with Basic), then
#  - times N GET /api/v1/articles/{slug}/workflow of the demo article with each, taking turns (curl time_total), after
#    WARMUP of each that are not counted;
#  - publishes ARTICLES copies of the reference article with each (taking turns): the author creates it (POST, about
#    11 KB) and submits it, the reviewer takes it up and approves it; the time of an article is the sum of its four
#    calls' time_total.
# Prints each median (and min, max) and the statuses seen (all should be 200 or 201), and the server's CPU time
# (user + system, from /proc) spent from the first publication until its background work has stopped, per article:
# unlike the times, it hardly depends on what else the machine runs. MODES=bearer publishes with the token only (the
# workflow calls still take turns). Needs curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-40}
WARMUP=${WARMUP:-10}
ARTICLES=${ARTICLES:-20}
PORT=${PORT:-8396}
MODES=${MODES:-basic bearer}
# shellcheck source=bench/editorial-server.sh
. bench/editorial-server.sh

write_template

token_of() { # user:password -> a new token of theirs
    curl -s -u "$1" -H 'Content-Type: application/json' -d '{"name":"bench","days":1}' "$api/users/me/tokens" |
        python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])'
}
author_token=$(token_of "$author")
reviewer_token=$(token_of "$reviewer")

call() { # MODE WHO curl-arguments... -> "status seconds"
    local mode=$1 who=$2
    shift 2
    if [ "$mode" = basic ]; then
        local credentials
        [ "$who" = author ] && credentials=$author || credentials=$reviewer
        curl -s -o /dev/null -w '%{http_code} %{time_total}' -u "$credentials" "$@"
    else
        local token
        [ "$who" = author ] && token=$author_token || token=$reviewer_token
        curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" "$@"
    fi
}

: > times
total=$((N + WARMUP))
for i in $(seq 1 "$total"); do
    kept=$([ "$i" -gt "$WARMUP" ] && echo yes || echo no)
    for mode in basic bearer; do
        echo "workflow $mode $kept $(call "$mode" author "$api/articles/physical-therapy-for-chronic-back-pain/workflow")" \
            >> times
    done
done

move() { # MODE WHO SLUG STATE
    call "$1" "$2" -H 'Content-Type: application/json' -d "{\"to\":\"$4\"}" "$api/articles/$3/transitions"
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
cpu_before=$(cpu_ticks)
for i in $(seq 1 "$ARTICLES"); do
    for mode in $MODES; do
        slug=bench-$mode-$i
        sed "s/^slug: SLUG$/slug: $slug/" template.md > article.md
        created=$(call "$mode" author -H 'Content-Type: text/markdown' --data-binary @article.md "$api/articles")
        submitted=$(move "$mode" author "$slug" submitted)
        taken=$(move "$mode" reviewer "$slug" under-review)
        approved=$(move "$mode" reviewer "$slug" approved)
        echo "publish $mode yes $created $submitted $taken $approved" >> times
    done
done

# the background work a publication starts (pages rendered ahead, the search index) counts too: wait until it stops
previous=$(cpu_ticks)
for _ in $(seq 1 60); do
    sleep 1
    now=$(cpu_ticks)
    [ $((now - previous)) -lt 5 ] && break
    previous=$now
done
echo "cpu $(( $(cpu_ticks) - cpu_before )) $(getconf CLK_TCK) $ARTICLES $MODES" >> times

python3 - <<'PY'
import statistics
rows = [line.split() for line in open('times') if not line.startswith('cpu ')]
cpu = [line.split() for line in open('times') if line.startswith('cpu ')][0]
def report(what, mode, seconds, statuses):
    print(f"{what:8} {mode:6} n={len(seconds)} statuses={','.join(sorted(statuses))} "
          f"median={statistics.median(seconds) * 1000:.1f} ms "
          f"(min {min(seconds) * 1000:.1f}, max {max(seconds) * 1000:.1f})")
medians = {}
for mode in ('basic', 'bearer'):
    kept = [r for r in rows if r[0] == 'workflow' and r[1] == mode and r[2] == 'yes']
    seconds = [float(r[4]) for r in kept]
    medians[('workflow', mode)] = statistics.median(seconds)
    report('workflow', mode, seconds, {r[3] for r in kept})
modes = [m for m in ('basic', 'bearer') if any(r[0] == 'publish' and r[1] == m for r in rows)]
for mode in modes:
    kept = [r for r in rows if r[0] == 'publish' and r[1] == mode]
    seconds = [sum(float(t) for t in r[4::2]) for r in kept]
    medians[('publish', mode)] = statistics.median(seconds)
    report('publish', mode, seconds, {s for r in kept for s in r[3::2]})
for mode in modes:
    kept = [r for r in rows if r[0] == 'publish' and r[1] == mode]
    steps = [statistics.median(float(r[4 + 2 * k]) for r in kept) * 1000 for k in range(4)]
    print(f"publish  {mode:6} medians of create, submitted, under-review, approved: "
          + ", ".join(f"{s:.1f}" for s in steps) + " ms")
for what in ('workflow', 'publish'):
    if (what, 'basic') in medians and (what, 'bearer') in medians:
        print(f"{what:8} bearer / basic: {medians[(what, 'bearer')] / medians[(what, 'basic')] * 100:.0f} %")
articles = int(cpu[3]) * len(cpu[4:])
print(f"server CPU from the first publication until its background work stopped: {int(cpu[1]) / int(cpu[2]):.1f} s, "
      f"{int(cpu[1]) / int(cpu[2]) / articles * 1000:.0f} ms per article ({articles} articles: {' '.join(cpu[4:])})")
PY
