//! What a reader (YAML or CSV) hands over: strings with their positions, not yet checked.
//! [`validate`] checks all of it in one pass and resolves Workspace names.

use std::collections::{BTreeSet, HashMap};

use super::model::{DesiredAccess, DesiredState, DesiredUser, Pos, Role, Status, WorkspaceRef};
use super::{suggest, Problem};

/// A string and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub text: String,
    pub pos: Pos,
}

impl Located {
    pub fn new(text: impl Into<String>, pos: Pos) -> Self {
        Located {
            text: text.into(),
            pos,
        }
    }
}

#[derive(Debug, Default)]
pub struct RawFile {
    /// The explicit list of managed Workspaces (YAML `workspaces:`), if given.
    pub workspaces: Option<Vec<Located>>,
    pub users: Vec<RawUser>,
}

#[derive(Debug)]
pub struct RawUser {
    pub email: Located,
    pub name: Option<Located>,
    pub pos: Pos,
    pub access: Vec<RawAccess>,
}

#[derive(Debug)]
pub struct RawAccess {
    pub workspace: Located,
    pub roles: Vec<Located>,
    pub status: Option<Located>,
    pub pos: Pos,
}

/// A plausible email address: one `@`, something before it, a dotted domain, no spaces.
/// The server has the last word; this catches typos before anything is sent.
pub fn check_email(text: &str) -> Result<(), String> {
    let bad = || format!("`{text}` is not a valid email address");
    let (local, domain) = text.split_once('@').ok_or_else(bad)?;
    let ok = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !text.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(())
    } else {
        Err(bad())
    }
}

/// Find a Workspace by name: exact, else case-insensitive when that is unambiguous.
pub fn resolve_workspace<'a>(
    name: &str,
    known: &'a [WorkspaceRef],
) -> Result<&'a WorkspaceRef, String> {
    let name = name.trim();
    if let Some(w) = known.iter().find(|w| w.name == name) {
        return Ok(w);
    }
    let folded: Vec<&WorkspaceRef> = known
        .iter()
        .filter(|w| w.name.to_lowercase() == name.to_lowercase())
        .collect();
    match folded.as_slice() {
        [one] => Ok(one),
        [] => {
            let mut message = format!("{UNKNOWN_WORKSPACE} `{name}`");
            match suggest(name, known.iter().map(|w| w.name.as_str())) {
                Some(best) => message.push_str(&format!("; did you mean `{best}`?")),
                None if !known.is_empty() => {
                    let names: Vec<&str> = known.iter().map(|w| w.name.as_str()).collect();
                    message.push_str(&format!(" (known: {})", names.join(", ")));
                }
                None => {}
            }
            Err(message)
        }
        _ => Err(format!(
            "Workspace name `{name}` matches several Workspaces; spell it exactly"
        )),
    }
}

