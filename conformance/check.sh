#!/usr/bin/env bash
# Conformance check: run the CLI's login, switch, workspace list and stats requests against a
# Prism mock of emnify's published OpenAPI spec, and fail on any request-validation violation.
#
# Usage: conformance/check.sh            (from the repository root; builds the binary if needed)
# Env:   EMNIFY_SPEC  path of the spec  (default: ../shared/reference/emnify-openapi/conformance-subset.yml)
#        EMNIFY_BIN   the emnify binary (default: target/debug/emnify)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SPEC=${EMNIFY_SPEC:-$ROOT/../shared/reference/emnify-openapi/conformance-subset.yml}
BIN=${EMNIFY_BIN:-${CARGO_TARGET_DIR:-$ROOT/target}/debug/emnify}
PRISM_DIR=$ROOT/conformance/.prism
PRISM=$PRISM_DIR/node_modules/.bin/prism

say() { echo "conformance: $*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

[ -f "$SPEC" ] || fail "spec not found at $SPEC (set EMNIFY_SPEC)"
command -v node >/dev/null || fail "node is needed for Prism"
if [ ! -x "$BIN" ]; then
  say "building the binary"
  cargo build --quiet --manifest-path "$ROOT/Cargo.toml" --bin emnify
fi
if [ ! -x "$PRISM" ]; then
  say "installing @stoplight/prism-cli into $PRISM_DIR"
  mkdir -p "$PRISM_DIR"
  timeout 300 npm install --prefix "$PRISM_DIR" --no-audit --no-fund --loglevel=error \
    @stoplight/prism-cli@5 >&2 || fail "npm install of @stoplight/prism-cli failed"
fi

WORK=$(mktemp -d)
PRISM_PID=
cleanup() {
  if [ -n "$PRISM_PID" ] && kill -0 "$PRISM_PID" 2>/dev/null; then
    kill "$PRISM_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$PRISM_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$PRISM_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
LOG=$WORK/prism.log
# --errors: a request that violates the spec is answered with an error, so the CLI fails too.
"$PRISM" mock --errors -h 127.0.0.1 -p "$PORT" "$SPEC" >"$LOG" 2>&1 &
PRISM_PID=$!

for _ in $(seq 1 120); do
  grep -q "Prism is listening" "$LOG" && break
  kill -0 "$PRISM_PID" 2>/dev/null || { cat "$LOG" >&2; fail "Prism exited during start-up"; }
  sleep 0.5
done
grep -q "Prism is listening" "$LOG" || fail "Prism did not start within 60 s"

run() {
  say "emnify $*"
  env -i PATH="$PATH" HOME="$WORK/home" EMNIFY_CONFIG_DIR="$WORK/config" \
    EMNIFY_CREDENTIAL_STORE=file EMNIFY_API_URL="http://127.0.0.1:$PORT" NO_COLOR=1 \
    timeout 60 "$BIN" --no-input "$@" </dev/null >"$WORK/out" 2>"$WORK/err" || {
    cat "$WORK/err" >&2
    fail "emnify $* exited with $?"
  }
}

printf 'conformance-password\n' >"$WORK/pw"
say "emnify auth login --username conformance@example.com --password-stdin"
env -i PATH="$PATH" HOME="$WORK/home" EMNIFY_CONFIG_DIR="$WORK/config" \
  EMNIFY_CREDENTIAL_STORE=file EMNIFY_API_URL="http://127.0.0.1:$PORT" NO_COLOR=1 \
  timeout 60 "$BIN" --no-input auth login --username conformance@example.com --password-stdin \
  <"$WORK/pw" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; fail "login failed"; }
# Prism's example Workspace has id 0.
run switch 0
run workspace list --output json
run workspace stats --from 2026-01-01 --to 2026-01-31
run workspace stats --all
run auth status

# Every request must have been validated, and these must all have been made.
if grep -E "did not pass the validation rules|NO_PATH_MATCHED|Route not resolved|UNPROCESSABLE_ENTITY|✖  error" "$LOG" >&2; then
  fail "Prism reported request-validation violations (above)"
fi
for expected in "post /api/v1/authenticate " "post /api/v1/authenticate/workspace" \
  "get /api/v1/user" "get /api/v2/user/0/workspace" "get /api/v2/workspace/stats/daily" \
  "get /api/v1/organisation/my"; do
  grep -qF "[HTTP SERVER] $expected" "$LOG" || fail "no \`$expected\` request was made"
done
say "OK: $(grep -c 'The request passed the validation rules' "$LOG") requests validated against $(basename "$SPEC"), no violations"
