//! The collector against an in-memory fake: the right snapshot, and every request exactly once.

use std::cell::RefCell;
use std::collections::BTreeMap;

use chrono::{Duration, TimeZone, Utc};

use super::*;
use crate::audit::findings::FindingCode;
use crate::audit::snapshot::AccountSecurity;
use crate::audit::{build, AuditOptions};

const CORP: i64 = 1001;
const EU: i64 = 1002;
const SANDBOX: i64 = 1003;
const GLOBEX: i64 = 2001;

#[derive(Default)]
struct Fake {
    ext: bool,
    me: i64,
    users: BTreeMap<i64, (String, Vec<Assignment>)>,
    names: BTreeMap<i64, String>,
    sso: BTreeMap<i64, SsoState>,
    groups: Vec<LinkGroup>,
    /// Workspaces whose user list fails.
    failing: Vec<i64>,
    /// Users with MFA on (others have none).
    mfa: Vec<i64>,
    calls: RefCell<Vec<String>>,
}

impl Fake {
    fn log(&self, call: String) {
        self.calls.borrow_mut().push(call);
    }
    fn count(&self, prefix: &str) -> usize {
        self.calls
            .borrow()
            .iter()
            .filter(|c| c.starts_with(prefix))
            .count()
    }
}

impl Source for Fake {
    async fn has_extensions(&self) -> CliResult<bool> {
        self.log("caps".into());
        Ok(self.ext)
    }
    async fn me(&self) -> CliResult<UserRef> {
        self.log("me".into());
        let name = self
            .users
            .get(&self.me)
            .map(|u| u.0.clone())
            .unwrap_or_default();
        Ok(UserRef {
            id: self.me,
            username: name,
        })
    }
    async fn assignments(&self, user_id: i64) -> CliResult<Vec<Assignment>> {
        self.log(format!("assignments {user_id}"));
        // like emnify: only the Workspaces where the caller is an Administrator (or SuperAdmin)
        let admin_in: Vec<i64> = self.users[&self.me]
            .1
            .iter()
            .filter(|a| a.roles.iter().any(Role::is_admin_level))
            .map(|a| a.workspace.id)
            .collect();
        let all = self
            .users
            .get(&user_id)
            .map(|u| u.1.clone())
            .unwrap_or_default();
        Ok(if user_id == self.me {
            all
        } else {
            all.into_iter()
                .filter(|a| admin_in.contains(&a.workspace.id))
                .collect()
        })
    }
    async fn users_in(&self, workspace: i64) -> CliResult<Vec<ListedUser>> {
        self.log(format!("users_in {workspace}"));
        if self.failing.contains(&workspace) {
            return Err(CliError::new(
                crate::error::ErrorKind::Unavailable,
                "HTTP 503",
            ));
        }
        Ok(self
            .users
            .iter()
            .filter(|(_, (_, a))| a.iter().any(|a| a.workspace.id == workspace))
            .map(|(id, (username, _))| ListedUser {
                id: *id,
                username: username.clone(),
                name: None,
                created: Some(
                    now()
                        - Duration::days(if username.starts_with("pending") {
                            30
                        } else {
                            300
                        }),
                ),
            })
            .collect())
    }
    async fn sso(&self, workspace: i64) -> CliResult<SsoState> {
        self.log(format!("sso {workspace}"));
        Ok(self
            .sso
            .get(&workspace)
            .cloned()
            .unwrap_or_else(SsoState::none))
    }
    async fn account_security(
        &self,
        user_id: i64,
        workspace: i64,
    ) -> CliResult<Option<AccountSecurity>> {
        self.log(format!("mfa {user_id} {workspace}"));
        Ok(Some(if self.mfa.contains(&user_id) {
            AccountSecurity::AppMfa
        } else {
            AccountSecurity::NotSet
        }))
    }
    async fn link(&self, workspace: i64) -> CliResult<Option<LinkGroup>> {
        self.log(format!("link {workspace}"));
        Ok(self
            .groups
            .iter()
            .find(|g| g.workspaces.iter().any(|w| w.id == workspace))
            .cloned())
    }
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 3, 18, 0, 0)
        .single()
        .unwrap_or_default()
}

fn wref(id: i64) -> WorkspaceRef {
    let name = match id {
        CORP => "Acme Corp",
        EU => "Acme EU",
        SANDBOX => "Acme Sandbox",
        _ => "Globex Logistics",
    };
    WorkspaceRef {
        id,
        name: name.into(),
    }
}

