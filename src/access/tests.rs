//! Unit tests for parsing, validation, planning, rendering and export.

use std::collections::BTreeSet;

use super::*;

const ADMIN: i64 = 10;

fn ws(id: i64, name: &str) -> WorkspaceRef {
    WorkspaceRef {
        id,
        name: name.to_string(),
    }
}

fn known() -> Vec<WorkspaceRef> {
    vec![
        ws(1, "Production"),
        ws(2, "Staging"),
        ws(3, "Lab"),
        ws(4, "yes: maybe"),
    ]
}

fn roles(list: &[Role]) -> BTreeSet<Role> {
    list.iter().copied().collect()
}

fn access(workspace_id: i64, r: &[Role], status: Status) -> CurrentAccess {
    CurrentAccess {
        workspace_id,
        roles: roles(r),
        status,
    }
}

fn user(id: i64, email: &str, default: i64, access: Vec<CurrentAccess>) -> CurrentUser {
    CurrentUser {
        id,
        email: email.to_string(),
        name: format!("Name {id}"),
        activation_pending: false,
        default_workspace: Some(default),
        access,
    }
}

/// Three Workspaces; the caller (10) administers them; 11 is the SuperAdmin.
fn current() -> CurrentState {
    use Role::*;
    use Status::*;
    let mut pending = user(
        13,
        "cy@example.com",
        3,
        vec![access(3, &[Observer], Pending)],
    );
    pending.activation_pending = true;
    CurrentState {
        workspaces: vec![ws(1, "Production"), ws(2, "Staging"), ws(3, "Lab")],
        users: vec![
            user(
                ADMIN,
                "admin@example.com",
                1,
                vec![
                    access(1, &[Administrator], Active),
                    access(2, &[Administrator], Active),
                ],
            ),
            user(
                11,
                "sa@example.com",
                1,
                vec![
                    access(1, &[SuperAdmin], Active),
                    access(2, &[SuperAdmin], Active),
                    access(3, &[SuperAdmin], Active),
                ],
            ),
            user(
                12,
                "bo@example.com",
                1,
                vec![
                    access(1, &[User], Active),
                    access(2, &[Observer], Suspended),
                ],
            ),
            pending,
        ],
    }
}

fn parse_ok(text: &str, format: Format) -> DesiredState {
    match parse(text, format, &known()) {
        Ok(d) => d,
        Err(problems) => panic!("unexpected problems: {problems:#?}"),
    }
}

fn parse_err(text: &str, format: Format) -> Vec<String> {
    match parse(text, format, &known()) {
        Ok(d) => panic!("expected problems, parsed {d:#?}"),
        Err(problems) => problems.iter().map(|p| p.to_string()).collect(),
    }
}

fn opts(prune: bool) -> PlanOptions {
    PlanOptions {
        prune,
        caller_id: Some(ADMIN),
    }
}

/// The plan as short lines `verb email workspace-id`, in execution order.
fn lines(plan: &Plan) -> Vec<String> {
    plan.actions
        .iter()
        .map(|a| format!("{} {} {}", a.kind.verb(), a.email, a.workspace.id))
        .collect()
}

/// Positions differ between the two spellings; compare the content only.
fn without_positions(mut d: DesiredState) -> DesiredState {
    for u in &mut d.users {
        u.pos = Pos::default();
        for a in &mut u.access {
            a.pos = Pos::default();
        }
    }
    d
}

const YAML: &str = "\
users:
  - email: Ana@Example.com
    name: Ana Lima
    access:
      Production: Administrator
      staging: { role: [observer, user], status: suspended }
  - email: bo@example.com
    name: Bo
    access:
      Lab: observer
";

const CSV: &str = "\
# same content as YAML
email,name,workspace,role,status
Ana@Example.com,Ana Lima,Production,Administrator,
Ana@Example.com,Ana Lima,staging,observer+user,suspended
bo@example.com , Bo ,Lab,observer,active
";

