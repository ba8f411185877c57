//! emulator (being built)