fn a(ws: i64, role: Role, status: MemberStatus, is_default: bool) -> Assignment {
    Assignment {
        workspace: wref(ws),
        roles: vec![role],
        status: Some(status),
        is_default,
    }
}

/// The emulator's demo data, as the API shows it to the SuperAdmin.
fn demo(ext: bool) -> Fake {
    use MemberStatus::*;
    let mut f = Fake {
        ext,
        me: 1,
        ..Fake::default()
    };
    let mut add = |id: i64, name: &str, list: Vec<Assignment>| {
        f.users.insert(id, (name.to_string(), list));
        f.names.insert(id, name.to_string());
    };
    add(
        1,
        "superadmin@acme.example",
        vec![
            a(CORP, Role::superadmin(), Active, true),
            a(EU, Role::superadmin(), Active, false),
            a(SANDBOX, Role::superadmin(), Active, false),
            a(GLOBEX, Role::observer(), Active, false),
        ],
    );
    add(
        2,
        "admin@acme.example",
        vec![a(CORP, Role::administrator(), Active, true)],
    );
    add(
        3,
        "eu-admin@acme.example",
        vec![a(EU, Role::administrator(), Active, true)],
    );
    add(
        4,
        "contractor@acme.example",
        vec![
            a(SANDBOX, Role::user(), Active, true),
            a(EU, Role::administrator(), Active, false),
        ],
    );
    add(
        5,
        "observer@acme.example",
        vec![
            a(CORP, Role::observer(), Active, true),
            a(EU, Role::observer(), Active, false),
        ],
    );
    add(
        6,
        "suspended-admin@acme.example",
        vec![a(SANDBOX, Role::administrator(), Suspended, true)],
    );
    add(
        7,
        "pending@acme.example",
        vec![a(CORP, Role::user(), ActivationPending, true)],
    );
    add(
        8,
        "ops@globex.example",
        vec![a(GLOBEX, Role::administrator(), Active, true)],
    );
    f.sso.insert(
        EU,
        SsoState::Known {
            provider: Some("microsoft".into()),
            verified: true,
            active: true,
        },
    );
    f.groups.push(LinkGroup {
        main_organisation: wref(CORP),
        superadmin: Some(UserRef {
            id: 1,
            username: "superadmin@acme.example".into(),
        }),
        workspaces: vec![wref(CORP), wref(EU), wref(SANDBOX)],
    });
    f
}

fn opts() -> CollectOptions {
    CollectOptions {
        only: vec![],
        concurrency: 4,
        source: "fake".into(),
        now: now(),
        check_mfa: false,
    }
}

fn block<T>(f: impl std::future::Future<Output = T>) -> T {
    futures::executor::block_on(f)
}

#[test]
fn demo_snapshot_has_the_planted_findings_and_each_request_once() {
    let fake = demo(true);
    let snap = block(collect(&fake, &opts(), &NoProgress));
    let snap = match snap {
        Ok(c) => c.snapshot,
        Err(e) => panic!("collect failed: {e}"),
    };
    let report = build(&snap, &AuditOptions::default());
    let mut got: Vec<_> = report
        .findings
        .iter()
        .map(|f| (f.code, f.workspace.as_ref().map(|w| w.id), f.user_id()))
        .collect();
    got.sort();
    let mut want = vec![
        (
            FindingCode::PasswordLoginIntoSsoWorkspace,
            Some(EU),
            Some(4),
        ),
        (
            FindingCode::PasswordLoginIntoSsoWorkspace,
            Some(EU),
            Some(5),
        ),
        (FindingCode::NoActiveAdministrator, Some(SANDBOX), None),
        (FindingCode::SuspendedAdministrator, Some(SANDBOX), Some(6)),
        (FindingCode::StaleInvitation, Some(CORP), Some(7)),
    ];
    want.sort();
    assert_eq!(got, want);
    assert_eq!(report.summary.users, 7);
    assert_eq!(snap.superadmin, Some(1));
    assert_eq!(snap.main_organisation.as_ref().map(|m| m.id), Some(CORP));
    let globex = snap.workspace(GLOBEX).map(|w| w.coverage.clone());
    assert_eq!(
        globex,
        Some(Coverage::NotAuditable {
            caller_role: Some("Observer".into()),
            reason: "Observer: emnify lets only Administrators list users".into()
        })
    );

    // every request exactly once: 1 probe, 1 me, 7 assignment lists (me + 6 Acme users; ops@
    // is never seen), 3 user lists, 3 SSO reads, 1 link read (covers the whole group)
    assert_eq!(fake.count("caps"), 1);
    assert_eq!(fake.count("me"), 1);
    assert_eq!(fake.count("assignments"), 7);
    assert_eq!(fake.count("assignments 1"), 1);
    assert_eq!(fake.count("users_in"), 3);
    assert_eq!(fake.count("sso"), 3);
    assert_eq!(fake.count("link"), 1);
    assert_eq!(fake.calls.borrow().len(), 16);
}

