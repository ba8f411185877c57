//! Unit tests over hand-built snapshots, starting with the demo data of issue 2.

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::drift::{diff, parse_baseline, BaselineError, ChangeKind};
use super::findings::{FindingCode, Severity};
use super::gate::{self, FailOn};
use super::render;
use super::report::{build, AuditOptions, LoginMethod, Report};
use super::snapshot::*;

const CORP: i64 = 1;
const EU: i64 = 2;
const SANDBOX: i64 = 3;
const GLOBEX: i64 = 4;

const SUPERADMIN: i64 = 1;
const ADMIN: i64 = 2;
const EU_ADMIN: i64 = 3;
const CONTRACTOR: i64 = 4;
const OBSERVER: i64 = 5;
const SUSPENDED: i64 = 6;
const PENDING: i64 = 7;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 3, 18, 0, 0)
        .single()
        .unwrap_or_default()
}

fn acme() -> WorkspaceRef {
    WorkspaceRef {
        id: CORP,
        name: "Acme Corp".into(),
    }
}

fn ws(id: i64, name: &str, linked: bool, sso: SsoState) -> WorkspaceInfo {
    WorkspaceInfo {
        id,
        name: name.into(),
        link: if linked {
            LinkState::Linked {
                main_organisation: acme(),
            }
        } else {
            LinkState::NotLinked
        },
        sso,
        coverage: Coverage::Audited,
    }
}

fn member(workspace_id: i64, role: Role, status: MemberStatus) -> Membership {
    Membership {
        workspace_id,
        roles: vec![role],
        status,
    }
}

fn user(id: i64, email: &str, default: i64, memberships: Vec<Membership>) -> UserInfo {
    UserInfo {
        id,
        username: email.into(),
        name: Some(email.split('@').next().unwrap_or_default().into()),
        default_workspace: Some(default),
        created: Some(now() - Duration::days(400)),
        invited_at: None,
        account_security: None,
        memberships,
    }
}

/// The demo data of issue 2 (as the emulator loads it) seen by the SuperAdmin's audit. The issue
/// does not name the observer's default; the emulator makes it Acme Corp, their first Workspace.
fn demo() -> Snapshot {
    use MemberStatus::*;
    let sa = |w| member(w, Role::superadmin(), Active);
    let mut pending = user(
        PENDING,
        "pending@acme.example",
        CORP,
        vec![member(CORP, Role::user(), ActivationPending)],
    );
    pending.created = Some(now() - Duration::days(30));
    pending.invited_at = Some(now() - Duration::days(30));
    Snapshot {
        taken_at: now(),
        source: "embedded".into(),
        caller: Some(UserRef {
            id: SUPERADMIN,
            username: "superadmin@acme.example".into(),
        }),
        main_organisation: Some(acme()),
        superadmin: Some(SUPERADMIN),
        workspaces: vec![
            ws(CORP, "Acme Corp", true, SsoState::none()),
            ws(
                EU,
                "Acme EU",
                true,
                SsoState::Known {
                    provider: Some("microsoft".into()),
                    verified: true,
                    active: true,
                },
            ),
            ws(SANDBOX, "Acme Sandbox", true, SsoState::none()),
            WorkspaceInfo {
                id: GLOBEX,
                name: "Globex Logistics".into(),
                link: LinkState::NotLinked,
                sso: SsoState::Unknown {
                    reason: "not audited".into(),
                },
                coverage: Coverage::NotAuditable {
                    caller_role: Some("Observer".into()),
                    reason: "Observer: emnify lets only Administrators list users".into(),
                },
            },
        ],
        outside_defaults: vec![],
        users: vec![
            user(
                SUPERADMIN,
                "superadmin@acme.example",
                CORP,
                vec![sa(CORP), sa(EU), sa(SANDBOX)],
            ),
            user(
                ADMIN,
                "admin@acme.example",
                CORP,
                vec![member(CORP, Role::administrator(), Active)],
            ),
            user(
                EU_ADMIN,
                "eu-admin@acme.example",
                EU,
                vec![member(EU, Role::administrator(), Active)],
            ),
            user(
                CONTRACTOR,
                "contractor@acme.example",
                SANDBOX,
                vec![
                    member(SANDBOX, Role::user(), Active),
                    member(EU, Role::administrator(), Active),
                ],
            ),
            user(
                OBSERVER,
                "observer@acme.example",
                CORP,
                vec![
                    member(CORP, Role::observer(), Active),
                    member(EU, Role::observer(), Active),
                ],
            ),
            user(
                SUSPENDED,
                "suspended-admin@acme.example",
                SANDBOX,
                vec![member(SANDBOX, Role::administrator(), Suspended)],
            ),
            pending,
        ],
        limitations: vec![],
    }
}