/// Check everything and resolve names. Collects every problem before giving up.
pub fn validate(raw: RawFile, known: &[WorkspaceRef]) -> Result<DesiredState, Vec<Problem>> {
    let mut problems = Vec::new();

    let explicit: Option<Vec<WorkspaceRef>> = raw.workspaces.as_ref().map(|list| {
        let mut seen: HashMap<i64, Pos> = HashMap::new();
        let mut managed = Vec::new();
        for item in list {
            match resolve_workspace(&item.text, known) {
                Ok(w) => {
                    if let Some(first) = seen.get(&w.id) {
                        problems.push(Problem::at(
                            item.pos,
                            format!("Workspace `{}` is listed twice (first at {first})", w.name),
                        ));
                    } else {
                        seen.insert(w.id, item.pos);
                        managed.push(w.clone());
                    }
                }
                Err(m) => problems.push(Problem::at(item.pos, m)),
            }
        }
        managed
    });
    let explicit_given = raw.workspaces.is_some();
    let mut mentioned: Vec<WorkspaceRef> = Vec::new();

    let mut seen_emails: HashMap<String, Pos> = HashMap::new();
    let mut users = Vec::new();
    for user in raw.users {
        let email = user.email.text.trim().to_string();
        if let Err(m) = check_email(&email) {
            problems.push(Problem::at(user.email.pos, m));
        }
        let key = email.to_lowercase();
        if let Some(first) = seen_emails.get(&key) {
            problems.push(Problem::at(
                user.email.pos,
                format!("user `{email}` appears twice (first at {first})"),
            ));
        } else {
            seen_emails.insert(key, user.email.pos);
        }
        let name = match &user.name {
            Some(n) if n.text.chars().any(hides_text) => {
                problems.push(Problem::at(
                    n.pos,
                    format!(
                        "the name of `{email}` contains a control or invisible formatting character"
                    ),
                ));
                String::new()
            }
            Some(n) if !n.text.trim().is_empty() => n.text.trim().to_string(),
            Some(n) => {
                problems.push(Problem::at(
                    n.pos,
                    format!("the name of `{email}` is empty"),
                ));
                String::new()
            }
            None => {
                problems.push(Problem::at(user.pos, format!("user `{email}` has no name")));
                String::new()
            }
        };

        let mut seen_ws: HashMap<i64, Pos> = HashMap::new();
        let mut access = Vec::new();
        for entry in user.access {
            let workspace = match resolve_workspace(&entry.workspace.text, known) {
                Ok(w) => Some(w.clone()),
                Err(m) => {
                    problems.push(Problem::at(entry.workspace.pos, m));
                    None
                }
            };
            let mut roles = BTreeSet::new();
            if entry.roles.is_empty() {
                problems.push(Problem::at(
                    entry.pos,
                    format!("no role given for `{email}` in `{}`", entry.workspace.text),
                ));
            }
            for role in &entry.roles {
                match Role::parse_assignable(&role.text) {
                    Ok(r) => {
                        if !roles.insert(r) {
                            problems
                                .push(Problem::at(role.pos, format!("role `{r}` is given twice")));
                        }
                    }
                    Err(m) => problems.push(Problem::at(role.pos, m)),
                }
            }
            let status = match &entry.status {
                None => Status::Active,
                Some(s) if s.text.trim().is_empty() => Status::Active,
                Some(s) => Status::parse(&s.text).unwrap_or_else(|m| {
                    problems.push(Problem::at(s.pos, m));
                    Status::Active
                }),
            };
            let Some(workspace) = workspace else { continue };
            if let Some(first) = seen_ws.get(&workspace.id) {
                problems.push(Problem::at(
                    entry.workspace.pos,
                    format!(
                        "`{email}` is given access to `{}` twice (first at {first})",
                        workspace.name
                    ),
                ));
                continue;
            }
            seen_ws.insert(workspace.id, entry.workspace.pos);
            match &explicit {
                Some(managed) if explicit_given => {
                    if !managed.iter().any(|w| w.id == workspace.id) {
                        problems.push(Problem::at(
                            entry.workspace.pos,
                            format!(
                                "Workspace `{}` is not in the file's `workspaces:` list",
                                workspace.name
                            ),
                        ));
                    }
                }
                _ => {
                    if !mentioned.iter().any(|w| w.id == workspace.id) {
                        mentioned.push(workspace.clone());
                    }
                }
            }
            access.push(DesiredAccess {
                workspace,
                roles,
                status,
                pos: entry.pos,
            });
        }
        users.push(DesiredUser {
            email,
            name,
            pos: user.pos,
            access,
        });
    }

    if problems.is_empty() {
        let managed = explicit.unwrap_or(mentioned);
        Ok(DesiredState { managed, users })
    } else {
        problems.sort_by_key(|p| p.pos);
        Err(problems)
    }
}

/// Characters that change how the rest of a line is shown instead of showing themselves:
/// control characters, direction overrides and isolates, zero-width characters and the Unicode
/// line and paragraph separators. In a name they could fake lines of the plan a person reviews.
fn hides_text(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// How a Workspace name that matches none of the caller's is reported.
const UNKNOWN_WORKSPACE: &str = "unknown Workspace";

/// Whether any of `problems` is a Workspace name that matched none of the caller's.
pub fn has_unknown_workspace(problems: &[Problem]) -> bool {
    problems
        .iter()
        .any(|p| p.message.starts_with(UNKNOWN_WORKSPACE))
}
