//! Settings resolution: flags > environment > profile > defaults, as a pure function.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use crate::env_vars::{self, Env};
use crate::error::{CliError, CliResult};
use crate::output::{ColorChoice, Format};
use crate::profile::credentials::{Secret, StoreMode};
use crate::profile::{
    ProfileFile, DEFAULT_API_URL, DEFAULT_PROFILE, EMBEDDED_API_URL, EMULATOR_PROFILE,
};

/// Where a setting came from (shown by `auth status` and `--show-settings`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Flag,
    Env,
    Profile,
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Source::Flag => "flag",
            Source::Env => "environment",
            Source::Profile => "profile",
            Source::Default => "default",
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// The global flags, as parsed by clap (see `cli::GlobalArgs`).
#[derive(Debug, Clone, Default)]
pub struct GlobalFlags {
    pub profile: Option<String>,
    pub workspace: Option<String>,
    pub api_url: Option<String>,
    pub output: Option<Format>,
    pub color: ColorChoice,
    pub emulator: bool,
    pub no_input: bool,
    pub yes: bool,
    pub quiet: bool,
    pub verbose: u8,
}

/// Credentials given in the environment (the values stay out of `Debug`).
#[derive(Debug, Clone)]
pub enum EnvLogin {
    ApplicationToken(Secret),
    Password { username: String, password: Secret },
}

/// Everything resolved before a command runs.
#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    pub profile: Sourced<String>,
    pub api_url: Sourced<String>,
    /// `--workspace` / `EMNIFY_WORKSPACE`: one command (or shell) in another Workspace.
    pub workspace_override: Option<Sourced<String>>,
    pub output: Sourced<String>,
    #[serde(skip)]
    pub format: Format,
    pub no_input: bool,
    /// Why prompts are off (`--no-input` or `CI`), for error messages.
    pub no_input_reason: Option<&'static str>,
    pub yes: bool,
    pub quiet: bool,
    pub verbose: u8,
    pub config_dir: PathBuf,
    pub credential_store: String,
    #[serde(skip)]
    pub store_mode: StoreMode,
    /// Which environment credentials are present (names only).
    pub env_credentials: Option<&'static str>,
    #[serde(skip)]
    pub env_login: Option<EnvLogin>,
}

impl Settings {
    pub fn embedded(&self) -> bool {
        self.api_url.value == EMBEDDED_API_URL
    }