fn codes(report: &Report) -> Vec<(FindingCode, Option<i64>, Option<i64>)> {
    report
        .findings
        .iter()
        .map(|f| {
            (
                f.code,
                f.workspace.as_ref().map(|w| w.id),
                f.user.as_ref().map(|u| u.id),
            )
        })
        .collect()
}

/// The planted findings, plus one the demo data implies: the observer's default Acme Corp has no
/// SSO, so they log in with a password and switch into Acme EU, where SSO is active (DESIGN.md
/// rule 8). It is true, so it is reported (at medium: Observer, not Administrator).
#[test]
fn demo_findings_are_exactly_the_planted_ones_and_the_observer() {
    let report = build(&demo(), &AuditOptions::default());
    let mut got = codes(&report);
    got.sort();
    let mut want = vec![
        (
            FindingCode::PasswordLoginIntoSsoWorkspace,
            Some(EU),
            Some(CONTRACTOR),
        ),
        (
            FindingCode::PasswordLoginIntoSsoWorkspace,
            Some(EU),
            Some(OBSERVER),
        ),
        (FindingCode::NoActiveAdministrator, Some(SANDBOX), None),
        (
            FindingCode::SuspendedAdministrator,
            Some(SANDBOX),
            Some(SUSPENDED),
        ),
        (FindingCode::StaleInvitation, Some(CORP), Some(PENDING)),
    ];
    want.sort();
    assert_eq!(got, want, "{:#?}", report.findings);
    let sev: Vec<_> = report.findings.iter().map(|f| f.severity).collect();
    assert_eq!(
        sev,
        vec![
            Severity::High,
            Severity::High,
            Severity::Medium,
            Severity::Medium,
            Severity::Low
        ]
    );
    let sandbox = report
        .findings
        .iter()
        .find(|f| f.code == FindingCode::NoActiveAdministrator);
    assert_eq!(
        sandbox.map(|f| f.message.as_str()),
        Some("Acme Sandbox has no active Administrator besides the SuperAdmin")
    );
}

#[test]
fn demo_rows_cover_seven_users_in_three_workspaces_and_not_globex() {
    let report = build(&demo(), &AuditOptions::default());
    assert_eq!(report.summary.users, 7);
    assert_eq!(report.summary.audited_workspaces, 3);
    assert_eq!(report.summary.workspaces, 4);
    // 3 SuperAdmin + admin + eu-admin + 2 contractor + 2 observer + suspended + pending
    assert_eq!(report.rows.len(), 11);
    assert!(report.rows.iter().all(|r| r.workspace.id != GLOBEX));
    let globex = report.workspaces.iter().find(|w| w.id == GLOBEX);
    assert!(matches!(
        globex.map(|w| &w.coverage),
        Some(Coverage::NotAuditable { reason, .. }) if reason.contains("only Administrators")
    ));
    assert_eq!(globex.and_then(|w| w.user_count), None);
    assert!(report
        .limitations
        .iter()
        .any(|l| l.contains("Globex Logistics (4) was not audited")));
}

