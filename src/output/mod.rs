//! output (being built)
