#!/usr/bin/env bash
# How long a refused sign-in takes: a wrong password for an account that exists, and a username that has none
# (issue 23: when the second answered at once, the time told which usernames exist).
#
#   mvn -B -q -pl web -am package -DskipTests && bench/sign-in-timing.sh      # N=40 WARMUP=10 PORT=8398 to vary
#
# Starts the microbundle (bench/editorial-server.sh: fresh H2, demo content, a first administrator), creates accounts,
# then times N refused sign-ins of each kind, taking turns, over HTTP Basic (GET /api/v1/.../workflow) and the form
# (POST /login, its token fetched first and not timed), with curl's time_total; prints each median and the unknown
# username's median as a percentage of the wrong password's. Every attempt uses a username of its own, so that the
# sign-in throttle (five failures per username) never answers in the check's place; the answers are counted by status
# (all should be 401). The first WARMUP of each kind are not counted. Needs curl and python3.
set -euo pipefail

N=${N:-40}
WARMUP=${WARMUP:-10}
PORT=${PORT:-8398}
# shellcheck source=bench/editorial-server.sh
. "$(dirname "$0")/editorial-server.sh"

total=$((N + WARMUP))
for channel in basic form; do
    for i in $(seq 1 "$total"); do
        curl -s -o /dev/null -u 'bench-admin:bench admin password' -H 'Content-Type: application/json' \
            -d "{\"username\":\"timing-$channel-$i\",\"password\":\"timing password $i\",\"roles\":[\"author\"]}" \
            "$api/users"
    done
done

basic() { # username -> "status seconds"
    curl -s -o /dev/null -u "$1:not the password" -w '%{http_code} %{time_total}' \
        "$api/articles/physical-therapy-for-chronic-back-pain/workflow"
}
form() {
    rm -f jar
    csrf=$(curl -s -c jar "$base/login" | python3 -c \
        "import re,sys;print(re.search(r'name=\"csrf\" value=\"([^\"]+)\"',sys.stdin.read()).group(1))")
    curl -s -b jar -o /dev/null -w '%{http_code} %{time_total}' --data-urlencode "username=$1" \
        --data-urlencode 'password=not the password' --data-urlencode "csrf=$csrf" --data-urlencode next=/editor \
        "$base/login"
}

: > times
for channel in basic form; do
    for i in $(seq 1 "$total"); do
        kept=$([ "$i" -gt "$WARMUP" ] && echo yes || echo no)
        echo "$channel wrong-password $kept $($channel "timing-$channel-$i")" >> times
        echo "$channel unknown-username $kept $($channel "nobody-$channel-$i-$RANDOM")" >> times
    done
done

python3 - <<'PY'
import statistics
rows = [line.split() for line in open('times')]
for channel in ('basic', 'form'):
    medians = {}
    for kind in ('wrong-password', 'unknown-username'):
        kept = [r for r in rows if r[0] == channel and r[1] == kind and r[2] == 'yes']
        statuses = sorted({r[3] for r in kept})
        seconds = [float(r[4]) for r in kept]
        medians[kind] = statistics.median(seconds)
        print(f"{channel:5} {kind:16} n={len(seconds)} statuses={','.join(statuses)} "
              f"median={medians[kind] * 1000:.1f} ms (min {min(seconds) * 1000:.1f}, max {max(seconds) * 1000:.1f})")
    print(f"{channel:5} unknown username / wrong password: "
          f"{medians['unknown-username'] / medians['wrong-password'] * 100:.0f} %")
PY
