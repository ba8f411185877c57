//! Resolved settings (flags > environment > profile > defaults) and the lazily built client.
//!
//! Settings are resolved once, before dispatch, by a pure function of the global flags, the
//! environment snapshot and the profile file. The [`Context`] then builds what a command needs only
//! when asked: the credential store (which may probe the keyring), the embedded emulator, the
//! authenticated client and the caller's identity.

use std::collections::BTreeMap;

use serde::Serialize;
use tokio::sync::OnceCell;

use crate::api::http::{Http, RetryPolicy};
use crate::api::models::UserWorkspace;
use crate::api::{self, Client, Login};
use crate::env_vars::{self, Env};
use crate::error::{CliError, CliResult, ErrorKind};
use crate::output::Ui;
use crate::profile::credentials::{Backend, CredentialStore, Secret, StoredCredentials};
use crate::profile::{self, Profile, ProfileFile, ProfileStore, WorkspaceRef};

/// The demo SuperAdmin that `--emulator` runs use. Demo data, not a secret; never stored.
pub const DEMO_USERNAME: &str = crate::emulator::demo::SUPERADMIN;
pub const DEMO_PASSWORD: &str = crate::emulator::demo::DEMO_PASSWORD;

mod settings;
pub use settings::{validate_profile_name, EnvLogin, GlobalFlags, Settings, Source, Sourced};

/// Where the credentials of this run come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CredentialSource {
    Environment,
    Stored,
    Demo,
}

/// The running command's view of the world.
pub struct Context {
    pub settings: Settings,
    pub ui: Ui,
    pub env: Env,
    pub profiles: ProfileStore,
    /// The profile file as read at start. Commands that change it use `profiles.update`.
    pub file: ProfileFile,
    creds: OnceCell<CredentialStore>,
    client: OnceCell<(Client, CredentialSource, Option<Backend>)>,
    stored: OnceCell<Option<(StoredCredentials, Backend)>>,
    user_id: OnceCell<i64>,
    api_url: OnceCell<String>,
    embedded: OnceCell<crate::cli::embedded::Embedded>,
}

impl Context {
    /// Rewrite the hints of an authentication failure when the credentials came from the
    /// environment: `emnify auth login` cannot fix EMNIFY_USERNAME/EMNIFY_PASSWORD or
    /// EMNIFY_APPLICATION_TOKEN, and EMNIFY_MFA_CODE is read by `auth login` only.
    pub fn explain_env_credentials(&self, mut e: CliError) -> CliError {
        let Some(vars) = self.settings.env_credentials else {
            return e;
        };
        if e.kind != ErrorKind::Auth || self.settings.embedded() {
            return e;
        }
        let password = self
            .settings
            .env_login
            .as_ref()
            .is_some_and(|l| matches!(l, EnvLogin::Password { .. }));
        let sso = e.causes.iter().any(|c| c.contains("SsoRequired"));
        if sso && password {
            e.hints = vec![format!(
                "this account must log in through single sign-on, so {vars} cannot work; set {} (an application token of the Workspace) instead",
                env_vars::EMNIFY_APPLICATION_TOKEN
            )];
        } else if e.message == api::ApiError::MfaRequired.to_string() {
            if self.env.get(env_vars::EMNIFY_MFA_CODE).is_some() {
                e = e.with_cause(format!(
                    "{} is read by `emnify auth login` only, not with {vars}",
                    env_vars::EMNIFY_MFA_CODE
                ));
            }
            e.hints = vec![format!(
                "for automation use {} (an application token needs no MFA); or unset {vars} and run `emnify auth login`",
                env_vars::EMNIFY_APPLICATION_TOKEN
            )];
        } else if e.hints.iter().any(|h| h == api::error::RELOGIN_HINT) {
            let what = if password {
                "check EMNIFY_USERNAME and EMNIFY_PASSWORD"
            } else {
                "check EMNIFY_APPLICATION_TOKEN: it may be revoked, expired, mistyped or for another API"
            };
            e.hints = vec![format!(
                "the credentials come from the environment ({vars}); {what}"
            )];
        }
        e
    }

