//! cli (being built)

pub mod emulator;