    /// Resolve. Pure: no I/O beyond what was already read into `file`.
    pub fn resolve(
        flags: &GlobalFlags,
        env: &Env,
        file: &ProfileFile,
        config_dir: PathBuf,
    ) -> CliResult<Settings> {
        let profile = if flags.emulator {
            if flags
                .profile
                .as_deref()
                .is_some_and(|p| p != EMULATOR_PROFILE)
            {
                return Err(CliError::usage(
                    "`--emulator` always uses the `emulator` profile; drop `--profile`",
                ));
            }
            Sourced {
                value: EMULATOR_PROFILE.to_string(),
                source: Source::Flag,
            }
        } else if let Some(p) = &flags.profile {
            Sourced {
                value: p.clone(),
                source: Source::Flag,
            }
        } else if let Some(p) = env.get(env_vars::EMNIFY_PROFILE) {
            Sourced {
                value: p.to_string(),
                source: Source::Env,
            }
        } else if let Some(p) = &file.active {
            Sourced {
                value: p.clone(),
                source: Source::Profile,
            }
        } else {
            Sourced {
                value: DEFAULT_PROFILE.to_string(),
                source: Source::Default,
            }
        };
        validate_profile_name(&profile.value)?;
        let stored = file.profiles.get(&profile.value);

        let api_url = if flags.emulator {
            Sourced {
                value: EMBEDDED_API_URL.to_string(),
                source: Source::Flag,
            }
        } else if let Some(u) = &flags.api_url {
            Sourced {
                value: u.clone(),
                source: Source::Flag,
            }
        } else if let Some(u) = env.get(env_vars::EMNIFY_API_URL) {
            Sourced {
                value: u.to_string(),
                source: Source::Env,
            }
        } else if let Some(u) = stored.and_then(|p| p.api_url.clone()) {
            Sourced {
                value: u,
                source: Source::Profile,
            }
        } else if profile.value == EMULATOR_PROFILE {
            Sourced {
                value: EMBEDDED_API_URL.to_string(),
                source: Source::Default,
            }
        } else {
            Sourced {
                value: DEFAULT_API_URL.to_string(),
                source: Source::Default,
            }
        };

        let workspace_override = if let Some(w) = &flags.workspace {
            Some(Sourced {
                value: w.clone(),
                source: Source::Flag,
            })
        } else {
            env.get(env_vars::EMNIFY_WORKSPACE).map(|w| Sourced {
                value: w.to_string(),
                source: Source::Env,
            })
        };

        let (format, output) = if let Some(f) = flags.output {
            (
                f,
                Sourced {
                    value: format!("{f:?}").to_lowercase(),
                    source: Source::Flag,
                },
            )
        } else if let Some(f) = env.get(env_vars::EMNIFY_OUTPUT) {
            (
                f.parse()?,
                Sourced {
                    value: f.to_lowercase(),
                    source: Source::Env,
                },
            )
        } else {
            (
                Format::Table,
                Sourced {
                    value: "table".into(),
                    source: Source::Default,
                },
            )
        };

        let store_mode = StoreMode::from_env(env).map_err(|e| CliError::usage(e.to_string()))?;

        // The embedded emulator always uses its demo login: environment credentials belong to
        // some real account and must not be sent to it (nor it to them).
        let env_login = if api_url.value == EMBEDDED_API_URL {
            None
        } else if let Some(t) = env.get(env_vars::EMNIFY_APPLICATION_TOKEN) {
            Some(EnvLogin::ApplicationToken(Secret::new(t)))
        } else {
            match (
                env.get(env_vars::EMNIFY_USERNAME),
                env.get(env_vars::EMNIFY_PASSWORD),
            ) {
                (Some(u), Some(p)) => Some(EnvLogin::Password {
                    username: u.to_string(),
                    password: Secret::new(p),
                }),
                (Some(_), None) => {
                    return Err(CliError::usage(format!(
                        "{} is set but {} is not",
                        env_vars::EMNIFY_USERNAME,
                        env_vars::EMNIFY_PASSWORD
                    ))
                    .with_hint(format!(
                        "set both, or use {} instead",
                        env_vars::EMNIFY_APPLICATION_TOKEN
                    )))
                }
                (None, Some(_)) => {
                    return Err(CliError::usage(format!(
                        "{} is set but {} is not",
                        env_vars::EMNIFY_PASSWORD,
                        env_vars::EMNIFY_USERNAME
                    )))
                }
                (None, None) => None,
            }
        };
        let env_credentials = env_login.as_ref().map(|l| match l {
            EnvLogin::ApplicationToken(_) => env_vars::EMNIFY_APPLICATION_TOKEN,
            EnvLogin::Password { .. } => "EMNIFY_USERNAME/EMNIFY_PASSWORD",
        });

        let ci =
            env.is_set(env_vars::CI) && !matches!(env.get(env_vars::CI), Some("false") | Some("0"));
        Ok(Settings {
            profile,
            api_url,
            workspace_override,
            output,
            format,
            no_input: flags.no_input || ci,
            no_input_reason: if flags.no_input {
                Some("--no-input is set")
            } else if ci {
                Some("CI is set")
            } else {
                None
            },
            yes: flags.yes,
            quiet: flags.quiet,
            verbose: flags.verbose,
            config_dir,
            credential_store: format!("{store_mode:?}").to_lowercase(),
            store_mode,
            env_credentials,
            env_login,
        })
    }
}