#[test]
fn yaml_is_parsed_and_resolved() {
    let d = parse_ok(YAML, Format::Yaml);
    assert_eq!(
        d.managed,
        vec![ws(1, "Production"), ws(2, "Staging"), ws(3, "Lab")]
    );
    assert_eq!(d.users.len(), 2);
    let ana = &d.users[0];
    assert_eq!(ana.email, "Ana@Example.com");
    assert_eq!(ana.access[0].roles, roles(&[Role::Administrator]));
    assert_eq!(ana.access[0].status, Status::Active);
    assert_eq!(ana.access[1].workspace, ws(2, "Staging"));
    assert_eq!(ana.access[1].roles, roles(&[Role::Observer, Role::User]));
    assert_eq!(ana.access[1].status, Status::Suspended);
    assert_eq!(ana.access[1].pos, Pos::new(6, 7));
}

#[test]
fn csv_says_the_same_as_yaml() {
    let from_csv = without_positions(parse_ok(CSV, Format::Csv));
    let from_yaml = without_positions(parse_ok(YAML, Format::Yaml));
    assert_eq!(from_csv, from_yaml);
}

#[test]
fn explicit_workspaces_list_sets_the_managed_scope() {
    let text = "workspaces: [Production, Lab]\nusers:\n  - email: a@example.com\n    name: A\n    access: { Production: user }\n";
    let d = parse_ok(text, Format::Yaml);
    assert_eq!(d.managed, vec![ws(1, "Production"), ws(3, "Lab")]);

    let outside = "workspaces: [Lab]\nusers:\n  - email: a@example.com\n    name: A\n    access: { Production: user }\n";
    let errs = parse_err(outside, Format::Yaml);
    assert_eq!(
        errs,
        vec!["line 5, column 15: Workspace `Production` is not in the file's `workspaces:` list"]
    );
}

#[test]
fn unknown_workspace_and_role_get_suggestions_with_positions() {
    let text = "users:\n  - email: a@example.com\n    name: A\n    access:\n      Prodution: admnistrator\n";
    let errs = parse_err(text, Format::Yaml);
    assert_eq!(
        errs,
        vec![
            "line 5, column 7: unknown Workspace `Prodution`; did you mean `Production`?",
            "line 5, column 18: unknown role `admnistrator` (roles: administrator, user, \
             observer); did you mean `administrator`?",
        ]
    );
}

#[test]
fn superadmin_cannot_be_assigned_and_status_is_checked() {
    let text = "users:\n  - email: a@example.com\n    name: A\n    access:\n      Lab: { role: SuperAdmin, status: suspend }\n";
    let errs = parse_err(text, Format::Yaml);
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert!(errs[0].starts_with("line 5, column 20: the SuperAdmin role cannot be assigned"));
    assert!(errs[1].contains("line 5, column 40: unknown status `suspend`"));
    assert!(errs[1].ends_with("did you mean `suspended`?"));
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = "\
users:
  - email: not-an-email
    name: A
    access: { Lab: user }
  - email: b@example.com
    access: { Lab: user, lab: observer }
  - email: B@example.com
    name: B again
    access: { Staging: [] }
";
    let errs = parse_err(text, Format::Yaml);
    assert_eq!(
        errs,
        vec![
            "line 2, column 12: `not-an-email` is not a valid email address",
            "line 5, column 5: user `b@example.com` has no name",
            "line 6, column 26: `b@example.com` is given access to `Lab` twice (first at line 6, \
             column 15)",
            "line 7, column 12: user `B@example.com` appears twice (first at line 5, column 12)",
            "line 9, column 15: no role given for `B@example.com` in `Staging`",
        ]
    );
}

#[test]
fn yaml_structure_errors_have_positions() {
    let errs = parse_err(
        "users:\n  - email: a@example.com\n    name: [A\n",
        Format::Yaml,
    );
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].starts_with("line 4, column 1: malformed YAML"),
        "{errs:?}"
    );

    let errs = parse_err(
        "users:\n  - email: a@example.com\n    nmae: A\n    access: {}\n",
        Format::Yaml,
    );
    assert_eq!(
        errs,
        vec!["line 3, column 5: unknown key `nmae` in a user; did you mean `name`?"]
    );

    let errs = parse_err(
        "users:\n  - email: a@example.com\n    name: A\n    name: B\n    access: {}\n",
        Format::Yaml,
    );
    assert_eq!(
        errs,
        vec!["line 4, column 5: key `name` appears twice in the same mapping (first at line 3, column 5)"]
    );

    let errs = parse_err("users: nobody\n", Format::Yaml);
    assert_eq!(
        errs,
        vec!["line 1, column 8: `users` must be a list, not a single value"]
    );

    let errs = parse_err("   \n", Format::Yaml);
    assert_eq!(
        errs,
        vec!["line 1, column 1: the file is empty: expected a `users:` list"]
    );
}

