//! `--fail-on` exit codes, and bad input refused before any request is made.

use super::harness::*;

#[test]
fn fail_on_severity_sets_exit_code_10_and_still_prints_the_report() {
    let env = start();
    let out = env.run(&["audit", "--output", "json", "--fail-on", "high"]);
    assert_eq!(out.code, 10, "{}", out.stderr);
    assert_valid(&out.json());
    assert!(
        out.stderr
            .contains("error: the audit failed `--fail-on high`"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("2 finding(s) of severity high or higher"),
        "{}",
        out.stderr
    );

    // the demo has no critical finding
    let ok = env.run(&["audit", "--output", "json", "--fail-on", "critical"]);
    assert_eq!(ok.code, 0, "{}", ok.stderr);

    let medium = env.run(&["audit", "--output", "csv", "--fail-on", "critical,medium"]);
    assert_eq!(medium.code, 10, "{}", medium.stderr);
    assert!(
        medium
            .stderr
            .contains("4 finding(s) of severity medium or higher"),
        "{}",
        medium.stderr
    );
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let env = start();
    env.emu().reset_metrics();

    let drift = env.run(&["audit", "--fail-on", "drift"]);
    assert_eq!(drift.code, 2, "{}", drift.stderr);
    assert!(
        drift
            .stderr
            .contains("`--fail-on drift` needs `--baseline FILE`"),
        "{}",
        drift.stderr
    );

    let unknown = env.run(&["audit", "--fail-on", "severe"]);
    assert_eq!(unknown.code, 2, "{}", unknown.stderr);

    let missing = env.run(&["audit", "--baseline", "/nonexistent/baseline.json"]);
    assert_eq!(missing.code, 2, "{}", missing.stderr);

    let junk = env.home().join("junk.json");
    std::fs::write(&junk, r#"{"schema_version": 99}"#).expect("write");
    let bad = env.run(&["audit", "--baseline", junk.to_str().expect("path")]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(bad.stderr.contains("schema_version 99"), "{}", bad.stderr);
    for out in [&drift, &unknown, &missing, &bad] {
        assert!(
            out.stdout.is_empty(),
            "stdout must stay empty: {}",
            out.stdout
        );
    }
    assert_eq!(
        env.emu().metrics()["total"],
        0,
        "no request may be made: {}",
        env.emu().metrics()
    );
}