/// Profile names become keyring entries and TOML keys: keep them simple.
pub fn validate_profile_name(name: &str) -> CliResult {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(CliError::usage(format!("invalid profile name `{name}`"))
            .with_hint("use letters, digits, `-`, `_` and `.` (at most 64)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use crate::profile::Profile;

    fn resolve(
        flags: GlobalFlags,
        env: &[(&str, &str)],
        file: &ProfileFile,
    ) -> CliResult<Settings> {
        Settings::resolve(
            &flags,
            &Env::from_pairs(env.iter().copied()),
            file,
            PathBuf::from("/cfg"),
        )
    }

    fn file_with(active: &str, api_url: Option<&str>) -> ProfileFile {
        let mut f = ProfileFile {
            active: Some(active.into()),
            ..Default::default()
        };
        f.profiles.insert(
            active.into(),
            Profile {
                api_url: api_url.map(Into::into),
                ..Default::default()
            },
        );
        f
    }

    #[test]
    fn flags_beat_env_beat_profile_beat_defaults() {
        let file = file_with("work", Some("http://profile"));
        let s = resolve(GlobalFlags::default(), &[], &ProfileFile::default()).expect("ok");
        assert_eq!(
            (s.profile.value.as_str(), s.profile.source),
            ("default", Source::Default)
        );
        assert_eq!(s.api_url.value, DEFAULT_API_URL);

        let s = resolve(GlobalFlags::default(), &[], &file).expect("ok");
        assert_eq!(
            (s.profile.value.as_str(), s.profile.source),
            ("work", Source::Profile)
        );
        assert_eq!(
            (s.api_url.value.as_str(), s.api_url.source),
            ("http://profile", Source::Profile)
        );

        let env = [
            ("EMNIFY_PROFILE", "ci"),
            ("EMNIFY_API_URL", "http://env"),
            ("EMNIFY_OUTPUT", "json"),
            ("EMNIFY_WORKSPACE", "Acme"),
        ];
        let s = resolve(GlobalFlags::default(), &env, &file).expect("ok");
        assert_eq!(
            (s.profile.value.as_str(), s.profile.source),
            ("ci", Source::Env)
        );
        assert_eq!(s.api_url.source, Source::Env);
        assert_eq!(s.format, Format::Json);
        assert_eq!(
            s.workspace_override.as_ref().map(|w| w.source),
            Some(Source::Env)
        );

        let flags = GlobalFlags {
            profile: Some("x".into()),
            api_url: Some("http://flag".into()),
            output: Some(Format::Csv),
            workspace: Some("1".into()),
            ..Default::default()
        };
        let s = resolve(flags, &env, &file).expect("ok");
        assert_eq!(
            (s.profile.value.as_str(), s.profile.source),
            ("x", Source::Flag)
        );
        assert_eq!(s.api_url.value, "http://flag");
        assert_eq!(s.format, Format::Csv);
        assert_eq!(s.workspace_override.map(|w| w.value), Some("1".into()));
    }

    #[test]
    fn emulator_flag_selects_the_embedded_profile_and_ignores_env_credentials() {
        let env = [
            ("EMNIFY_APPLICATION_TOKEN", "t"),
            ("EMNIFY_API_URL", "http://env"),
        ];
        let s = resolve(
            GlobalFlags {
                emulator: true,
                ..Default::default()
            },
            &env,
            &ProfileFile::default(),
        )
        .expect("ok");
        assert_eq!(s.profile.value, EMULATOR_PROFILE);
        assert!(s.embedded());
        assert!(s.env_login.is_none());
        assert!(resolve(
            GlobalFlags {
                emulator: true,
                profile: Some("x".into()),
                ..Default::default()
            },
            &[],
            &ProfileFile::default()
        )
        .is_err());
    }

    #[test]
    fn env_credentials_are_checked_for_completeness() {
        let err = resolve(
            GlobalFlags::default(),
            &[("EMNIFY_USERNAME", "a@b.c")],
            &ProfileFile::default(),
        )
        .expect_err("incomplete");
        assert_eq!(err.kind, ErrorKind::Usage);
        let s = resolve(
            GlobalFlags::default(),
            &[("EMNIFY_APPLICATION_TOKEN", "t"), ("EMNIFY_USERNAME", "u")],
            &ProfileFile::default(),
        )
        .expect("token wins");
        assert!(matches!(s.env_login, Some(EnvLogin::ApplicationToken(_))));
        assert_eq!(s.env_credentials, Some("EMNIFY_APPLICATION_TOKEN"));
    }

    #[test]
    fn ci_means_no_input_and_bad_values_are_usage_errors() {
        let s = resolve(
            GlobalFlags::default(),
            &[("CI", "")],
            &ProfileFile::default(),
        )
        .expect("ok");
        assert!(s.no_input);
        assert!(resolve(
            GlobalFlags::default(),
            &[("EMNIFY_OUTPUT", "yaml")],
            &ProfileFile::default()
        )
        .is_err());
        assert!(resolve(
            GlobalFlags {
                profile: Some("../x".into()),
                ..Default::default()
            },
            &[],
            &ProfileFile::default()
        )
        .is_err());
    }
}