#[test]
fn csv_errors_have_positions() {
    let errs = parse_err(
        "email,name,workspace,role\na@example.com,A,Lab\n",
        Format::Csv,
    );
    assert_eq!(
        errs,
        vec!["line 2, column 1: this row has 3 fields but the header has 4"]
    );

    let errs = parse_err("email,name,workspce,role\n", Format::Csv);
    assert_eq!(
        errs,
        vec![
            "line 1, column 12: unknown column `workspce`; did you mean `workspace`?",
            "line 1, column 1: the header has no `workspace` column (needed: email, name, \
             workspace, role)",
        ]
    );

    let text =
        "email,name,workspace,role\na@example.com,A,Lab,user\nA@example.com,A,\"Lab\",observer\n";
    let errs = parse_err(text, Format::Csv);
    assert_eq!(
        errs,
        vec!["line 3, column 17: `a@example.com` is given access to `Lab` twice (first at line 2, column 17)"]
    );

    let text =
        "email,name,workspace,role\na@example.com,A,Lab,user\na@example.com,Z,Staging,ruler\n";
    let errs = parse_err(text, Format::Csv);
    assert_eq!(errs.len(), 2);
    assert_eq!(
        errs[0],
        "line 3, column 15: `a@example.com` is named `Z` here but `A` at line 2, column 15"
    );
    assert!(errs[1].starts_with("line 3, column 25: unknown role `ruler`"));
}

#[test]
fn format_follows_the_extension() {
    assert_eq!(
        Format::from_path(std::path::Path::new("a.YML")).ok(),
        Some(Format::Yaml)
    );
    assert_eq!(
        Format::from_path(std::path::Path::new("a.csv")).ok(),
        Some(Format::Csv)
    );
    let err = Format::from_path(std::path::Path::new("access.txt"));
    assert!(matches!(err, Err(e) if e.kind == crate::error::ErrorKind::Usage));
}

#[test]
fn export_then_plan_is_empty_for_both_formats() {
    let state = current();
    for format in [Format::Yaml, Format::Csv] {
        let text = export(&state, format);
        let desired = match parse(&text, format, &state.workspaces) {
            Ok(d) => d,
            Err(p) => panic!("{format:?} export does not parse: {p:#?}\n{text}"),
        };
        for prune in [false, true] {
            let p = plan(&desired, &state, opts(prune));
            assert!(
                p.is_empty(),
                "{format:?} prune={prune}: {:#?}\n{text}",
                p.actions
            );
        }
        // YAML says so in a comment; CSV has none (the command says it on stderr).
        assert_eq!(
            text.contains("SuperAdmin sa@example.com is left out"),
            format == Format::Yaml,
            "{text}"
        );
        assert!(!text.contains("sa@example.com,"), "{text}");
        assert!(!text.contains("superadmin"), "{text}");
    }
}

#[test]
fn exported_yaml_reads_as_expected() {
    let text = export(&current(), Format::Yaml);
    let body: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        body,
        vec![
            "workspaces:",
            "  - Production",
            "  - Staging",
            "  - Lab",
            "users:",
            "  - email: admin@example.com",
            "    name: Name 10",
            "    access:",
            "      Production: administrator",
            "      Staging: administrator",
            "  - email: bo@example.com",
            "    name: Name 12",
            "    access:",
            "      Production: user",
            "      Staging: { role: observer, status: suspended }",
            "  - email: cy@example.com",
            "    name: Name 13",
            "    access:",
            "      Lab: { role: observer, status: pending }",
        ]
    );
}

