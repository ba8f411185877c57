mod common;

mod auth;
mod matrix;
mod reads;
