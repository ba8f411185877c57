//! End-to-end tests of `audit`, `link`, `sso` and `workspace request`: the real binary against
//! an in-process emulator on 127.0.0.1:0, through the shared harness (`tests/common`), which also
//! scans every output for secrets.

#[allow(unused_imports)] // `demo_data` is for other suites
mod common;

#[path = "audit/mod.rs"]
mod suite;