#[test]
fn awkward_names_survive_export() {
    let mut state = current();
    state.workspaces.push(ws(4, "yes: maybe"));
    state.users[2].name = "#1 \"Bo\" O'Neil".to_string();
    state.users[2]
        .access
        .push(access(4, &[Role::User, Role::Observer], Status::Active));
    for format in [Format::Yaml, Format::Csv] {
        let text = export(&state, format);
        let desired = match parse(&text, format, &state.workspaces) {
            Ok(d) => d,
            Err(p) => panic!("{p:#?}\n{text}"),
        };
        let bo = desired.users.iter().find(|u| u.email == "bo@example.com");
        assert_eq!(
            bo.map(|u| u.name.as_str()),
            Some("#1 \"Bo\" O'Neil"),
            "{text}"
        );
        assert!(plan(&desired, &state, opts(true)).is_empty(), "{text}");
    }
}

#[test]
fn export_edit_apply_round_trip() {
    let state = current();
    let text = export(&state, Format::Yaml)
        .replace("      Production: user\n", "      Production: observer\n")
        .replace(
            "      Lab: { role: observer, status: pending }\n",
            "      Lab: { role: observer, status: pending }\n  - email: new@example.com\n    name: New Person\n    access:\n      Lab: user\n",
        );
    let desired = parse_ok(&text, Format::Yaml);
    let p = plan(&desired, &state, opts(true));
    assert_eq!(
        lines(&p),
        vec!["invite new@example.com 3", "role bo@example.com 1"]
    );
}

#[test]
fn mixed_plan_is_ordered_and_explained() {
    let state = current();
    let text = "\
users:
  - email: new@example.com
    name: New Person
    access:
      Staging: user
      Lab: observer
  - email: BO@example.com
    name: Bo
    access:
      Production: observer
      Staging: observer
      Lab: user
  - email: cy@example.com
    name: Cy
    access:
      Lab: observer
      Production: user
";
    let desired = parse_ok(text, Format::Yaml);
    let p = plan(&desired, &state, opts(true));
    assert_eq!(
        lines(&p),
        vec![
            "invite new@example.com 2",
            "add bo@example.com 3",
            "role bo@example.com 1",
            "activate bo@example.com 2",
        ]
    );
    assert!(p.conflicts.is_empty(), "{:#?}", p.conflicts);
    assert_eq!(
        p.actions[0].kind,
        ActionKind::Invite {
            name: "New Person".into(),
            roles: roles(&[Role::User])
        }
    );
    assert_eq!(
        p.actions[2].kind,
        ActionKind::ChangeRoles {
            from: roles(&[Role::User]),
            to: roles(&[Role::Observer])
        }
    );
    let notes: Vec<String> = p
        .notes
        .iter()
        .map(|n| {
            format!(
                "{:?} {} {:?}",
                n.kind,
                n.email,
                n.workspace.as_ref().map(|w| w.id)
            )
        })
        .collect();
    assert_eq!(
        notes,
        vec![
            "Deferred new@example.com Some(3)",
            "Deferred cy@example.com Some(1)",
            "Kept admin@example.com Some(1)",
            "Kept admin@example.com Some(2)",
            "Kept sa@example.com Some(1)",
            "Kept sa@example.com Some(2)",
            "Kept sa@example.com Some(3)",
        ]
    );
    assert_eq!(
        p.summary,
        Summary {
            invite: 1,
            add: 1,
            change_roles: 1,
            activate: 1,
            ..Summary::default()
        }
    );
}

#[test]
fn prune_removes_unlisted_access_but_never_the_superadmin_or_the_caller() {
    let state = current();
    let text = "users:\n  - email: bo@example.com\n    name: Bo\n    access:\n      Staging: { role: observer, status: suspended }\n";
    let desired = parse_ok(text, Format::Yaml);
    // Only Staging is managed: Bo's Production access and everyone's Lab access are out of scope.
    let p = plan(&desired, &state, opts(true));
    assert!(p.actions.is_empty(), "{:#?}", p.actions);

    let text = format!("workspaces: [Production, Staging, Lab]\n{text}");
    let desired = parse_ok(&text, Format::Yaml);
    let p = plan(&desired, &state, opts(false));
    assert!(
        p.is_empty(),
        "without --prune nothing is removed: {:#?}",
        p.actions
    );

    let p = plan(&desired, &state, opts(true));
    assert_eq!(
        lines(&p),
        vec!["remove bo@example.com 1", "remove cy@example.com 3"]
    );
    assert!(p.has_destructive());
    assert!(p
        .notes
        .iter()
        .any(|n| n.email == "sa@example.com" && n.kind == NoteKind::Kept));
    assert!(p
        .notes
        .iter()
        .any(|n| n.email == "admin@example.com" && n.kind == NoteKind::Kept));
}

