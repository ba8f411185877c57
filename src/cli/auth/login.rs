use clap::Args;

use crate::api::auth::{self, AuthAnswer, Claims};
use crate::api::{self, Client};
use crate::cli::prompt;
use crate::context::{credential_error, profile_error, Context, EnvLogin};
use crate::env_vars;
use crate::error::{CliError, CliResult};
use crate::profile::credentials::{Secret, StoredCredentials};
use crate::profile::{AuthMethod, WorkspaceRef};

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Email to log in with [env: EMNIFY_USERNAME] (prompted when missing)
    #[arg(
        long,
        short = 'u',
        value_name = "EMAIL",
        conflicts_with = "token_stdin"
    )]
    pub username: Option<String>,
    /// Read the password from stdin (first line) instead of prompting
    #[arg(long)]
    pub password_stdin: bool,
    /// Log in with an application token read from stdin (first line)
    #[arg(long, conflicts_with = "password_stdin")]
    pub token_stdin: bool,
}

pub async fn run(ctx: &Context, args: LoginArgs) -> CliResult {
    if ctx.settings.embedded() {
        return Err(CliError::usage(
            "the embedded emulator needs no login: it always uses the demo SuperAdmin",
        )
        .with_hint("try `emnify --emulator workspace list`"));
    }
    let client = ctx.anonymous_client().await?;
    let http = client.http().clone();
    let profile_name = ctx.profile_name().to_string();

    let (method, username, stored, user_id) = if args.token_stdin {
        let token = prompt::secret_from_stdin("an application token", "--token-stdin")?;
        let auth_token = auth::with_application_token(&http, &token)
            .await
            .map_err(login_error)?;
        let session = Client::new(
            http.clone(),
            Some(api::Login::ApplicationToken(token.clone())),
            &profile_name,
            Default::default(),
        );
        session.adopt_login(auth_token, None).await;
        let user_id = api::me::whoami(&session, None).await.ok().map(|u| u.id);
        let stored = StoredCredentials {
            application_token: Some(token),
            ..Default::default()
        };
        (
            AuthMethod::ApplicationToken,
            None,
            (stored, session),
            user_id,
        )
    } else {
        let username = match (&args.username, ctx.env.get(env_vars::EMNIFY_USERNAME)) {
            (Some(u), _) => u.clone(),
            (None, Some(u)) => u.to_string(),
            // Logging in again: the profile's user is the answer unless another is named.
            (None, None) if ctx.can_prompt() => {
                prompt::input_with_default("Email", ctx.profile().username).await?
            }
            (None, None) => match ctx.profile().username {
                Some(u) => {
                    ctx.ui.status(format!(
                        "Logging in as {u}, the user of profile `{}` (--username for another)",
                        ctx.profile_name()
                    ));
                    u
                }
                None => {
                    return Err(ctx.no_prompt_error("a username", "--username or EMNIFY_USERNAME"))
                }
            },
        };
        let username = username.trim().to_string();
        if !username.contains('@') {
            return Err(
                CliError::usage(format!("`{username}` is not an email address"))
                    .with_hint("emnify usernames are email addresses"),
            );
        }
        let password = if args.password_stdin {
            prompt::secret_from_stdin("the password", "--password-stdin")?
        } else if let Some(p) = ctx.env.get(env_vars::EMNIFY_PASSWORD) {
            Secret::new(p)
        } else if ctx.can_prompt() {
            prompt::password(&format!("Password for {username}")).await?
        } else {
            return Err(ctx.no_prompt_error("a password", "--password-stdin or EMNIFY_PASSWORD"));
        };
        let (auth_token, refresh_token) = match auth::with_password(&http, &username, &password)
            .await
            .map_err(login_error)?
        {
            AuthAnswer::Tokens {
                auth_token,
                refresh_token,
            } => (auth_token, refresh_token),
            AuthAnswer::Mfa { mfa_token } => {
                let code = if let Some(c) = ctx.env.get(env_vars::EMNIFY_MFA_CODE) {
                    c.to_string()
                } else if ctx.can_prompt() {
                    ctx.ui.status("Multi-factor authentication is on for this account; a code was sent to you");
                    prompt::input("One-time code").await?
                } else {
                    return Err(ctx.no_prompt_error("a one-time MFA code", "EMNIFY_MFA_CODE"));
                };
                match auth::with_mfa_code(&http, &mfa_token, code.trim())
                    .await
                    .map_err(|e| {
                        if e.status() == Some(401) && !e.is_lockout() {
                            CliError::auth("the one-time code was not accepted").with_hint(
                                "codes expire after a few minutes; log in again for a new one",
                            )
                        } else {
                            login_error(e)
                        }
                    })? {
                    AuthAnswer::Tokens {
                        auth_token,
                        refresh_token,
                    } => (auth_token, refresh_token),
                    AuthAnswer::Mfa { .. } => {
                        return Err(CliError::auth(
                            "the server asked for another MFA step, which is not supported",
                        ))
                    }
                }
            }
        };
        let Some(refresh_token) = refresh_token else {
            return Err(CliError::auth(
                "the login answer had no refresh token, so the session could not be kept",
            ));
        };
        let session = Client::new(
            http.clone(),
            Some(api::Login::RefreshToken(refresh_token.clone())),
            &profile_name,
            Default::default(),
        );
        session
            .adopt_login(auth_token, Some(refresh_token.clone()))
            .await;
        let user_id = Some(api::me::whoami(&session, Some(&username)).await?.id);
        let stored = StoredCredentials {
            refresh_token: Some(refresh_token),
            ..Default::default()
        };
        (
            AuthMethod::Password,
            Some(username),
            (stored, session),
            user_id,
        )
    };
    let (mut creds, session) = stored;

    // Where did the login land?
    let org = api::me::organisation(&session).await?;
    let landed_id = session.login_workspace().await?.unwrap_or(org.id);
    let landed_name = if landed_id == org.id {
        org.name.clone()
    } else {
        None
    }
    .or_else(|| session_claims_name(&creds))
    .unwrap_or_default();
    let landed = WorkspaceRef {
        id: landed_id,
        name: landed_name,
    };
    if let Some(tokens) = session.changed_tokens().await {
        creds.tokens = tokens;
    }

    let saved = ctx
        .credential_store()
        .save(&profile_name, &creds)
        .map_err(credential_error)?;
    if let Some(w) = &saved.warning {
        ctx.ui.warn(w);
    }
    let api_url = ctx.settings.api_url.value.clone();
    ctx.profiles
        .update(|file| {
            let p = file.profiles.entry(profile_name.clone()).or_default();
            let same_identity = p.username == username
                && p.auth_method == Some(method)
                && p.api_url.as_deref() == Some(api_url.as_str());
            p.api_url = Some(api_url.clone());
            p.username = username.clone();
            p.auth_method = Some(method);
            p.user_id = user_id;
            p.login_workspace = Some(landed.clone());
            if !same_identity {
                p.workspace = Some(landed.clone());
                p.previous_workspace = None;
            } else if p.workspace.is_none() {
                p.workspace = Some(landed.clone());
            }
            if file.active.is_none() {
                file.active = Some(profile_name.clone());
            }
        })
        .map_err(profile_error)?;

    let who = username.as_deref().unwrap_or("an application token");
    ctx.ui.status(format!(
        "Logged in to {api_url} as {who} (profile `{profile_name}`), in Workspace `{}` ({}); credentials in the {}",
        landed.name, landed.id, saved.backend
    ));
    if let Some(env_login) = &ctx.settings.env_login {
        let var = match env_login {
            EnvLogin::ApplicationToken(_) => env_vars::EMNIFY_APPLICATION_TOKEN,
            EnvLogin::Password { .. } => "EMNIFY_USERNAME/EMNIFY_PASSWORD",
        };
        ctx.ui.warn(format!(
            "{var} is set in this environment and overrides this login; unset it to use the login"
        ));
    }
    Ok(())
}

