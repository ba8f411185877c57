//! profile (being built)