#[test]
fn removing_or_suspending_in_the_default_workspace_says_where_it_moves() {
    use Role::*;
    let mut state = current();
    state.users[2].access[1].status = Status::Active; // Bo active in Staging too
    let text = "users:\n  - email: bo@example.com\n    name: Bo\n    access:\n      Production: { role: user, status: suspended }\n      Staging: observer\n";
    let p = plan(&parse_ok(text, Format::Yaml), &state, opts(false));
    assert_eq!(lines(&p), vec!["suspend bo@example.com 1"]);
    assert_eq!(p.actions[0].notes.len(), 1);
    assert!(
        p.actions[0].notes[0].contains("\"Staging\" (id 2)"),
        "{:?}",
        p.actions[0].notes
    );

    // No other active Workspace left: the note warns.
    state.users[2].access = vec![access(1, &[User], Status::Active)];
    let text = "workspaces: [Production]\nusers: []\n";
    let p = plan(&parse_ok(text, Format::Yaml), &state, opts(true));
    assert_eq!(lines(&p), vec!["remove bo@example.com 1"]);
    assert!(
        p.actions[0].notes[0].contains("no other active one"),
        "{:?}",
        p.actions[0].notes
    );
}

#[test]
fn own_access_and_superadmin_entries_are_refused_up_front() {
    let state = current();
    let text = "\
users:
  - email: admin@example.com
    name: Me
    access:
      Production: observer
      Staging: { role: administrator, status: suspended }
      Lab: administrator
  - email: sa@example.com
    name: Boss
    access:
      Lab: observer
";
    let p = plan(&parse_ok(text, Format::Yaml), &state, opts(false));
    assert!(p.actions.is_empty(), "{:#?}", p.actions);
    let conflicts: Vec<String> = p
        .conflicts
        .iter()
        .map(|c| format!("{} {} {}", c.email, c.workspace.id, c.message))
        .collect();
    assert_eq!(conflicts.len(), 4, "{conflicts:#?}");
    assert!(conflicts[0].starts_with("admin@example.com 1 nobody can change their own role"));
    assert!(conflicts[1].starts_with("admin@example.com 2 you cannot suspend yourself"));
    assert!(conflicts[2].starts_with("admin@example.com 3 you cannot give yourself access"));
    assert!(conflicts[3].starts_with("sa@example.com 3 is the SuperAdmin here"));
    assert_eq!(p.conflicts[0].pos, Some(Pos::new(5, 7)));
    assert!(!p.is_empty());
}

#[test]
fn new_user_invited_suspended_waits_for_acceptance() {
    let text = "users:\n  - email: z@example.com\n    name: Z\n    access:\n      Lab: { role: user, status: suspended }\n";
    let p = plan(&parse_ok(text, Format::Yaml), &current(), opts(false));
    assert_eq!(lines(&p), vec!["invite z@example.com 3"]);
    assert_eq!(p.notes.len(), 1);
    assert!(p.notes[0].message.starts_with("suspension here waits"));
}

