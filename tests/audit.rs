//! End-to-end tests of `audit`, `link`, `sso` and `workspace request`: the real binary against
//! an in-process emulator on 127.0.0.1:0.

#[path = "audit/mod.rs"]
mod suite;