    /// Read the profile file and resolve the settings.
    /// The context of one run. With `needs_profiles` false, an unreadable profile file counts
    /// as empty instead of failing the command.
    pub fn new(flags: &GlobalFlags, env: Env, needs_profiles: bool) -> CliResult<Context> {
        let config_dir = profile::config_dir(&env).map_err(profile_error)?;
        let profiles = ProfileStore::new(config_dir.clone());
        let file = match profiles.load() {
            Ok(file) => file,
            Err(e) if needs_profiles => return Err(profile_error(e)),
            Err(_) => Default::default(),
        };
        let settings = Settings::resolve(flags, &env, &file, config_dir)?;
        let mut ui = Ui::new(settings.format, flags.color, settings.quiet, &env);
        ui.emulator_flag = flags.emulator;
        Ok(Context {
            settings,
            ui,
            env,
            profiles,
            file,
            creds: OnceCell::new(),
            client: OnceCell::new(),
            stored: OnceCell::new(),
            user_id: OnceCell::new(),
            api_url: OnceCell::new(),
            embedded: OnceCell::new(),
        })
    }

    pub fn profile_name(&self) -> &str {
        &self.settings.profile.value
    }

    /// The current profile as stored (empty when it does not exist yet).
    pub fn profile(&self) -> Profile {
        self.file
            .profiles
            .get(self.profile_name())
            .cloned()
            .unwrap_or_default()
    }