fn session_claims_name(creds: &StoredCredentials) -> Option<String> {
    creds
        .tokens
        .values()
        .find_map(|t| Claims::peek(t).and_then(|c| c.org_name))
}

fn login_error(e: api::ApiError) -> CliError {
    if e.is_lockout() {
        return CliError::from(e);
    }
    if e.status() == Some(401) {
        // emnify's 401 is usually empty; when the server does explain (e.g. SSO required), show it.
        let detail = match &e {
            api::ApiError::Status { body: Some(b), .. } => {
                b.message.clone().filter(|m| !m.is_empty())
            }
            _ => None,
        };
        let sso_token = matches!(&e, api::ApiError::Status { body: Some(b), .. }
            if b.error_token.as_deref() == Some("SsoRequired"));
        if let Some(d) = detail
            .as_ref()
            .filter(|d| sso_token || d.to_lowercase().contains("single sign-on"))
        {
            // The password was not the problem: this user must sign in through their IdP.
            return CliError::auth(format!("login refused: {d}")).with_hint(
                "sign in through the Portal with single sign-on; for scripts, create an \
                 application token there and use `emnify auth login --token-stdin`",
            );
        }
        let err = CliError::auth(
            "login failed: wrong email, password or token, or the account is suspended",
        )
        .with_hint("after 3 failed attempts in a row the account is locked for 5 minutes");
        return match detail {
            Some(d) => err.with_cause(d),
            None => err,
        };
    }
    CliError::from(e)
}
