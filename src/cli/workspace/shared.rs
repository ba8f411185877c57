//! Helpers shared by the Workspace verbs and `switch`: resolving a Workspace by id or name, and
//! the row every listing prints.

use serde::Serialize;

use crate::api::models::{Role, UserWorkspace};
use crate::context::{Context, Source};
use crate::error::{CliError, CliResult};
use crate::output::{join, yes_no, Tabular};

/// Find `selector` among `all`: an id, else a case-insensitive exact name, else a unique
/// case-insensitive name prefix. Ambiguity and misses are errors that say what to do next.
pub fn resolve<'a>(all: &'a [UserWorkspace], selector: &str) -> CliResult<&'a UserWorkspace> {
    let sel = selector.trim();
    if let Ok(id) = sel.parse::<i64>() {
        if let Some(w) = all.iter().find(|w| w.id == id) {
            return Ok(w);
        }
    }
    let lower = sel.to_lowercase();
    let exact: Vec<&UserWorkspace> = all
        .iter()
        .filter(|w| w.name.to_lowercase() == lower)
        .collect();
    if exact.len() == 1 {
        return Ok(exact[0]);
    }
    let matches: Vec<&UserWorkspace> = if exact.is_empty() {
        all.iter()
            .filter(|w| w.name.to_lowercase().starts_with(&lower))
            .collect()
    } else {
        exact
    };
    match matches.as_slice() {
        [one] => Ok(one),
        [] => {
            let mut err = CliError::not_found(format!("no Workspace `{sel}` among yours"));
            if let Some(best) = suggest(all, &lower) {
                err = err.with_hint(format!("did you mean `{}` ({})?", best.name, best.id));
            }
            Err(err.with_hint("list your Workspaces with `emnify workspace list`"))
        }
        many => {
            let names: Vec<String> = many
                .iter()
                .map(|w| format!("`{}` ({})", w.name, w.id))
                .collect();
            Err(CliError::usage(format!(
                "`{sel}` matches several Workspaces: {}",
                names.join(", ")
            ))
            .with_hint("use the id or more of the name"))
        }
    }
}

fn suggest<'a>(all: &'a [UserWorkspace], lower: &str) -> Option<&'a UserWorkspace> {
    all.iter()
        .map(|w| {
            let name = w.name.to_lowercase();
            let score = strsim::jaro_winkler(&name, lower).max(
                if name.contains(lower) || lower.contains(&name) {
                    0.9
                } else {
                    0.0
                },
            );
            (score, w)
        })
        .filter(|(score, _)| *score >= 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, w)| w)
}

/// One Workspace as the caller sees it. This is the documented JSON schema of `workspace list`.
#[derive(Debug, Clone, Serialize)]
pub struct WorkspaceRow {
    pub id: i64,
    pub name: String,
    /// The caller's role names there (e.g. `["Administrator"]`, `["SuperAdmin"]`).
    pub roles: Vec<String>,
    /// The caller's status there: `active`, `suspended` or `pending`.
    pub status: String,
    /// The caller's default Workspace (where a login lands).
    pub default: bool,
    /// The Workspace this command ran in.
    pub current: bool,
}

impl WorkspaceRow {
    pub fn new(w: &UserWorkspace, current: Option<i64>) -> Self {
        WorkspaceRow {
            id: w.id,
            name: w.name.clone(),
            roles: w.roles.iter().map(Role::display_name).collect(),
            status: match w.status {
                // One word for an invitation not accepted yet, as `user list` says it.
                crate::api::models::MemberStatus::ActivationPending => "pending".to_string(),
                ref other => other.as_str(),
            },
            default: w.default_workspace.unwrap_or(false),
            current: current == Some(w.id),
        }
    }
}

impl Tabular for WorkspaceRow {
    fn headers() -> Vec<&'static str> {
        vec!["id", "name", "roles", "status", "default", "current"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            join(&self.roles),
            self.status.clone(),
            yes_no(self.default),
            yes_no(self.current),
        ]
    }
}

/// The id of the Workspace commands run in, using `all` to resolve a `--workspace` selector.
pub async fn current_id(ctx: &Context, all: &[UserWorkspace]) -> CliResult<(i64, Source)> {
    if let Some(sel) = &ctx.settings.workspace_override {
        return match resolve(all, &sel.value) {
            Ok(w) => Ok((w.id, sel.source)),
            Err(e) => Err(ctx.explain_scope(e).await),
        };
    }
    if let Some(ws) = ctx.profile_workspace().await? {
        return Ok((ws.id, Source::Profile));
    }
    let client = ctx.client().await?;
    match client.login_workspace().await? {
        Some(id) => Ok((id, Source::Default)),
        None => Ok((
            crate::api::me::organisation(client).await?.id,
            Source::Default,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::models::MemberStatus;
    use crate::error::ErrorKind;

    fn ws(id: i64, name: &str) -> UserWorkspace {
        UserWorkspace {
            id,
            name: name.into(),
            status: MemberStatus::Active,
            roles: vec![],
            owner: None,
            default_workspace: None,
        }
    }

    fn all() -> Vec<UserWorkspace> {
        vec![
            ws(1, "Acme Corp"),
            ws(2, "Acme EU"),
            ws(3, "Acme Sandbox"),
            ws(4, "Globex Logistics"),
            ws(55, "42"),
        ]
    }

    #[test]
    fn resolves_by_id_name_and_unique_prefix() {
        let all = all();
        assert_eq!(resolve(&all, "2").expect("id").id, 2);
        assert_eq!(resolve(&all, "acme eu").expect("name").id, 2);
        assert_eq!(resolve(&all, "glob").expect("prefix").id, 4);
        assert_eq!(resolve(&all, "Acme S").expect("prefix").id, 3);
        // A name that looks like a number but is no id is still found by name.
        assert_eq!(resolve(&all, "42").expect("numeric name").id, 55);
    }

    #[test]
    fn ambiguous_and_unknown_say_what_to_do() {
        let all = all();
        let e = resolve(&all, "acme").expect_err("ambiguous");
        assert_eq!(e.kind, ErrorKind::Usage);
        assert!(e.message.contains("Acme Corp") && e.message.contains("Acme EU"));
        let e = resolve(&all, "Globx").expect_err("unknown");
        assert_eq!(e.kind, ErrorKind::NotFound);
        assert!(
            e.hints
                .iter()
                .any(|h| h.contains("did you mean `Globex Logistics`")),
            "{:?}",
            e.hints
        );
        assert!(e.hints.iter().any(|h| h.contains("emnify workspace list")));
        let e = resolve(&all, "zzzz").expect_err("unknown");
        assert!(!e.hints.iter().any(|h| h.contains("did you mean")));
    }
}
