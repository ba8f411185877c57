//! HTTP-level tests of the emulator: every rule through its public and extension endpoints.

#[path = "emulator/mod.rs"]
mod suite;
