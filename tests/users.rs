//! End-to-end tests of `emnify user …`: the real binary against the in-process emulator, with
//! the server's state read back from the emulator's store after each change.

mod common;

#[path = "users/apply.rs"]
mod apply;
#[path = "users/change.rs"]
mod change;
#[path = "users/invite.rs"]
mod invite;
#[path = "users/read.rs"]
mod read;
#[path = "users/state.rs"]
mod state;
