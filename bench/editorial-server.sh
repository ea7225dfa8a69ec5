# Sourced by the benchmark scripts that drive the editorial workflow: starts the microbundle on $PORT (fresh H2 in a
# temporary folder, demo content, a first administrator), waits for its first 200, creates an author and a reviewer,
# and defines approve SLUG (submitted, under review, approved through the API) and write_template (the reference
# article without its review history, its slug SLUG, into template.md: what an author's copy starts from). Leaves the shell in the temporary
# folder; stops the server and removes the folder on exit. Sets base, api, author and reviewer. Finds the build from
# its own place, so a script may source it from anywhere.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$ROOT/web/target/attune-microbundle.jar
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
author='bench-author:bench author password'
reviewer='bench-reviewer:bench reviewer password'
for who in author reviewer; do
    curl -s -o /dev/null -u 'bench-admin:bench admin password' -H 'Content-Type: application/json' \
        -d "{\"username\":\"bench-$who\",\"password\":\"bench $who password\",\"roles\":[\"$who\"]}" "$api/users"
done

approve() {
    for move in "$author submitted" "$reviewer under-review" "$reviewer approved"; do
        curl -s -o /dev/null -u "${move% *}" -H 'Content-Type: application/json' -d "{\"to\":\"${move##* }\"}" \
            "$api/articles/$1/transitions"
    done
}

# the reference article without its review history (an author's file claims none), under a slug given per copy
write_template() {
    python3 - "$ROOT/content-model/src/main/resources/articles/physical-therapy-for-chronic-back-pain.md" <<'PY' > template.md
import re, sys
text = open(sys.argv[1], encoding='utf-8').read()
text = re.sub(r'\nreview:\n(?:[ -].*\n)+', '\n', text, count=1)
print(re.sub(r'\nslug: .*\n', '\nslug: SLUG\n', text, count=1), end='')
PY
}
