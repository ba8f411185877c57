mod common;

mod auth;
mod bad_input;
mod knobs;
mod matrix;
mod reads;
mod rules;
