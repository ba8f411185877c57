mod common;

mod auth;
mod bad_input;
mod cli;
mod golden;
mod invariants;
mod knobs;
mod matrix;
mod reads;
mod rules;
mod scale;
mod spec;
mod v1_users;
