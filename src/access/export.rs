//! Writing the current state as an access file that [`super::parse`] reads back unchanged.
//!
//! The SuperAdmin's access to linked Workspaces is left out (emnify manages it, and a file that
//! listed it could not be applied); a comment says so.

use std::fmt::Write;

use super::model::{roles_text, CurrentAccess, CurrentState, CurrentUser, Role, Status};
use super::Format;

/// YAML words that a plain scalar would turn into something other than a string.
const YAML_SPECIAL: [&str; 12] = [
    "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n", "none", "",
];

/// A YAML scalar: plain when that is unambiguous, else a double-quoted string (JSON's string
/// syntax is valid YAML).
fn yaml_scalar(text: &str) -> String {
    let plain = text.chars().next().is_some_and(|c| c.is_alphanumeric())
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || " ._@+-()'".contains(c))
        && !text.ends_with(' ')
        && !YAML_SPECIAL.contains(&text.to_lowercase().as_str())
        && text.parse::<f64>().is_err();
    if plain {
        text.to_string()
    } else {
        serde_json::Value::String(text.to_string()).to_string()
    }
}

/// The user's access in file order: default Workspace first (where a re-created user would be
/// invited), then in the order of the exported Workspaces. SuperAdmin access is left out.
fn exported_access<'a>(state: &CurrentState, user: &'a CurrentUser) -> Vec<&'a CurrentAccess> {
    let rank = |a: &CurrentAccess| {
        let is_default = user.default_workspace == Some(a.workspace_id);
        let pos = state.workspaces.iter().position(|w| w.id == a.workspace_id);
        (!is_default, pos.unwrap_or(usize::MAX))
    };
    let mut access: Vec<&CurrentAccess> = user
        .access
        .iter()
        .filter(|a| !a.is_superadmin() && state.workspace(a.workspace_id).is_some())
        .collect();
    access.sort_by_key(|a| rank(a));
    access
}

fn sorted_users(state: &CurrentState) -> Vec<&CurrentUser> {
    let mut users: Vec<&CurrentUser> = state.users.iter().collect();
    users.sort_by_key(|u| u.email.to_lowercase());
    users
}

/// The SuperAdmins whose access the export leaves out (emnify manages it).
pub fn superadmins(state: &CurrentState) -> Vec<&str> {
    state
        .users
        .iter()
        .filter(|u| u.access.iter().any(|a| a.roles.contains(&Role::SuperAdmin)))
        .map(|u| u.email.as_str())
        .collect()
}

fn workspace_name(state: &CurrentState, id: i64) -> &str {
    state.workspace(id).map(|w| w.name.as_str()).unwrap_or("")
}

fn to_yaml(state: &CurrentState) -> String {
    let mut out = String::new();
    out.push_str("# emnify access file (docs/access-file.md): users, and their role and status\n");
    out.push_str("# per Workspace. Roles: administrator, user, observer. Status: active (the\n");
    out.push_str("# default), suspended, or pending (invited, not accepted yet).\n");
    for email in superadmins(state) {
        let _ = writeln!(
            out,
            "# The SuperAdmin {email} is left out: emnify manages that access."
        );
    }
    out.push_str("workspaces:\n");
    for w in &state.workspaces {
        let _ = writeln!(out, "  - {}", yaml_scalar(&w.name));
    }
    out.push_str("users:\n");
    for user in sorted_users(state) {
        let access = exported_access(state, user);
        if access.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  - email: {}", yaml_scalar(&user.email));
        let _ = writeln!(out, "    name: {}", yaml_scalar(&user.name));
        out.push_str("    access:\n");
        for a in access {
            let roles: Vec<&str> = a.roles.iter().map(|r| r.as_str()).collect();
            let role = match roles.as_slice() {
                [one] => one.to_string(),
                many => format!("[{}]", many.join(", ")),
            };
            let key = yaml_scalar(workspace_name(state, a.workspace_id));
            if a.status == Status::Active {
                let _ = writeln!(out, "      {key}: {role}");
            } else {
                let _ = writeln!(out, "      {key}: {{ role: {role}, status: {} }}", a.status);
            }
        }
    }
    out
}

/// Plain CSV, header first, no comment lines: spreadsheets and CSV readers take a comment for
/// the header. The command says on stderr what is left out.
fn to_csv(state: &CurrentState) -> String {
    let mut out = String::new();
    let mut rows: Vec<[String; 5]> = Vec::new();
    for user in sorted_users(state) {
        for a in exported_access(state, user) {
            rows.push([
                user.email.clone(),
                user.name.clone(),
                workspace_name(state, a.workspace_id).to_string(),
                roles_text(&a.roles),
                a.status.to_string(),
            ]);
        }
    }
    // Writing to a Vec cannot fail; the results are checked anyway rather than unwrapped.
    let header = ["email", "name", "workspace", "role", "status"];
    let mut written = write_csv_record(&mut out, &header, false);
    for r in &rows {
        // A record starting with `#` would read back as a comment: quote it.
        let quote = r[0].starts_with('#');
        written = written.and_then(|_| write_csv_record(&mut out, r, quote));
    }
    if let Err(e) = written {
        let _ = writeln!(out, "# export failed: {e}");
    }
    out
}

/// One CSV record appended to `out`; every field quoted when `quote_all`.
fn write_csv_record<S: AsRef<str>>(
    out: &mut String,
    record: &[S],
    quote_all: bool,
) -> Result<(), String> {
    let style = if quote_all {
        csv::QuoteStyle::Always
    } else {
        csv::QuoteStyle::Necessary
    };
    let mut writer = csv::WriterBuilder::new()
        .quote_style(style)
        .from_writer(Vec::new());
    writer
        .write_record(record.iter().map(|f| f.as_ref()))
        .map_err(|e| e.to_string())?;
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    out.push_str(&String::from_utf8_lossy(&bytes));
    Ok(())
}

/// How many users an export lists (those with access other than SuperAdmin access).
pub fn exported_users(state: &CurrentState) -> usize {
    state
        .users
        .iter()
        .filter(|u| !exported_access(state, u).is_empty())
        .count()
}

/// Write the current state in the given format.
pub fn export(state: &CurrentState, format: Format) -> String {
    match format {
        Format::Yaml => to_yaml(state),
        Format::Csv => to_csv(state),
    }
}