#[test]
fn without_extensions_sso_and_links_are_unknown_and_said_so() {
    let fake = demo(false);
    let snap = match block(collect(&fake, &opts(), &NoProgress)) {
        Ok(c) => c.snapshot,
        Err(e) => panic!("collect failed: {e}"),
    };
    assert_eq!(fake.count("sso"), 0);
    assert_eq!(fake.count("link"), 0);
    assert!(snap.workspaces.iter().all(|w| w.sso.is_active().is_none()));
    assert!(snap
        .limitations
        .iter()
        .any(|l| l.contains("not available from emnify's public API")));
    // the SuperAdmin is still recognised by its role
    assert_eq!(snap.superadmin, Some(1));
    let report = build(&snap, &AuditOptions::default());
    assert!(!report
        .findings
        .iter()
        .any(|f| f.code == FindingCode::PasswordLoginIntoSsoWorkspace));
    assert!(report
        .findings
        .iter()
        .any(|f| f.code == FindingCode::SuspendedAdministrator));
}

#[test]
fn workspace_filter_limits_the_requests_and_rejects_unknown_ids() {
    let fake = demo(true);
    let o = CollectOptions {
        only: vec!["acme s".into()],
        ..opts()
    };
    let snap = match block(collect(&fake, &o, &NoProgress)) {
        Ok(c) => c.snapshot,
        Err(e) => panic!("collect failed: {e}"),
    };
    assert_eq!(snap.workspaces.len(), 1);
    assert_eq!(fake.count("users_in"), 1);
    // superadmin (me), contractor and suspended-admin are in Acme Sandbox
    assert_eq!(fake.count("assignments"), 3);

    let o = CollectOptions {
        only: vec!["9999".into()],
        ..opts()
    };
    let err = block(collect(&demo(true), &o, &NoProgress)).err();
    assert_eq!(err.map(|e| e.kind), Some(crate::error::ErrorKind::NotFound));
}

#[test]
fn a_scoped_audit_reads_the_sso_of_outside_defaults_once_each() {
    let fake = demo(true);
    let o = CollectOptions {
        only: vec!["Acme EU".into()],
        ..opts()
    };
    let snap = match block(collect(&fake, &o, &NoProgress)) {
        Ok(c) => c.snapshot,
        Err(e) => panic!("collect failed: {e}"),
    };
    // Acme EU in step 3; Acme Corp (default of superadmin@ and observer@) and Acme Sandbox
    // (contractor@'s) once each, and nothing else
    let mut sso: Vec<String> = fake
        .calls
        .borrow()
        .iter()
        .filter(|c| c.starts_with("sso"))
        .cloned()
        .collect();
    sso.sort();
    assert_eq!(sso, vec!["sso 1001", "sso 1002", "sso 1003"]);
    assert_eq!(fake.count("users_in"), 1);
    let outside: Vec<(i64, &str)> = snap
        .outside_defaults
        .iter()
        .map(|d| (d.id, d.name.as_str()))
        .collect();
    assert_eq!(
        outside,
        vec![(CORP, "Acme Corp"), (SANDBOX, "Acme Sandbox")]
    );
    let report = build(&snap, &AuditOptions::default());
    let mut got: Vec<_> = report
        .findings
        .iter()
        .map(|f| (f.code, f.workspace.as_ref().map(|w| w.id), f.user_id()))
        .collect();
    got.sort();
    assert_eq!(
        got,
        vec![
            (
                FindingCode::PasswordLoginIntoSsoWorkspace,
                Some(EU),
                Some(4)
            ),
            (
                FindingCode::PasswordLoginIntoSsoWorkspace,
                Some(EU),
                Some(5)
            ),
        ]
    );

    // without extensions nothing more is asked, and the defaults are still named
    let cloud = demo(false);
    let snap = match block(collect(&cloud, &o, &NoProgress)) {
        Ok(c) => c.snapshot,
        Err(e) => panic!("collect failed: {e}"),
    };
    assert_eq!(cloud.count("sso"), 0);
    assert_eq!(snap.outside_defaults.len(), 2);
    assert!(snap
        .outside_defaults
        .iter()
        .all(|d| d.sso.is_active().is_none()));
}