#[test]
fn login_method_follows_the_default_workspace() {
    let report = build(&demo(), &AuditOptions::default());
    let method = |user: i64, wsid: i64| {
        report
            .rows
            .iter()
            .find(|r| r.user.id == user && r.workspace.id == wsid)
            .map(|r| r.login_method)
    };
    // contractor logs in with a password everywhere, including Acme EU which has SSO
    assert_eq!(method(CONTRACTOR, EU), Some(LoginMethod::Password));
    assert_eq!(method(CONTRACTOR, SANDBOX), Some(LoginMethod::Password));
    // eu-admin's default Acme EU has SSO
    assert_eq!(method(EU_ADMIN, EU), Some(LoginMethod::Sso));
    // the SuperAdmin's password access into Acme EU is shown in the rows, not as a finding
    assert_eq!(method(SUPERADMIN, EU), Some(LoginMethod::Password));
}

/// `--workspace "Acme EU"`: Acme Corp and Acme Sandbox are not audited, but they are users'
/// defaults, so the collector passes their names and SSO along and the login methods stay known.
fn scoped_to_eu() -> Snapshot {
    let mut snap = demo();
    snap.workspaces.retain(|w| w.id == EU);
    snap.outside_defaults = vec![
        DefaultWorkspace {
            id: CORP,
            name: "Acme Corp".into(),
            sso: SsoState::none(),
        },
        DefaultWorkspace {
            id: SANDBOX,
            name: "Acme Sandbox".into(),
            sso: SsoState::none(),
        },
    ];
    for u in &mut snap.users {
        u.memberships.retain(|m| m.workspace_id == EU);
    }
    snap.users.retain(|u| !u.memberships.is_empty());
    snap
}

#[test]
fn a_scoped_audit_knows_defaults_outside_it() {
    let report = build(&scoped_to_eu(), &AuditOptions::default());
    let mut got = codes(&report);
    got.sort();
    let mut want = vec![
        (
            FindingCode::PasswordLoginIntoSsoWorkspace,
            Some(EU),
            Some(CONTRACTOR),
        ),
        (
            FindingCode::PasswordLoginIntoSsoWorkspace,
            Some(EU),
            Some(OBSERVER),
        ),
    ];
    want.sort();
    assert_eq!(got, want, "{:#?}", report.findings);
    let contractor = report
        .rows
        .iter()
        .find(|r| r.user.id == CONTRACTOR)
        .map(|r| {
            (
                r.default_workspace.as_ref().map(|w| w.name.as_str()),
                r.login_method,
                r.login_reason.as_str(),
            )
        });
    assert_eq!(
        contractor,
        Some((
            Some("Acme Sandbox"),
            LoginMethod::Password,
            "default Workspace Acme Sandbox has no active SSO"
        ))
    );
    assert!(
        report
            .rows
            .iter()
            .all(|r| r.login_method != LoginMethod::Unknown),
        "{:#?}",
        report.rows
    );
    assert!(
        !report.limitations.iter().any(|l| l.contains("cannot see")),
        "{:?}",
        report.limitations
    );
    // the report lists only the audited Workspace: a default is no coverage
    assert_eq!(report.workspaces.len(), 1);

    // a default outside the audit whose SSO is unknown leaves the login method unknown
    let mut unknown = scoped_to_eu();
    unknown.outside_defaults[1].sso = SsoState::Unknown {
        reason: "reading them failed: HTTP 503".into(),
    };
    let report = build(&unknown, &AuditOptions::default());
    let flagged: Vec<_> = codes(&report)
        .into_iter()
        .filter(|c| c.0 == FindingCode::PasswordLoginIntoSsoWorkspace)
        .map(|c| c.2)
        .collect();
    assert_eq!(flagged, vec![Some(OBSERVER)]);
}

#[test]
fn observer_whose_default_has_sso_is_not_flagged() {
    let mut snap = demo();
    if let Some(u) = snap.users.iter_mut().find(|u| u.id == OBSERVER) {
        u.default_workspace = Some(EU);
    }
    let report = build(&snap, &AuditOptions::default());
    let hits: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::PasswordLoginIntoSsoWorkspace)
        .map(|f| (f.user_id(), f.severity))
        .collect();
    assert_eq!(hits, vec![(Some(CONTRACTOR), Severity::High)]);
}

