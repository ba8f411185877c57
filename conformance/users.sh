#!/usr/bin/env bash
# Conformance of the `user` commands' requests with emnify's published spec.
#
# The user commands depend on real state (who has access where), which Prism's mock cannot
# hold, so here Prism runs as a validating proxy in front of the emulator: every request the CLI
# sends is checked against the spec and then answered by the emulator. Request violations fail
# the check, and so does any response violation but the documented 204s below.
#
# Usage: conformance/users.sh   (from the repository root; same environment as check.sh)
set -euo pipefail

NAME="conformance (users)"
# shellcheck source=conformance/common.sh
source "$(dirname "$0")/common.sh"

EMU_PORT=$(free_port)
PROXY_PORT=$(free_port)
API_URL="http://127.0.0.1:$PROXY_PORT"

env -i PATH="$PATH" HOME="$WORK/home" EMNIFY_DATA_DIR="$WORK/data" \
  "$BIN" emulator serve --in-memory --port "$EMU_PORT" >"$WORK/emu.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$EMU_PORT/emulator/v1/capabilities" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fsS "http://127.0.0.1:$EMU_PORT/emulator/v1/capabilities" >/dev/null \
  || { cat "$WORK/emu.log" >&2; fail "the emulator did not start"; }

LOG=$WORK/prism.log
"$PRISM" proxy -h 127.0.0.1 -p "$PROXY_PORT" "$SPEC" "http://127.0.0.1:$EMU_PORT" >"$LOG" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do
  grep -q "Prism is listening" "$LOG" && break
  sleep 0.5
done
grep -q "Prism is listening" "$LOG" || { cat "$LOG" >&2; fail "Prism did not start within 60 s"; }

# Demo data (docs/emulator.md): the SuperAdmin administers Acme Corp, Acme EU, Acme Sandbox.
printf 'emnify-demo\n' >"$WORK/pw"
STDIN=$WORK/pw emnify auth login --username superadmin@acme.example --password-stdin
emnify user list
emnify user list --all-workspaces --role observer
emnify user show contractor@acme.example
emnify user invite new@acme.example --name "New Person" --role observer --workspace "Acme EU"
emnify user add observer@acme.example --role user --workspace "Acme Sandbox"
emnify user role set observer@acme.example observer --add --workspace "Acme Sandbox"
emnify user role unset observer@acme.example user --workspace "Acme Sandbox" --yes
emnify user suspend observer@acme.example --workspace "Acme Sandbox" --yes
emnify user activate observer@acme.example --workspace "Acme Sandbox"
emnify user set-default observer@acme.example "Acme EU"
emnify user remove observer@acme.example --workspace "Acme Sandbox" --yes
emnify user export --file "$WORK/access.yaml"
sed -e 's/^      Acme Corp: observer$/      Acme Corp: user/' \
  -e '/^  - email: eu-admin@acme.example$/,/^      Acme EU: administrator$/d' \
  "$WORK/access.yaml" >"$WORK/edited.yaml"
cmp -s "$WORK/access.yaml" "$WORK/edited.yaml" && fail "the edit of the exported file did nothing"
emnify user apply --file "$WORK/edited.yaml" --prune --yes

if grep -E "Violation: request|NO_PATH_MATCHED|Route not resolved" "$LOG" >&2; then
  fail "Prism reported request violations (above)"
fi
# The emulator's answers, as Prism sees them: the one known departure is that the v2 role, status
# and removal calls answer 204 with no body (as emnify's API answers, API-FACTS.md) where the spec
# declares a JSON object. Any other response violation fails.
UNEXPECTED=$(awk '
  /The upstream call to / { call = $0; sub(/.*The upstream call to /, "", call) }
  /Violation: response/ {
    if (call ~ /^\/api\/v2\/user\/[0-9]+\/workspace\/[0-9]+(\/role\/[0-9]+)? has returned 204$/) next
    print "after " call ": " $0
  }' "$LOG")
if [ -n "$UNEXPECTED" ]; then
  echo "$UNEXPECTED" >&2
  fail "the emulator answered outside emnify's spec (above)"
fi
for expected in "get /api/v1/user" "get /api/v2/user/5/workspace" "post /api/v2/user/invitation" \
  "put /api/v2/user/5/workspace/1003/role/3" "delete /api/v2/user/5/workspace/1003/role/2" \
  "patch /api/v2/user/5/workspace/1003" "put /api/v2/user/5/default_organisation/1002" \
  "delete /api/v2/user/5/workspace/1003" "delete /api/v2/user/3/workspace/1002"; do
  grep -qF "[HTTP SERVER] $expected" "$LOG" || fail "no \`$expected\` request was made"
done
say "OK: $(grep -c 'Request received' "$LOG") requests checked against $(basename "$SPEC"), no request violations, no unexpected response violations"
