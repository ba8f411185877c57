# Set-up shared by the conformance scripts; sourced by them, not run on its own.
# The sourcing script sets NAME (the prefix of its messages) first, and API_URL before it runs
# `emnify` or `cli`. Env: EMNIFY_SPEC, EMNIFY_BIN (see check.sh); KEEP_WORK=DIR copies the
# scratch directory (Prism's log, the emulator's log) to DIR on exit, for debugging.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SPEC=${EMNIFY_SPEC:-$ROOT/../shared/reference/emnify-openapi/conformance-subset.yml}
BIN=${EMNIFY_BIN:-${CARGO_TARGET_DIR:-$ROOT/target}/debug/emnify}
PRISM_DIR=$ROOT/conformance/.prism
PRISM=$PRISM_DIR/node_modules/.bin/prism

say() { echo "$NAME: $*" >&2; }
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

# Scratch space, and the background processes (added to PIDS) stopped on exit.
WORK=$(mktemp -d)
PIDS=()
stop() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
  for pid in "${PIDS[@]}"; do stop "$pid"; done
  [ -n "${KEEP_WORK:-}" ] && cp -r "$WORK" "$KEEP_WORK"; rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# The CLI against API_URL, with a fresh HOME and configuration under WORK.
cli() {
  env -i PATH="$PATH" HOME="$WORK/home" EMNIFY_CONFIG_DIR="$WORK/config" \
    EMNIFY_CREDENTIAL_STORE=file EMNIFY_API_URL="$API_URL" NO_COLOR=1 \
    timeout 60 "$BIN" --no-input "$@"
}

# One CLI command, stdin from STDIN (default /dev/null), stdout in WORK/out; fail when it fails.
emnify() {
  say "emnify $*"
  cli "$@" <"${STDIN:-/dev/null}" >"$WORK/out" 2>"$WORK/err" || {
    local rc=$?
    cat "$WORK/err" >&2
    fail "emnify $* exited with $rc"
  }
}