#[test]
fn unlinked_workspaces_each_need_their_own_link_read() {
    let mut fake = demo(true);
    fake.groups.clear();
    let snap = match block(collect(&fake, &opts(), &NoProgress)) {
        Ok(c) => c.snapshot,
        Err(e) => panic!("collect failed: {e}"),
    };
    assert_eq!(fake.count("link"), 3);
    assert!(snap
        .workspaces
        .iter()
        .filter(|w| w.coverage.is_audited())
        .all(|w| w.link == LinkState::NotLinked));
    assert_eq!(snap.main_organisation, None);
}

#[test]
fn a_failing_workspace_is_reported_and_the_rest_audited() {
    let mut fake = demo(true);
    fake.failing = vec![SANDBOX];
    let collected = match block(collect(&fake, &opts(), &NoProgress)) {
        Ok(c) => c,
        Err(e) => panic!("collect failed: {e}"),
    };
    assert_eq!(
        collected.failed,
        vec!["Acme Sandbox (1003): HTTP 503".to_string()]
    );
    let snap = &collected.snapshot;
    assert!(matches!(
        snap.workspace(SANDBOX).map(|w| &w.coverage),
        Some(Coverage::NotAuditable { reason, .. }) if reason == "reading its users failed: HTTP 503"
    ));
    assert!(snap.workspace(EU).is_some_and(|w| w.coverage.is_audited()));
    // nobody's Sandbox membership is reported as if it were known
    assert!(snap.users.iter().all(|u| u.membership(SANDBOX).is_none()));

    let mut all = demo(true);
    all.failing = vec![CORP, EU, SANDBOX];
    let err = block(collect(&all, &opts(), &NoProgress)).err();
    assert_eq!(
        err.as_ref().map(|e| e.kind),
        Some(crate::error::ErrorKind::Unavailable)
    );
    // every Workspace that failed is named
    assert_eq!(err.map(|e| e.causes.len()), Some(3));
}

#[test]
fn nothing_auditable_is_a_permission_error_before_any_user_list() {
    // the observer: Observer in Acme Corp and Acme EU
    let mut fake = demo(true);
    fake.me = 5;
    let err = block(collect(&fake, &opts(), &NoProgress)).err();
    let Some(err) = err else {
        panic!("an audit that can read nothing must fail")
    };
    assert_eq!(err.kind, crate::error::ErrorKind::Permission);
    assert_eq!(
        err.causes,
        vec![
            "Acme Corp (1001): Observer: emnify lets only Administrators list users",
            "Acme EU (1002): Observer: emnify lets only Administrators list users",
        ]
    );
    assert_eq!(fake.count("users_in"), 0);

    // the SuperAdmin limited to Globex, where they are an Observer
    let o = CollectOptions {
        only: vec!["Globex".into()],
        ..opts()
    };
    let err = block(collect(&demo(true), &o, &NoProgress)).err();
    assert_eq!(
        err.map(|e| (e.kind, e.causes)),
        Some((
            crate::error::ErrorKind::Permission,
            vec![
                "Globex Logistics (2001): Observer: emnify lets only Administrators list users"
                    .to_string()
            ]
        ))
    );
}

#[test]
fn check_mfa_reads_each_password_administrator_once() {
    let mut fake = demo(true);
    fake.mfa = vec![2];
    let o = CollectOptions {
        check_mfa: true,
        ..opts()
    };
    let snap = match block(collect(&fake, &o, &NoProgress)) {
        Ok(c) => c.snapshot,
        Err(e) => panic!("collect failed: {e}"),
    };
    // superadmin (1), admin (2), contractor (4); eu-admin logs in with SSO, suspended-admin is
    // suspended, the others are not Administrators
    let mut asked: Vec<String> = fake
        .calls
        .borrow()
        .iter()
        .filter(|c| c.starts_with("mfa"))
        .cloned()
        .collect();
    asked.sort();
    assert_eq!(asked, vec!["mfa 1 1001", "mfa 2 1001", "mfa 4 1002"]);
    let report = build(&snap, &AuditOptions::default());
    let mut hits: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::AdministratorWithoutMfa)
        .filter_map(|f| f.user_id())
        .collect();
    hits.sort();
    assert_eq!(hits, vec![1, 4]);
}
