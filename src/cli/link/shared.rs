//! Helpers shared by the link verbs and `workspace request`.

use crate::api::ext;
use crate::context::Context;
use crate::error::{CliError, CliResult, ErrorKind};

/// Where the Portal takes Workspace and link requests.
pub const PORTAL_WORKSPACES: &str = "https://portal.emnify.com: click your Workspace name at the \
top of the sidebar to open Workspaces, then `Create a new Workspace` or `Link existing Workspace`";

/// The error for a request emnify only takes through the Portal.
pub fn portal_only(what: &str) -> CliError {
    CliError::new(
        ErrorKind::Unavailable,
        format!("emnify's public API has no way to file {what}"),
    )
    .with_hint(format!("file it in the emnify Portal: {PORTAL_WORKSPACES}"))
    .with_hint("emnify processes requests by hand; linking usually takes 2 to 7 days")
}

/// A valid-looking contact email, checked before any request is made.
pub fn check_email(email: &str) -> CliResult<String> {
    let e = email.trim();
    let ok = e.split_once('@').is_some_and(|(l, d)| {
        !l.is_empty() && d.contains('.') && !d.starts_with('.') && !d.ends_with('.')
    }) && !e.contains(char::is_whitespace);
    if ok {
        Ok(e.to_string())
    } else {
        Err(CliError::usage(format!(
            "`{email}` is not an email address"
        )))
    }
}

/// True when the server offers the extension endpoints.
pub async fn has_extensions(ctx: &Context) -> CliResult<bool> {
    Ok(ext::available(ctx.client().await?).await?)
}

/// A filed request as printed by `link request` and `workspace request`.
#[derive(Debug, serde::Serialize)]
pub struct TicketRow(pub ext::Ticket);

impl crate::output::Tabular for TicketRow {
    fn headers() -> Vec<&'static str> {
        vec!["id", "kind", "status", "contact_email", "details"]
    }
    fn row(&self) -> Vec<String> {
        let field = |k: &str| match self.0.details.get(k) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Null) | None => String::new(),
            Some(v) => v.to_string(),
        };
        vec![
            self.0.id.to_string(),
            self.0.kind.clone(),
            self.0.status.clone(),
            field("contact_email"),
            field("details"),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::check_email;

    #[test]
    fn emails_are_checked() {
        assert!(check_email("ops@acme.example").is_ok());
        for bad in [
            "",
            "ops",
            "@acme.example",
            "ops@acme",
            "o ps@acme.example",
            "ops@.example",
        ] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
    }
}