#[test]
fn text_rendering_groups_by_workspace() {
    let state = current();
    let text = "\
workspaces: [Production, Staging, Lab]
users:
  - email: new@example.com
    name: New Person
    access:
      Lab: observer
  - email: bo@example.com
    name: Bo
    access:
      Production: administrator
";
    let p = plan(&parse_ok(text, Format::Yaml), &state, opts(true));
    let out = render_text(&p);
    let expected = "\
Workspace \"Production\" (id 1):
  ~ role     bo@example.com  user -> administrator

Workspace \"Staging\" (id 2):
  - remove   bo@example.com

Workspace \"Lab\" (id 3):
  + invite   new@example.com as observer (\"New Person\")
      note: new user: \"Lab\" becomes their default Workspace
  - remove   cy@example.com
      note: this is their default Workspace and they have no other active one that you can see: they may be unable to log in

";
    assert!(out.starts_with(expected), "{out}");
    assert!(
        out.contains("Left alone:\n  admin@example.com in \"Production\" is you"),
        "{out}"
    );
    assert!(out.ends_with("Plan: 1 invitation, 0 additions, 1 role change, 0 activations, 0 suspensions, 2 removals.\n"), "{out}");

    let json = serde_json::to_value(&p).unwrap_or_default();
    assert_eq!(json["actions"][0]["action"], "invite");
    assert_eq!(json["actions"][0]["roles"], serde_json::json!(["observer"]));
    assert_eq!(json["actions"][1]["action"], "change_roles");
    assert_eq!(json["actions"][1]["from"], serde_json::json!(["user"]));
    assert_eq!(json["summary"]["remove"], 2);
}

#[test]
fn empty_plan_says_so() {
    let state = current();
    let desired = parse_ok(&export(&state, Format::Yaml), Format::Yaml);
    let out = render_text(&plan(&desired, &state, opts(false)));
    assert_eq!(
        out,
        "No changes: the Workspaces already match the file.\nAccess not in the file is kept (use --prune to remove it).\n"
    );
}

/// Fails the actions whose `verb email workspace` line is listed; records what it ran.
struct FakeStep {
    fail: Vec<&'static str>,
    ran: Vec<String>,
}

impl Step for FakeStep {
    async fn run(&mut self, action: &Action) -> Result<(), String> {
        let line = format!(
            "{} {} {}",
            action.kind.verb(),
            action.email,
            action.workspace.id
        );
        self.ran.push(line.clone());
        if self.fail.contains(&line.as_str()) {
            Err("server error 500".to_string())
        } else {
            Ok(())
        }
    }
}

fn dependent_plan() -> Plan {
    let mut state = current();
    state.users[2].access[1].status = Status::Active;
    let text = "\
workspaces: [Production, Staging, Lab]
users:
  - email: bo@example.com
    name: Bo
    access:
      Lab: { role: observer, status: suspended }
  - email: cy@example.com
    name: Cy
    access:
      Lab: user
  - email: new@example.com
    name: New
    access:
      Staging: user
";
    plan(&parse_ok(text, Format::Yaml), &state, opts(true))
}

#[tokio::test]
async fn a_failed_grant_holds_back_what_depends_on_it_and_nothing_else() {
    let p = dependent_plan();
    assert_eq!(
        lines(&p),
        vec![
            "invite new@example.com 2",
            "add bo@example.com 3",
            "role cy@example.com 3",
            "suspend bo@example.com 3",
            "remove bo@example.com 1",
            "remove bo@example.com 2",
        ]
    );
    let mut step = FakeStep {
        fail: vec!["add bo@example.com 3"],
        ran: Vec::new(),
    };
    let report = execute(&p.actions, &mut step).await;
    assert_eq!(
        step.ran,
        vec![
            "invite new@example.com 2",
            "add bo@example.com 3",
            "role cy@example.com 3"
        ]
    );
    assert_eq!((report.done, report.failed, report.skipped), (2, 1, 3));
    assert!(!report.all_done());
    let text = render_report(&report);
    assert!(
        text.contains("FAILED  add      bo@example.com  in \"Lab\": server error 500"),
        "{text}"
    );
    assert!(
        text.contains("skipped remove   bo@example.com  in \"Production\": `add bo@example.com` in \"Lab\" did not succeed"),
        "{text}"
    );
    assert!(
        text.ends_with("Applied 2 of 6 changes: 1 failed, 3 skipped.\n"),
        "{text}"
    );
    let json = serde_json::to_value(&report).unwrap_or_default();
    assert_eq!(json["rows"][1]["result"], "failed");
    assert_eq!(json["rows"][1]["reason"], "server error 500");
    assert_eq!(json["rows"][0]["result"], "done");
}

#[tokio::test]
async fn a_failed_change_only_holds_back_the_same_workspace() {
    let p = dependent_plan();
    let mut step = FakeStep {
        fail: vec!["suspend bo@example.com 3"],
        ran: Vec::new(),
    };
    let report = execute(&p.actions, &mut step).await;
    assert_eq!((report.done, report.failed, report.skipped), (5, 1, 0));
    let mut step = FakeStep {
        fail: vec![],
        ran: Vec::new(),
    };
    assert!(execute(&p.actions, &mut step).await.all_done());
}

#[test]
fn a_workspace_suspended_in_the_same_plan_is_not_the_next_default() {
    let p = dependent_plan();
    let remove_default = &p.actions[4];
    assert_eq!(lines(&p)[4], "remove bo@example.com 1");
    assert!(
        remove_default.notes[0].contains("no other active one"),
        "{:?}",
        remove_default.notes
    );
}

mod round_trip {
    //! Export then parse then plan, on random states with awkward names: always nothing to do.

    use proptest::prelude::*;

    use super::super::*;

    fn name() -> impl Strategy<Value = String> {
        // Awkward for YAML and CSV alike; no leading or trailing blanks (files are trimmed).
        "[A-Za-z0-9é日#:'\",\\[\\]{}*&!|>%@`-][A-Za-z0-9é日#:'\", \\[\\]{}*&!|>%@`\\-]{0,12}[A-Za-z0-9é日#:'\",\\[\\]{}*&!|>%@`-]"
    }

    fn state() -> impl Strategy<Value = CurrentState> {
        let workspaces = prop::collection::vec(name(), 1..4);
        let users = prop::collection::vec(
            (
                "[a-z][a-z0-9.+_-]{0,8}",
                name(),
                any::<bool>(),
                prop::collection::vec((0usize..4, 1u8..8, 0u8..3, prop::bool::weighted(0.1)), 0..4),
            ),
            0..6,
        );
        (workspaces, users).prop_map(|(names, users)| {
            let mut workspaces: Vec<WorkspaceRef> = Vec::new();
            for (i, n) in names.into_iter().enumerate() {
                if !workspaces
                    .iter()
                    .any(|w| w.name.to_lowercase() == n.to_lowercase())
                {
                    workspaces.push(WorkspaceRef {
                        id: 100 + i as i64,
                        name: n,
                    });
                }
            }
            let mut out = Vec::new();
            for (i, (local, name, pending, grants)) in users.into_iter().enumerate() {
                let mut access: Vec<CurrentAccess> = Vec::new();
                for (w, bits, status, superadmin) in grants {
                    let Some(ws) = workspaces.get(w % workspaces.len()) else {
                        continue;
                    };
                    if access.iter().any(|a| a.workspace_id == ws.id) {
                        continue;
                    }
                    let roles = if superadmin {
                        [Role::SuperAdmin].into_iter().collect()
                    } else {
                        Role::ASSIGNABLE
                            .into_iter()
                            .enumerate()
                            .filter(|(k, _)| bits & (1 << k) != 0)
                            .map(|(_, r)| r)
                            .collect()
                    };
                    let status = Status::from_id(i64::from(status)).unwrap_or(Status::Active);
                    access.push(CurrentAccess {
                        workspace_id: ws.id,
                        roles,
                        status,
                    });
                }
                out.push(CurrentUser {
                    id: i as i64 + 1,
                    email: format!("{local}{i}@example.com"),
                    name,
                    activation_pending: pending,
                    default_workspace: access.first().map(|a| a.workspace_id),
                    access,
                });
            }
            CurrentState {
                workspaces,
                users: out,
            }
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn export_parse_plan_is_empty(state in state(), caller in 0i64..8) {
            for format in [Format::Yaml, Format::Csv] {
                let text = export(&state, format);
                let desired = parse(&text, format, &state.workspaces);
                prop_assert!(desired.is_ok(), "{:?}\n{}", desired.err(), text);
                let Ok(desired) = desired else { continue };
                for prune in [false, true] {
                    let p = plan(&desired, &state, PlanOptions { prune, caller_id: Some(caller) });
                    prop_assert!(p.is_empty(), "{format:?} prune={prune}: {:#?}\n{text}", p.actions);
                }
                // Names and roles came back as they were.
                for want in &desired.users {
                    let have = state.user_by_email(&want.email);
                    prop_assert_eq!(have.map(|u| u.name.as_str()), Some(want.name.as_str()));
                }
            }
        }
    }
}

#[test]
fn a_pending_invitation_is_not_suspended_until_accepted() {
    let text = "users:\n  - email: cy@example.com\n    name: Cy\n    access:\n      Lab: { role: observer, status: suspended }\n";
    let p = plan(&parse_ok(text, Format::Yaml), &current(), opts(false));
    assert!(p.actions.is_empty(), "{:#?}", p.actions);
    assert_eq!(p.notes.len(), 1);
    assert_eq!(p.notes[0].kind, NoteKind::Deferred);
    assert!(
        p.notes[0].message.contains("the suspension waits"),
        "{:?}",
        p.notes
    );
}

#[test]
fn a_second_yaml_document_is_refused_not_ignored() {
    let one = "users:\n  - email: a@example.com\n    name: A\n    access:\n      Lab: user\n";
    parse_ok(
        &format!("---\n# leading marker and comments are fine\n{one}"),
        Format::Yaml,
    );
    parse_ok(
        &format!("{one}...\n# only comments after the end\n"),
        Format::Yaml,
    );
    let errs = parse_err(&format!("{one}---\nthis is: [not, checked\n"), Format::Yaml);
    assert_eq!(
        errs,
        vec!["line 6, column 1: a second YAML document starts here; an access file holds exactly one"]
    );
    let errs = parse_err(&format!("{one}...\nusers: []\n"), Format::Yaml);
    assert!(
        errs[0].starts_with("line 7, column 1: content after the end"),
        "{errs:?}"
    );
}

#[test]
fn control_characters_in_names_are_refused() {
    let yaml = "users:\n  - email: a@example.com\n    name: \"A\\nNo changes\\u001b[8m\"\n    access:\n      Lab: user\n";
    let errs = parse_err(yaml, Format::Yaml);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("contains a control"), "{errs:?}");
    for sneaky in [
        "Al\u{202E}ecilA",
        "B\u{2028}Plan: 0 invitations",
        "C\u{200B}",
    ] {
        let yaml = format!(
            "users:\n  - email: a@example.com\n    name: \"{sneaky}\"\n    access:\n      Lab: user\n"
        );
        let errs = parse_err(&yaml, Format::Yaml);
        assert!(
            errs[0].contains("invisible formatting character"),
            "{errs:?}"
        );
    }
    let csv = "email,name,workspace,role\na@example.com,\"A\x1b[31m\",Lab,user\n";
    let errs = parse_err(csv, Format::Csv);
    assert!(
        errs[0].starts_with("line 2, column 15: the name of `a@example.com` contains a control"),
        "{errs:?}"
    );
}

#[test]
fn csv_positions_stay_right_deep_into_a_large_file() {
    let mut csv = String::from("email,name,workspace,role\n");
    for i in 0..20_000 {
        csv.push_str(&format!("u{i}@example.com,U {i},Lab,user\n"));
    }
    csv.push_str("last@example.com,Last,Lab,admnistrator\n");
    let errs = parse_err(&csv, Format::Csv);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].starts_with("line 20002, column 27: unknown role"),
        "{errs:?}"
    );
}

