//! api (being built)

pub mod pace;
