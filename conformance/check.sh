#!/usr/bin/env bash
# Conformance check: run the CLI's login, switch, workspace list and stats requests against a
# Prism mock of emnify's published OpenAPI spec, and fail on any request-validation violation.
#
# Usage: conformance/check.sh            (from the repository root; builds the binary if needed)
# Env:   EMNIFY_SPEC  path of the spec  (default: ../shared/reference/emnify-openapi/conformance-subset.yml)
#        EMNIFY_BIN   the emnify binary (default: target/debug/emnify)
set -euo pipefail

NAME=conformance
# shellcheck source=conformance/common.sh
source "$(dirname "$0")/common.sh"

PORT=$(free_port)
API_URL="http://127.0.0.1:$PORT"
LOG=$WORK/prism.log
# --errors: a request that violates the spec is answered with an error, so the CLI fails too.
"$PRISM" mock --errors -h 127.0.0.1 -p "$PORT" "$SPEC" >"$LOG" 2>&1 &
PRISM_PID=$!
PIDS+=("$PRISM_PID")

for _ in $(seq 1 120); do
  grep -q "Prism is listening" "$LOG" && break
  kill -0 "$PRISM_PID" 2>/dev/null || { cat "$LOG" >&2; fail "Prism exited during start-up"; }
  sleep 0.5
done
grep -q "Prism is listening" "$LOG" || fail "Prism did not start within 60 s"

printf 'conformance-password\n' >"$WORK/pw"
say "emnify auth login --username conformance@example.com --password-stdin"
cli auth login --username conformance@example.com --password-stdin \
  <"$WORK/pw" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; fail "login failed"; }
# Prism's example Workspace has id 0.
emnify switch 0
emnify workspace list --output json
emnify workspace stats --from 2026-01-01 --to 2026-01-31
emnify workspace stats --all
emnify auth status

# Every request must have been validated, and these must all have been made. The one request
# outside emnify's spec is allowed: `auth status` asks, unauthenticated, whether the server is the
# emulator (GET /emulator/v1/capabilities, see docs/emulator.md); emnify's cloud host is never asked.
if grep -E "did not pass the validation rules|NO_PATH_MATCHED|Route not resolved|UNPROCESSABLE_ENTITY|✖  error" "$LOG" \
  | grep -vF "[HTTP SERVER] get /emulator/v1/capabilities " >&2; then
  fail "Prism reported request-validation violations (above)"
fi
for expected in "post /api/v1/authenticate " "post /api/v1/authenticate/workspace" \
  "get /api/v1/user" "get /api/v2/user/0/workspace" "get /api/v2/workspace/stats/daily" \
  "get /api/v1/organisation/my"; do
  grep -qF "[HTTP SERVER] $expected" "$LOG" || fail "no \`$expected\` request was made"
done
say "OK: $(grep -c 'The request passed the validation rules' "$LOG") requests validated against $(basename "$SPEC"), no violations"
