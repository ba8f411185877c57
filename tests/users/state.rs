//! Reading the emulator's state directly, to check what a command really changed.

#![allow(dead_code)]

use emnify::emulator::rules::role_list;
use emnify::emulator::store;

use crate::common::TestEnv;

/// One user's access in one Workspace: role names (`SuperAdmin` alone where it applies) and
/// status (0 pending, 1 active, 2 suspended).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Held {
    pub workspace: i64,
    pub roles: Vec<String>,
    pub status: u8,
}

/// Every Workspace `email` has access to, by Workspace id; empty when the user does not exist.
pub fn access(t: &TestEnv, email: &str) -> Vec<Held> {
    let rows = t.emu().store().read(|c| {
        let Some(u) = store::user_by_name(c, email)? else {
            return Ok(Vec::new());
        };
        store::access_of(c, u.id)
    });
    let mut out: Vec<Held> = rows
        .expect("store read")
        .into_iter()
        .map(|a| Held {
            workspace: a.org_id,
            roles: if a.superadmin {
                vec!["SuperAdmin".to_string()]
            } else {
                role_list(a.roles)
                    .into_iter()
                    .map(|(_, n)| n.to_string())
                    .collect()
            },
            status: a.status,
        })
        .collect();
    out.sort_by_key(|h| h.workspace);
    out
}

/// The access of `email` in one Workspace.
pub fn held(t: &TestEnv, email: &str, workspace: i64) -> Option<Held> {
    access(t, email)
        .into_iter()
        .find(|h| h.workspace == workspace)
}

pub fn default_of(t: &TestEnv, email: &str) -> Option<i64> {
    t.emu()
        .store()
        .read(|c| Ok(store::user_by_name(c, email)?.and_then(|u| u.default_org_id)))
        .expect("store read")
}

/// Everything about every user, to show that a refused command changed nothing.
pub fn snapshot(t: &TestEnv) -> Vec<(String, Option<i64>, Vec<Held>)> {
    let names: Vec<String> = t
        .emu()
        .store()
        .read(|c| {
            Ok(store::all_users(c)?
                .into_iter()
                .map(|u| u.username)
                .collect())
        })
        .expect("store read");
    let mut out: Vec<_> = names
        .into_iter()
        .map(|n| (n.clone(), default_of(t, &n), access(t, &n)))
        .collect();
    out.sort();
    out
}

pub fn roles(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

/// The role names of `email`'s own membership in `workspace`, under any SuperAdmin access.
pub fn own_roles(t: &TestEnv, email: &str, workspace: i64) -> Option<Vec<String>> {
    t.emu()
        .store()
        .read(|c| {
            let Some(u) = store::user_by_name(c, email)? else {
                return Ok(None);
            };
            Ok(store::membership(c, u.id, workspace)?.map(|m| {
                role_list(m.roles)
                    .into_iter()
                    .map(|(_, n)| n.to_string())
                    .collect()
            }))
        })
        .expect("store read")
}

/// How many changing requests (POST, PUT, PATCH, DELETE; logins and Workspace switches aside)
/// the emulator has answered so far.
pub fn mutations(t: &TestEnv) -> u64 {
    let m = t.emu().metrics();
    m["by_route"]
        .as_object()
        .map(|routes| {
            routes
                .iter()
                .filter(|(route, _)| {
                    ["POST ", "PUT ", "PATCH ", "DELETE "]
                        .iter()
                        .any(|verb| route.starts_with(verb))
                        && !route.contains("/api/v1/authenticate")
                })
                .filter_map(|(_, n)| n.as_u64())
                .sum()
        })
        .unwrap_or(0)
}
