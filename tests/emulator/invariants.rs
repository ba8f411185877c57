//! Property test: random sequences of operations, the invariants checked after every step.
//!
//! Operations go through the same `ops` functions the HTTP handlers call, inside the store's
//! transactions, so refused operations are rolled back exactly as they are over HTTP.

use emnify::emulator::errors::ApiResult;
use emnify::emulator::ops;
use emnify::emulator::rules::Actor;
use emnify::emulator::store::{self, Store};
use proptest::prelude::*;
use rusqlite::Connection;

#[derive(Debug, Clone)]
enum Op {
    Invite {
        actor: usize,
        ws: usize,
        name: usize,
        role: i64,
    },
    Activate {
        user: usize,
    },
    Status {
        actor: usize,
        ws: usize,
        user: usize,
        status: i64,
    },
    Remove {
        actor: usize,
        ws: usize,
        user: usize,
    },
    Role {
        actor: usize,
        ws: usize,
        user: usize,
        role: i64,
        add: bool,
    },
    Default {
        actor: usize,
        ws: usize,
        user: usize,
        target: usize,
    },
    Link {
        main: usize,
        others: Vec<usize>,
    },
    Unlink {
        ws: usize,
    },
    Reassign {
        main: usize,
        user: usize,
    },
    NewWorkspace {
        ws: usize,
        user: usize,
    },
    Sso {
        actor: usize,
        ws: usize,
        action: u8,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let i = || 0usize..12;
    prop_oneof![
        (i(), i(), 0usize..6, 1i64..4).prop_map(|(actor, ws, name, role)| Op::Invite {
            actor,
            ws,
            name,
            role
        }),
        i().prop_map(|user| Op::Activate { user }),
        (i(), i(), i(), 1i64..3).prop_map(|(actor, ws, user, status)| Op::Status {
            actor,
            ws,
            user,
            status
        }),
        (i(), i(), i()).prop_map(|(actor, ws, user)| Op::Remove { actor, ws, user }),
        (i(), i(), i(), 1i64..5, any::<bool>()).prop_map(|(actor, ws, user, role, add)| Op::Role {
            actor,
            ws,
            user,
            role,
            add
        }),
        (i(), i(), i(), i()).prop_map(|(actor, ws, user, target)| Op::Default {
            actor,
            ws,
            user,
            target
        }),
        (i(), prop::collection::vec(i(), 1..3))
            .prop_map(|(main, others)| Op::Link { main, others }),
        i().prop_map(|ws| Op::Unlink { ws }),
        (i(), i()).prop_map(|(main, user)| Op::Reassign { main, user }),
        (i(), i()).prop_map(|(ws, user)| Op::NewWorkspace { ws, user }),
        (i(), i(), 0u8..3).prop_map(|(actor, ws, action)| Op::Sso { actor, ws, action }),
    ]
}

fn pick<T: Copy>(list: &[T], i: usize) -> Option<T> {
    (!list.is_empty()).then(|| list[i % list.len()])
}

/// An actor as a token would present it: a user with active access to the token's Workspace.
fn actor(
    c: &Connection,
    users: &[i64],
    orgs: &[i64],
    a: usize,
    ws: usize,
) -> ApiResult<Option<Actor>> {
    let (Some(u), Some(o)) = (pick(users, a), pick(orgs, ws)) else {
        return Ok(None);
    };
    let active = store::access_in(c, u, o)?.is_some_and(|x| x.active());
    Ok(active.then_some(Actor {
        user_id: Some(u),
        token_org: o,
        app_id: None,
    }))
}

fn apply(c: &Connection, now: i64, op: &Op) -> ApiResult<()> {
    let users: Vec<i64> = store::all_users(c)?.iter().map(|u| u.id).collect();
    let orgs: Vec<i64> = store::all_orgs(c)?.iter().map(|o| o.id).collect();
    let org = |i: usize| pick(&orgs, i).unwrap_or(0);
    let user = |i: usize| pick(&users, i).unwrap_or(0);
    match op {
        Op::Invite {
            actor: a,
            ws,
            name,
            role,
        } => {
            if let Some(act) = actor(c, &users, &orgs, *a, *ws)? {
                let username = format!("p{name}@prop.example");
                ops::invite(
                    c,
                    now,
                    &act,
                    &username,
                    "Prop",
                    Some(org(*ws)),
                    Some(&[*role]),
                )?;
            }
        }
        Op::Activate { user: u } => {
            if let Some(key) = store::user(c, user(*u))?.and_then(|u| u.activation_key) {
                ops::activate(c, now, &key, "property-password", None)?;
            }
        }
        Op::Status {
            actor: a,
            ws,
            user: u,
            status,
        } => {
            if let Some(act) = actor(c, &users, &orgs, *a, *ws)? {
                ops::set_status(c, now, &act, user(*u), org(*ws), *status)?;
            }
        }
        Op::Remove {
            actor: a,
            ws,
            user: u,
        } => {
            if let Some(act) = actor(c, &users, &orgs, *a, *ws)? {
                ops::remove(c, now, &act, user(*u), org(*ws))?;
            }
        }
        Op::Role {
            actor: a,
            ws,
            user: u,
            role,
            add,
        } => {
            if let Some(act) = actor(c, &users, &orgs, *a, *ws)? {
                ops::change_role(c, now, &act, user(*u), org(*ws), *role, *add)?;
            }
        }
        Op::Default {
            actor: a,
            ws,
            user: u,
            target,
        } => {
            if let Some(act) = actor(c, &users, &orgs, *a, *ws)? {
                ops::set_default(c, now, &act, user(*u), org(*target))?;
            }
        }
        Op::Link { main, others } => {
            let ws: Vec<i64> = others.iter().map(|i| org(*i)).collect();
            ops::link(c, now, org(*main), &ws)?;
        }
        Op::Unlink { ws } => ops::unlink(c, now, org(*ws))?,
        Op::Reassign { main, user: u } => ops::reassign_superadmin(c, now, org(*main), user(*u))?,
        Op::NewWorkspace { ws, user: u } => {
            ops::create_linked_workspace(c, now, org(*ws), "Prop Workspace", Some(user(*u)))?;
        }
        Op::Sso {
            actor: a,
            ws,
            action,
        } => {
            if let Some(act) = actor(c, &users, &orgs, *a, *ws)? {
                match action {
                    0 => ops::sso_set(c, &act, org(*ws), "oidc", "prop", "secret")?,
                    1 => ops::sso_verify(c, &act, org(*ws))?,
                    _ => ops::sso_clear(c, &act, org(*ws))?,
                }
            }
        }
    }
    Ok(())
}

/// The invariants of the issue, plus the shape of link groups.
fn check(c: &Connection) -> Result<(), String> {
    let e = |x: emnify::emulator::errors::ApiError| x.message;
    let orgs = store::all_orgs(c).map_err(e)?;
    for o in &orgs {
        if let Some(main) = o.main_org_id {
            let m = orgs
                .iter()
                .find(|x| x.id == main)
                .ok_or(format!("{} points to a missing main", o.id))?;
            if m.main_org_id != Some(main) {
                return Err(format!(
                    "Workspace {} is linked to {main}, which is not a main organisation",
                    o.id
                ));
            }
        }
        if o.main_org_id == Some(o.id) {
            let group = store::group_orgs(c, o.id).map_err(e)?;
            if group.len() < 2 {
                return Err(format!("group {} has a single Workspace", o.id));
            }
            if group.len() as i64 > o.workspace_limit {
                return Err(format!("group {} exceeds its limit", o.id));
            }
            let sa = o
                .superadmin_id
                .ok_or(format!("group {} has no SuperAdmin", o.id))?;
            store::user(c, sa)
                .map_err(e)?
                .ok_or(format!("SuperAdmin {sa} of {} is gone", o.id))?;
            // Counted in SQL, independently of the store's own helpers: every Workspace of the
            // group must see exactly one SuperAdmin through its main organisation.
            for g in &group {
                let supers: i64 = c
                    .query_row(
                        "SELECT COUNT(*) FROM organisation w JOIN organisation m \
                         ON m.id = w.main_org_id AND m.main_org_id = m.id \
                         JOIN user u ON u.id = m.superadmin_id AND u.deleted = 0 \
                         WHERE w.id = ?1",
                        [g.id],
                        |r| r.get(0),
                    )
                    .map_err(|x| x.to_string())?;
                if supers != 1 {
                    return Err(format!("Workspace {} sees {supers} SuperAdmins", g.id));
                }
            }
            for g in group {
                let a = store::access_in(c, sa, g.id).map_err(e)?;
                if !a.is_some_and(|a| a.superadmin && a.active()) {
                    return Err(format!(
                        "SuperAdmin {sa} lacks active access to linked Workspace {}",
                        g.id
                    ));
                }
            }
        } else if o.superadmin_id.is_some() {
            return Err(format!(
                "Workspace {} has a SuperAdmin but is not a main organisation",
                o.id
            ));
        }
    }
    for u in store::all_users(c).map_err(e)? {
        let access = store::access_of(c, u.id).map_err(e)?;
        let active: Vec<i64> = access
            .iter()
            .filter(|a| a.active())
            .map(|a| a.org_id)
            .collect();
        if !active.is_empty() && !u.default_org_id.is_some_and(|d| active.contains(&d)) {
            return Err(format!(
                "user {} has default {:?} outside their active Workspaces {active:?}",
                u.id, u.default_org_id
            ));
        }
        for a in &access {
            if a.shown_roles().is_empty() {
                return Err(format!(
                    "user {} has no role in Workspace {}",
                    u.id, a.org_id
                ));
            }
        }
    }
    for o in &orgs {
        for m in store::memberships_of_org(c, o.id).map_err(e)? {
            if m.roles == 0 {
                return Err(format!(
                    "membership {}/{} without a role",
                    m.user_id, m.org_id
                ));
            }
            if store::user(c, m.user_id).map_err(e)?.is_none() {
                return Err(format!("membership of deleted user {}", m.user_id));
            }
        }
    }
    Ok(())
}

/// The checker itself must be able to fail: plant each kind of violation by hand.
#[test]
fn the_invariant_check_catches_planted_violations() {
    let plant = |sql: &str| {
        let store = Store::open(None).expect("store");
        store
            .read(|c| Ok(check(c)))
            .expect("read")
            .expect("the demo data holds");
        store
            .write(|c| {
                c.execute_batch(sql)?;
                Ok(())
            })
            .expect("plant");
        store.read(|c| Ok(check(c))).expect("read")
    };
    let main = "(SELECT id FROM organisation WHERE name = 'Acme Corp')";
    let eu = "(SELECT id FROM organisation WHERE name = 'Acme EU')";
    let sa = "(SELECT id FROM user WHERE username = 'superadmin@acme.example')";
    let cases = [
        format!("UPDATE organisation SET superadmin_id = NULL WHERE id = {main}"),
        format!("UPDATE organisation SET superadmin_id = {sa} WHERE id = {eu}"),
        format!("UPDATE user SET deleted = 1 WHERE id = {sa}"),
        format!("UPDATE organisation SET main_org_id = NULL WHERE id = {main}"),
        "UPDATE user SET default_org_id = (SELECT id FROM organisation WHERE name = 'Globex Logistics') \
         WHERE username = 'eu-admin@acme.example'"
            .into(),
        "UPDATE membership SET roles = 0 WHERE rowid = (SELECT MIN(rowid) FROM membership)".into(),
    ];
    for sql in cases {
        assert!(plant(&sql).is_err(), "the check missed: {sql}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_after_every_operation(ops in prop::collection::vec(op(), 1..40)) {
        let store = Store::open(None).map_err(|e| TestCaseError::fail(e.to_string()))?;
        store.read(|c| Ok(check(c))).map_err(|e| TestCaseError::fail(e.message))?
            .map_err(TestCaseError::fail)?;
        for (i, op) in ops.iter().enumerate() {
            let now = store.now();
            let before = store.dump().map_err(|e| TestCaseError::fail(e.message))?;
            let outcome = store.write(|c| apply(c, now, op));
            if outcome.is_err() {
                let after = store.dump().map_err(|e| TestCaseError::fail(e.message))?;
                prop_assert_eq!(&before, &after, "refused step {} ({:?}) changed state", i, op);
            }
            let verdict = store.read(|c| Ok(check(c))).map_err(|e| TestCaseError::fail(e.message))?;
            if let Err(msg) = verdict {
                return Err(TestCaseError::fail(format!("after step {i} ({op:?}): {msg}")));
            }
        }
    }
}
