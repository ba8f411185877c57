mod common;

mod auth;
mod reads;
