mod common;

mod auth;
mod bad_input;
mod cli;
mod invariants;
mod knobs;
mod matrix;
mod reads;
mod rules;
mod scale;
mod spec;
