mod common;

mod auth;
mod bad_input;
mod invariants;
mod knobs;
mod matrix;
mod reads;
mod rules;
mod spec;