#[test]
fn unknown_sso_yields_unknown_login_and_no_sso_finding() {
    let mut snap = demo();
    for w in &mut snap.workspaces {
        w.sso = SsoState::Unknown {
            reason: "not available from emnify's public API".into(),
        };
    }
    let report = build(&snap, &AuditOptions::default());
    assert!(report
        .rows
        .iter()
        .all(|r| r.login_method == LoginMethod::Unknown));
    assert!(!report
        .findings
        .iter()
        .any(|f| f.code == FindingCode::PasswordLoginIntoSsoWorkspace));
    assert!(report
        .limitations
        .iter()
        .any(|l| l.contains("SSO settings unknown for Acme Corp")));
}

#[test]
fn invitation_age_threshold_is_an_option() {
    let options = AuditOptions {
        invitation_max_age_days: 30,
        ..AuditOptions::default()
    };
    let report = build(&demo(), &options);
    assert!(!report
        .findings
        .iter()
        .any(|f| f.code == FindingCode::StaleInvitation));
    let options = AuditOptions {
        invitation_max_age_days: 29,
        ..AuditOptions::default()
    };
    let report = build(&demo(), &options);
    assert!(report
        .findings
        .iter()
        .any(|f| f.code == FindingCode::StaleInvitation));
}

#[test]
fn admin_threshold_is_an_option_and_excludes_the_superadmin() {
    // Acme EU has two active Administrators (eu-admin, contractor) plus the SuperAdmin.
    let options = AuditOptions {
        admin_threshold: 1,
        ..AuditOptions::default()
    };
    let report = build(&demo(), &options);
    let hits: Vec<_> = codes(&report)
        .into_iter()
        .filter(|(c, _, _)| *c == FindingCode::TooManyAdministrators)
        .collect();
    assert_eq!(
        hits,
        vec![(FindingCode::TooManyAdministrators, Some(EU), None)]
    );
    let options = AuditOptions {
        admin_threshold: 2,
        ..AuditOptions::default()
    };
    assert!(!codes(&build(&demo(), &options))
        .iter()
        .any(|(c, _, _)| *c == FindingCode::TooManyAdministrators));
}

#[test]
fn access_to_every_workspace_skips_the_superadmin() {
    let mut snap = demo();
    if let Some(u) = snap.users.iter_mut().find(|u| u.id == OBSERVER) {
        u.memberships
            .push(member(SANDBOX, Role::observer(), MemberStatus::Active));
    }
    let report = build(&snap, &AuditOptions::default());
    let hits: Vec<_> = codes(&report)
        .into_iter()
        .filter(|(c, _, _)| *c == FindingCode::AccessToEveryWorkspace)
        .collect();
    assert_eq!(
        hits,
        vec![(FindingCode::AccessToEveryWorkspace, None, Some(OBSERVER))]
    );
}

#[test]
fn administrator_without_mfa_only_when_known() {
    let mut snap = demo();
    if let Some(u) = snap.users.iter_mut().find(|u| u.id == ADMIN) {
        u.account_security = Some(AccountSecurity::NotSet);
    }
    if let Some(u) = snap.users.iter_mut().find(|u| u.id == EU_ADMIN) {
        // logs in with SSO: MFA is the identity provider's business
        u.account_security = Some(AccountSecurity::NotSet);
    }
    if let Some(u) = snap.users.iter_mut().find(|u| u.id == SUPERADMIN) {
        u.account_security = Some(AccountSecurity::NotSet);
    }
    if let Some(u) = snap.users.iter_mut().find(|u| u.id == CONTRACTOR) {
        u.account_security = Some(AccountSecurity::AppMfa);
    }
    if let Some(u) = snap.users.iter_mut().find(|u| u.id == SUSPENDED) {
        // suspended: cannot log in at all
        u.account_security = Some(AccountSecurity::NotSet);
    }
    let report = build(&snap, &AuditOptions::default());
    let hits: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::AdministratorWithoutMfa)
        .map(|f| (f.user_id(), f.message.clone()))
        .collect();
    assert_eq!(
        hits,
        vec![
            (
                Some(SUPERADMIN),
                "superadmin@acme.example is the SuperAdmin, logs in with a password and has no MFA"
                    .to_string()
            ),
            (
                Some(ADMIN),
                "admin@acme.example is an Administrator, logs in with a password and has no MFA"
                    .to_string()
            ),
        ]
    );
}

