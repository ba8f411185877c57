//! `emnify audit`: collect a snapshot through the API, build the report, compare, render.

pub mod collect;
pub mod source;
