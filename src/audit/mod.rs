//! audit (being built)