    /// True when a person can answer a prompt right now.
    pub fn can_prompt(&self) -> bool {
        use std::io::IsTerminal;
        !self.settings.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    /// The error for a prompt that cannot be shown, naming the flag (or variable) that answers it.
    pub fn no_prompt_error(&self, what: &str, supply: &str) -> CliError {
        let why = self
            .settings
            .no_input_reason
            .unwrap_or("stdin is not a terminal");
        CliError::usage(format!("{what} is needed and cannot be asked for ({why})"))
            .with_hint(format!("supply it with {supply}"))
    }

    /// Ask before a change: `--yes` answers it, a person is asked on a terminal, and otherwise
    /// it fails at once naming `--yes`. Declining is a usage error saying nothing was changed.
    pub async fn confirm(&self, question: &str) -> CliResult {
        if self.settings.yes {
            return Ok(());
        }
        if !self.can_prompt() {
            return Err(self.no_prompt_error("a confirmation", "--yes"));
        }
        if crate::cli::prompt::confirm(question).await? {
            Ok(())
        } else {
            Err(CliError::usage("not confirmed; nothing was changed"))
        }
    }

    pub fn credential_store(&self) -> &CredentialStore {
        self.creds.get_or_init_sync(|| {
            CredentialStore::new(
                self.settings.store_mode,
                self.settings.config_dir.clone(),
                &self.env,
            )
        })
    }

    /// Stored credentials of the current profile (read once; never for the embedded emulator).
    pub fn stored_credentials(&self) -> CliResult<Option<&(StoredCredentials, Backend)>> {
        if self.settings.embedded() {
            return Ok(None);
        }
        if let Some(v) = self.stored.get() {
            return Ok(v.as_ref());
        }
        let loaded = self
            .credential_store()
            .load(self.profile_name())
            .map_err(credential_error)?;
        if let Some((_, Backend::File(path))) = &loaded {
            if let Some(w) = crate::profile::credentials::exposure_warning(path) {
                self.ui.warn(w);
            }
        }
        let _ = self.stored.set(loaded);
        Ok(self.stored.get().and_then(|v| v.as_ref()))
    }

    /// The base URL requests go to (starting the embedded emulator when the profile says so).
    pub async fn api_url(&self) -> CliResult<&str> {
        self.api_url
            .get_or_try_init(|| async {
                if self.settings.embedded() {
                    let emu = self
                        .embedded
                        .get_or_try_init(|| crate::cli::embedded::Embedded::start(&self.env))
                        .await?;
                    Ok::<_, CliError>(emu.base_url())
                } else {
                    Ok(self.settings.api_url.value.clone())
                }
            })
            .await
            .map(String::as_str)
    }

    /// A client with no login: for public endpoints and the login command itself.
    pub async fn anonymous_client(&self) -> CliResult<Client> {
        let http = Http::new(self.api_url().await?, RetryPolicy::default())?;
        Ok(Client::new(
            http,
            None,
            self.profile_name(),
            BTreeMap::new(),
        ))
    }

    /// The authenticated client (targeting the login Workspace), with where its credentials came
    /// from. Environment credentials win over stored ones, and say so on stderr.
    pub async fn client_with_source(
        &self,
    ) -> CliResult<&(Client, CredentialSource, Option<Backend>)> {
        self.client
            .get_or_try_init(|| async {
                let http = Http::new(self.api_url().await?, RetryPolicy::default())?;
                let profile = self.profile();
                let (login, source, cached, backend) = if self.settings.embedded() {
                    let login = Login::Password {
                        username: DEMO_USERNAME.into(),
                        password: Secret::new(DEMO_PASSWORD),
                    };
                    (Some(login), CredentialSource::Demo, BTreeMap::new(), None)
                } else if let Some(env_login) = &self.settings.env_login {
                    if profile.auth_method.is_some() {
                        self.ui.warn(format!(
                            "{} from the environment override{} the saved login of profile `{}`{}",
                            self.settings.env_credentials.unwrap_or("credentials"),
                            if matches!(env_login, EnvLogin::ApplicationToken(_)) {
                                "s"
                            } else {
                                ""
                            },
                            self.profile_name(),
                            profile
                                .username
                                .as_deref()
                                .map(|u| format!(" ({u})"))
                                .unwrap_or_default()
                        ));
                    }
                    let login = match env_login {
                        EnvLogin::ApplicationToken(t) => Login::ApplicationToken(t.clone()),
                        EnvLogin::Password { username, password } => Login::Password {
                            username: username.clone(),
                            password: password.clone(),
                        },
                    };
                    (
                        Some(login),
                        CredentialSource::Environment,
                        BTreeMap::new(),
                        None,
                    )
                } else {
                    // Stored credentials belong to the URL they were issued by: never send them
                    // to another one because of a flag or a variable.
                    if let Some(bound) = profile.api_url.as_deref().filter(|_| profile.auth_method.is_some()) {
                        if bound != self.settings.api_url.value {
                            return Err(CliError::auth(format!(
                                "profile `{}` is logged in to {bound}, not {}",
                                self.profile_name(),
                                self.settings.api_url.value
                            ))
                            .with_hint(format!(
                                "log in there with a profile of its own: `emnify --profile NAME --api-url {} auth login`",
                                self.settings.api_url.value
                            )));
                        }
                    }
                    match self.stored_credentials()? {
                        Some((c, backend)) => {
                            let login = match (&c.application_token, &c.refresh_token) {
                                (Some(t), _) => Some(Login::ApplicationToken(t.clone())),
                                (None, Some(r)) => Some(Login::RefreshToken(r.clone())),
                                (None, None) => None,
                            };
                            (
                                login,
                                CredentialSource::Stored,
                                c.tokens.clone(),
                                Some(backend.clone()),
                            )
                        }
                        None => (None, CredentialSource::Stored, BTreeMap::new(), None),
                    }
                };
                // Where the stored login lands matters only to pick its cached token.
                let landing = profile
                    .login_workspace
                    .as_ref()
                    .map(|w| w.id)
                    .filter(|id| source == CredentialSource::Stored && cached.contains_key(id));
                let client = Client::new(http, login, self.profile_name(), cached);
                if let Some(id) = landing {
                    client.set_login_workspace(id).await;
                }
                Ok::<_, CliError>((client, source, backend))
            })
            .await
    }

    pub async fn client(&self) -> CliResult<&Client> {
        Ok(&self.client_with_source().await?.0)
    }

    /// The username the session logs in with, when known.
    pub async fn login_username(&self) -> CliResult<Option<String>> {
        let (_, source, _) = self.client_with_source().await?;
        Ok(match source {
            CredentialSource::Demo => Some(DEMO_USERNAME.to_string()),
            CredentialSource::Environment => match &self.settings.env_login {
                Some(EnvLogin::Password { username, .. }) => Some(username.clone()),
                _ => None,
            },
            CredentialSource::Stored => self.profile().username,
        })
    }

    /// The caller's user id: from the profile when this login stored it, else asked once.
    pub async fn user_id(&self) -> CliResult<i64> {
        self.user_id
            .get_or_try_init(|| async {
                let (client, source, _) = self.client_with_source().await?;
                if *source == CredentialSource::Stored || *source == CredentialSource::Demo {
                    if let Some(id) = self.profile().user_id {
                        return Ok(id);
                    }
                }
                let username = self.login_username().await?;
                let me = api::me::whoami(client, username.as_deref()).await?;
                Ok::<_, CliError>(me.id)
            })
            .await
            .copied()
    }

    /// The caller's Workspaces (every one they can switch to), in the server's order.
    ///
    /// An application token belongs to one Workspace and to no user: its list is that Workspace
    /// alone, with no roles.
    pub async fn my_workspaces(&self) -> CliResult<Vec<UserWorkspace>> {
        let client = self.client().await?;
        let all = if client.is_application_token().await {
            let org = api::me::organisation(client).await?;
            vec![UserWorkspace {
                id: org.id,
                name: org.name.unwrap_or_default(),
                status: api::models::MemberStatus::Active,
                roles: Vec::new(),
                owner: None,
                default_workspace: Some(true),
            }]
        } else {
            let id = self.user_id().await?;
            api::workspaces::list_for_user(client, id).await?
        };
        self.remember_workspaces(&all).await;
        Ok(all)
    }

    /// Cache the Workspace names of the profile's identity for shell completion (see
    /// `profile::known`). Environment credentials are another identity: not cached. A failure
    /// costs only completion, so it is logged, never reported as an error.
    async fn remember_workspaces(&self, all: &[UserWorkspace]) {
        let Ok((_, source, _)) = self.client_with_source().await else {
            return;
        };
        if *source == CredentialSource::Environment {
            return;
        }
        let refs: Vec<WorkspaceRef> = all
            .iter()
            .map(|w| WorkspaceRef {
                id: w.id,
                name: w.name.clone(),
            })
            .collect();
        if let Err(e) = self
            .profiles
            .remember_workspaces(self.profile_name(), &refs)
        {
            tracing::debug!(error = %e, "Workspace names not cached for completion");
        }
    }

    /// The profile's active Workspace, when it belongs to the credentials in use (a stored or
    /// demo login). Environment credentials are another identity: the profile's choice does not
    /// apply to them.
    pub async fn profile_workspace(&self) -> CliResult<Option<WorkspaceRef>> {
        let (_, source, _) = self.client_with_source().await?;
        Ok(match source {
            CredentialSource::Environment => None,
            _ => self.profile().workspace,
        })
    }

    /// Turn "not among yours" into the application-token explanation when that is the reason.
    pub async fn explain_scope(&self, e: CliError) -> CliError {
        let app = match self.client().await {
            Ok(c) => c.is_application_token().await,
            Err(_) => false,
        };
        if app && e.kind == ErrorKind::NotFound {
            CliError::auth(format!(
                "{}; an application token is scoped to its own Workspace",
                e.message
            ))
            .with_hint(
                "log in with user credentials (`emnify auth login`) to work across Workspaces",
            )
        } else {
            e
        }
    }

    /// The Workspace commands act in, and where that choice came from: `--workspace` /
    /// `EMNIFY_WORKSPACE` (resolved by id or name), else the profile's active Workspace, else the
    /// one the login lands in.
    pub async fn target_workspace(&self) -> CliResult<(WorkspaceRef, Source)> {
        if let Some(sel) = &self.settings.workspace_override {
            let all = self.my_workspaces().await?;
            let resolved = crate::cli::workspace::shared::resolve(&all, &sel.value);
            let resolved = match resolved {
                Ok(w) => Ok(w),
                Err(e) => Err(self.explain_scope(e).await),
            };
            let ws = resolved.map_err(|e| {
                if sel.source == Source::Env {
                    e.with_hint(format!(
                        "the selector came from {}",
                        env_vars::EMNIFY_WORKSPACE
                    ))
                } else {
                    e
                }
            })?;
            return Ok((
                WorkspaceRef {
                    id: ws.id,
                    name: ws.name.clone(),
                },
                sel.source,
            ));
        }
        if let Some(ws) = self.profile_workspace().await? {
            return Ok((ws, Source::Profile));
        }
        let client = self.client().await?;
        let id = client.login_workspace().await?;
        let org = api::me::organisation(client).await?;
        let id = id.unwrap_or(org.id);
        Ok((
            WorkspaceRef {
                id,
                name: org.name.unwrap_or_default(),
            },
            Source::Default,
        ))
    }

    /// A client that acts in the target Workspace, and that Workspace.
    pub async fn workspace_client(&self) -> CliResult<(Client, WorkspaceRef)> {
        let (ws, _) = self.target_workspace().await?;
        Ok((self.client().await?.in_workspace(ws.id), ws))
    }

    /// Write back renewed or newly switched tokens so the next run does not log in again.
    /// Only for stored logins; environment and demo logins keep nothing.
    pub async fn persist_session(&self) -> CliResult {
        let Some((client, CredentialSource::Stored, Some(_))) = self.client.get() else {
            return Ok(());
        };
        let Some(tokens) = client.changed_tokens().await else {
            return Ok(());
        };
        let Some((creds, _)) = self.stored_credentials()?.cloned() else {
            return Ok(());
        };
        // Merge into what is stored *now*: another run may have logged in again or out since.
        match self
            .credential_store()
            .update_tokens(self.profile_name(), &creds, tokens)
        {
            Ok(_) => {}
            // Losing the cache costs a login next time, nothing more: say so, do not fail.
            Err(e) => self.ui.warn(format!("could not cache the session: {e}")),
        }
        Ok(())
    }

    /// Stop the embedded emulator, if one was started.
    pub async fn shutdown(self) {
        if let Some(emu) = self.embedded.into_inner() {
            emu.shutdown().await;
        }
    }
}

trait OnceCellSyncExt<T> {
    fn get_or_init_sync(&self, f: impl FnOnce() -> T) -> &T;
}

impl<T> OnceCellSyncExt<T> for OnceCell<T> {
    fn get_or_init_sync(&self, f: impl FnOnce() -> T) -> &T {
        if self.get().is_none() {
            let _ = self.set(f());
        }
        // Set just above (or by an earlier call); `set` only fails when already set.
        match self.get() {
            Some(v) => v,
            None => unreachable!("OnceCell was set above"),
        }
    }
}

pub fn profile_error(e: profile::ProfileError) -> CliError {
    use profile::ProfileError as P;
    // A profile file that does not parse (or is not text) is the user's to fix, like any bad
    // input file.
    let broken_file = match &e {
        P::Parse { path, .. } => Some(path),
        P::Read { path, source } if source.kind() == std::io::ErrorKind::InvalidData => Some(path),
        _ => None,
    };
    let hint = match (&e, broken_file) {
        (_, Some(path)) => Some(format!(
            "fix or remove {} (it holds no secrets)",
            path.display()
        )),
        (P::NoConfigDir, _) => Some(format!("set {}", env_vars::EMNIFY_CONFIG_DIR)),
        _ => None,
    };
    let kind = if broken_file.is_some() {
        ErrorKind::Usage
    } else {
        ErrorKind::Internal
    };
    let mut err = CliError::new(kind, e.to_string());
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        err = err.with_cause(s);
        source = s.source();
    }
    if let Some(h) = hint {
        err = err.with_hint(h);
    }
    err
}

pub fn credential_error(e: crate::profile::credentials::CredentialError) -> CliError {
    use crate::profile::credentials::CredentialError as E;
    match &e {
        E::BadMode(_) => CliError::usage(e.to_string()),
        E::KeyringUnavailable(_) => CliError::new(ErrorKind::Auth, e.to_string()).with_hint(format!(
            "{}=keyring asks to refuse rather than store credentials in a file; unset it (or set `file`) to \
             allow the 0600 file, or use {} for this run",
            env_vars::EMNIFY_CREDENTIAL_STORE,
            env_vars::EMNIFY_APPLICATION_TOKEN
        )),
        E::Keyring(_) => CliError::new(ErrorKind::Auth, e.to_string())
            .with_hint(format!("set {}=file to use a 0600 file instead", env_vars::EMNIFY_CREDENTIAL_STORE)),
        E::File { source, .. } => CliError::internal(e.to_string()).with_cause(source),
        E::Parse { source, .. } => CliError::internal(e.to_string())
            .with_cause(source)
            .with_hint("log in again with `emnify auth login` to rewrite it"),
    }
}
