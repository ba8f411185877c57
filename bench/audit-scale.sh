#!/usr/bin/env bash
# The full scale test of issue 5: `emnify audit` over 20 Workspaces x 2,000 users against the
# emulator with emnify's rate limits enforced (2,000 requests per 5 minutes, 10 list requests per
# second). It asserts the request count equals the minimum and that no request was refused (a
# refused one would be retried and counted). Expect a bit over 5 minutes: the rate limit, not
# the code, sets the pace. The normal `cargo test` runs the same test at 20 x 100.
set -euo pipefail
cd "$(dirname "$0")/.."
exec cargo test --test audit twenty_workspaces_by_two_thousand_users -- --ignored --nocapture
