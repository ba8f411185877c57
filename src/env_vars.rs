//! Every environment variable the program reads, in one place.

/// Directory holding the emulator's database (`emulator.db`), instead of the user data directory.
pub const EMNIFY_DATA_DIR: &str = "EMNIFY_DATA_DIR";
