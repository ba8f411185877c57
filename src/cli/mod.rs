//! cli (being built)

pub mod audit;