#[test]
fn csv_positions_are_right_with_crlf_and_a_byte_order_mark() {
    let crlf =
        "email,name,workspace,role\r\na@example.com,A,Lab,usr\r\nb@example.com,B,Lab,usr\r\n";
    let errs = parse_err(crlf, Format::Csv);
    assert!(
        errs[0].starts_with("line 2, column 21: unknown role"),
        "{errs:?}"
    );
    assert!(
        errs[1].starts_with("line 3, column 21: unknown role"),
        "{errs:?}"
    );
    let bom = "\u{feff}email,nmae,workspace,role\na@example.com,A,Lab,user\n";
    let errs = parse_err(bom, Format::Csv);
    assert!(
        errs[0].starts_with("line 1, column 7: unknown column `nmae`"),
        "{errs:?}"
    );
}

#[test]
fn a_csv_export_of_an_email_starting_with_a_hash_reads_back_as_a_row() {
    let mut state = current();
    let bo = state
        .users
        .iter_mut()
        .find(|u| u.email == "bo@example.com")
        .expect("bo");
    bo.email = "#bo@example.com".into();
    let first = "bo@example.com";
    let text = export(&state, Format::Csv);
    assert!(text.contains(&format!("\"#{first}\"")), "{text}");
    let desired = parse_ok(&text, Format::Csv);
    let p = plan(&desired, &state, opts(true));
    assert!(p.is_empty(), "{:#?}\n{text}", p.actions);
}