#[test]
fn unlinked_workspace_without_admin_says_so_without_superadmin() {
    let mut snap = demo();
    snap.superadmin = None;
    for u in &mut snap.users {
        u.memberships.retain(|m| !m.is_superadmin_access());
    }
    let report = build(&snap, &AuditOptions::default());
    let f = report
        .findings
        .iter()
        .find(|f| f.code == FindingCode::NoActiveAdministrator);
    assert_eq!(
        f.map(|f| f.message.as_str()),
        Some("Acme Sandbox has no active Administrator")
    );
}

// ---- baseline drift ----

fn report_of(snap: &Snapshot) -> Report {
    build(snap, &AuditOptions::default())
}

#[test]
fn drift_lists_exactly_role_change_suspension_and_new_user() {
    let before = demo();
    let mut after = demo();
    for u in &mut after.users {
        match u.id {
            OBSERVER => u.memberships[0].roles = vec![Role::user()],
            EU_ADMIN => u.memberships[0].status = MemberStatus::Suspended,
            _ => {}
        }
    }
    after.users.push(user(
        42,
        "new@acme.example",
        CORP,
        vec![member(CORP, Role::user(), MemberStatus::Active)],
    ));
    let base = report_of(&before);
    let json = serde_json::to_string(&base).unwrap_or_default();
    let baseline = parse_baseline(&json).map_err(|e| e.to_string());
    assert!(baseline.is_ok(), "{baseline:?}");
    let d = diff(&baseline.unwrap_or(base), &report_of(&after));
    let got: Vec<_> = d
        .changes
        .iter()
        .map(|c| (c.kind, c.workspace.id, c.user.id, c.fields.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                ChangeKind::Changed,
                CORP,
                OBSERVER,
                vec!["role".to_string()]
            ),
            (ChangeKind::Gained, CORP, 42, vec![]),
            (
                ChangeKind::Changed,
                EU,
                EU_ADMIN,
                vec!["status".to_string()]
            ),
        ]
    );
    assert!(d.coverage_changes.is_empty());
    assert!(d.has_changes());
    // eu-admin, suspended while still an Administrator, is the one new finding; Acme EU keeps
    // contractor as an active Administrator, so no NO_ACTIVE_ADMINISTRATOR appears
    assert_eq!(
        d.new_findings,
        vec!["SUSPENDED_ADMINISTRATOR:workspace=2:user=3".to_string()]
    );
}

#[test]
fn drift_of_identical_reports_is_empty_and_login_change_is_seen() {
    let a = report_of(&demo());
    assert!(!diff(&a, &a).has_changes());
    let mut snap = demo();
    if let Some(w) = snap.workspaces.iter_mut().find(|w| w.id == SANDBOX) {
        w.sso = SsoState::Known {
            provider: Some("google".into()),
            verified: true,
            active: true,
        };
    }
    let d = diff(&a, &report_of(&snap));
    // contractor and suspended-admin have Acme Sandbox as default: every row of theirs changes
    let users: std::collections::BTreeSet<_> = d.changes.iter().map(|c| c.user.id).collect();
    assert_eq!(
        users.into_iter().collect::<Vec<_>>(),
        vec![CONTRACTOR, SUSPENDED]
    );
    assert!(d
        .changes
        .iter()
        .all(|c| c.fields == vec!["login_method".to_string()]));
    assert!(d
        .resolved_findings
        .iter()
        .any(|k| k.starts_with("PASSWORD_LOGIN_INTO_SSO_WORKSPACE")));
}

