//! The cross-Workspace access audit, as pure functions.
//!
//! A collector (in `cli::audit`) fills a [`Snapshot`] through the API; everything here turns that
//! snapshot into a [`Report`] (rows, findings, limitations), compares it with a baseline
//! ([`drift::diff`]), decides `--fail-on` ([`gate`]) and renders CSV and Markdown ([`render`]).
//! Nothing in this module performs I/O, so all of it is unit-tested with hand-built snapshots.

pub mod drift;
pub mod findings;
pub mod gate;
pub mod render;
pub mod report;
pub mod snapshot;

pub use drift::{diff, parse_baseline, Drift};
pub use findings::{Finding, FindingCode, Severity};
pub use gate::FailOn;
pub use report::{build, AuditOptions, LoginMethod, Report, SCHEMA_VERSION};
pub use snapshot::Snapshot;

#[cfg(test)]
mod tests;