#[test]
fn unauditable_workspace_is_a_coverage_change_not_lost_access() {
    let a = report_of(&demo());
    let mut snap = demo();
    if let Some(w) = snap.workspaces.iter_mut().find(|w| w.id == SANDBOX) {
        w.coverage = Coverage::NotAuditable {
            caller_role: None,
            reason: "test".into(),
        };
    }
    let d = diff(&a, &report_of(&snap));
    assert!(d.changes.is_empty(), "{:?}", d.changes);
    assert_eq!(d.coverage_changes.len(), 1);
    assert_eq!(
        (
            d.coverage_changes[0].before.as_str(),
            d.coverage_changes[0].after.as_str()
        ),
        ("audited", "not_auditable")
    );
}

#[test]
fn drift_sees_lost_access() {
    let a = report_of(&demo());
    let mut snap = demo();
    snap.users.retain(|u| u.id != ADMIN);
    let d = diff(&a, &report_of(&snap));
    let got: Vec<_> = d
        .changes
        .iter()
        .map(|c| (c.kind, c.workspace.id, c.user.id))
        .collect();
    assert_eq!(got, vec![(ChangeKind::Lost, CORP, ADMIN)]);
}

#[test]
fn statuses_are_lowercase_and_old_baselines_still_compare() {
    let report = report_of(&demo());
    let json = serde_json::to_value(&report).unwrap_or_default();
    let mut statuses: Vec<String> = json["rows"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .filter_map(|r| r["status"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    statuses.sort();
    statuses.dedup();
    assert_eq!(statuses, vec!["active", "pending", "suspended"]);

    // a baseline written before the convention spelled them the emnify way
    let old = serde_json::to_string(&json)
        .unwrap_or_default()
        .replace("\"status\":\"active\"", "\"status\":\"ACTIVE\"")
        .replace(
            "\"status\":\"pending\"",
            "\"status\":\"ACTIVATION_PENDING\"",
        )
        .replace("\"status\":\"suspended\"", "\"status\":\"SUSPENDED\"");
    assert!(old.contains("ACTIVATION_PENDING") && !old.contains("\"status\":\"active\""));
    let baseline = match parse_baseline(&old) {
        Ok(b) => b,
        Err(e) => panic!("an old baseline must still be read: {e}"),
    };
    let drift = diff(&baseline, &report);
    assert!(drift.changes.is_empty(), "{:#?}", drift.changes);
}

#[test]
fn baseline_errors_are_specific() {
    assert!(matches!(
        parse_baseline("nope"),
        Err(BaselineError::NotJson(_))
    ));
    assert!(matches!(
        parse_baseline("{}"),
        Err(BaselineError::NoVersion)
    ));
    assert!(matches!(
        parse_baseline(r#"{"schema_version": 99}"#),
        Err(BaselineError::UnsupportedVersion { found: 99 })
    ));
    assert!(matches!(
        parse_baseline(r#"{"schema_version": 1}"#),
        Err(BaselineError::Shape(_))
    ));
}

// ---- --fail-on ----

#[test]
fn fail_on_severity_and_drift() {
    let mut report = report_of(&demo());
    let parse = |s: &str| s.parse::<FailOn>();
    assert_eq!(parse("HIGH"), Ok(FailOn::Severity(Severity::High)));
    assert_eq!(parse("drift"), Ok(FailOn::Drift));
    assert!(parse("severe").is_err());
    // demo has high findings, none critical; Globex was not audited, so no severity gate can
    // pass on the whole demo (a finding there would go unseen)
    assert_eq!(
        gate::reasons(&report, &[FailOn::Severity(Severity::High)]),
        vec![
            "2 finding(s) of severity high or higher".to_string(),
            "the audit is incomplete: 1 of 4 Workspaces not audited (Globex Logistics (4)), \
             findings there are unknown"
                .to_string()
        ]
    );
    assert_eq!(
        gate::reasons(&report, &[FailOn::Severity(Severity::Critical)]).len(),
        1
    );
    let mut covered = demo();
    covered.workspaces.retain(|w| w.id != GLOBEX);
    let covered = report_of(&covered);
    assert_eq!(gate::incomplete(&covered), None);
    assert!(gate::reasons(&covered, &[FailOn::Severity(Severity::Critical)]).is_empty());
    assert_eq!(
        gate::reasons(&covered, &[FailOn::Severity(Severity::High)]).len(),
        1
    );
    // drift compares coverage itself: the same blind spot in both runs is no change
    assert!(gate::reasons(&report, &[FailOn::Drift]).is_empty());
    assert!(gate::validate(&[FailOn::Drift], false).is_err());
    assert!(gate::validate(&[FailOn::Drift], true).is_ok());
    let mut later = demo();
    later.users.retain(|u| u.id != PENDING);
    report.drift = Some(diff(&report, &report_of(&later)));
    assert_eq!(gate::reasons(&report, &[FailOn::Drift]).len(), 1);
    let both = gate::reasons(&report, &[FailOn::Severity(Severity::Info), FailOn::Drift]);
    assert_eq!(both.len(), 3, "findings, drift, incomplete: {both:?}");
}

// ---- output forms ----

#[test]
fn json_report_validates_against_the_documented_schema() {
    let schema_text = include_str!("../../docs/audit.schema.json");
    let schema: serde_json::Value = serde_json::from_str(schema_text).unwrap_or_default();
    let validator = jsonschema::validator_for(&schema);
    assert!(
        validator.is_ok(),
        "schema does not compile: {:?}",
        validator.err()
    );
    let Ok(validator) = validator else { return };

    let mut report = report_of(&demo());
    let mut snap = demo();
    snap.users.retain(|u| u.id != ADMIN);
    if let Some(w) = snap.workspaces.iter_mut().find(|w| w.id == SANDBOX) {
        w.coverage = Coverage::NotAuditable {
            caller_role: None,
            reason: "test".into(),
        };
    }
    report.drift = Some(diff(&report, &report_of(&snap)));
    let mut unknown = demo();
    for w in &mut unknown.workspaces {
        w.sso = SsoState::Unknown {
            reason: "cloud".into(),
        };
        w.link = LinkState::Unknown {
            reason: "cloud".into(),
        };
    }
    unknown.users[1].default_workspace = None;
    unknown.users[1].account_security = Some(AccountSecurity::AppMfa);
    for r in [report, report_of(&unknown)] {
        let value = serde_json::to_value(&r).unwrap_or_default();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    // and the schema is strict enough to reject a wrong shape
    let mut bad = serde_json::to_value(report_of(&demo())).unwrap_or_default();
    bad["rows"][0]["status"] = serde_json::json!("DELETED");
    assert!(!validator.is_valid(&bad));
}

#[test]
fn csv_has_a_header_and_one_line_per_row() {
    let report = report_of(&demo());
    let text = render::csv(&report).unwrap_or_default();
    let lines: Vec<_> = text.lines().collect();
    assert_eq!(lines.len(), 1 + report.rows.len());
    assert_eq!(lines[0], render::ROW_HEADERS.join(","));
    assert!(lines.contains(
        &"2,Acme EU,4,contractor@acme.example,contractor,Administrator,active,Acme Sandbox,password,granted"
    ));
}

#[test]
fn markdown_has_findings_workspaces_and_access() {
    let mut report = report_of(&demo());
    let mut later = demo();
    later.users.retain(|u| u.id != PENDING);
    report.drift = Some(diff(&report, &report_of(&later)));
    let md = render::markdown(&report);
    assert!(md.starts_with("# emnify access audit\n"));
    assert!(md.contains(
        "| high | `PASSWORD_LOGIN_INTO_SSO_WORKSPACE` | Acme EU | contractor@acme.example |"
    ));
    assert!(md.contains("| Globex Logistics | 4 | not linked | unknown | no: Observer: emnify lets only Administrators list users | – |"));
    assert!(
        md.contains("| lost | Acme Corp | pending@acme.example | User / pending / password | – |")
    );
    assert!(md.contains("- Findings: 2 high, 2 medium, 1 low"));
}

#[test]
fn markdown_escapes_table_cells() {
    let mut snap = demo();
    snap.workspaces[0].name = "Acme | Corp".into();
    let md = render::markdown(&report_of(&snap));
    assert!(md.contains("Acme \\| Corp"));
}
