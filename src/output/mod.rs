//! Rendering: data to stdout as a table, JSON or CSV; people-facing messages to stderr.
//!
//! The terminal changes decoration, never content: on a TTY tables fit the width and the header
//! may be coloured; piped, the same rows come out untruncated. JSON is the serde model of the
//! rows, snake_case, and nothing else is ever written to stdout. A closed pipe is not an error.

use std::io::{self, IsTerminal, Write};

use comfy_table::{presets, Cell, ContentArrangement, Table};
use serde::Serialize;

use crate::env_vars::{self, Env};
use crate::error::{CliError, CliResult};

/// `--output`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    /// A Markdown table (for tickets); `audit` renders a whole report.
    Markdown,
}

impl std::str::FromStr for Format {
    type Err = CliError;
    fn from_str(s: &str) -> Result<Self, CliError> {
        match s.to_ascii_lowercase().as_str() {
            "table" => Ok(Format::Table),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            "markdown" | "md" => Ok(Format::Markdown),
            other => Err(CliError::usage(format!(
                "unknown output format `{other}` (from {})",
                env_vars::EMNIFY_OUTPUT
            ))
            .with_hint("use one of: table, json, csv, markdown")),
        }
    }
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// Rows that can be shown as a table or CSV; JSON uses `Serialize` directly.
pub trait Tabular: Serialize {
    fn headers() -> Vec<&'static str>;
    fn row(&self) -> Vec<String>;
}

/// Where output goes and how it looks.
#[derive(Debug, Clone)]
pub struct Ui {
    pub format: Format,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    pub color: bool,
    pub width: Option<u16>,
    pub quiet: bool,
    /// The run has `--emulator`: commands suggested in hints carry it too.
    pub emulator_flag: bool,
}

impl Ui {
    pub fn new(format: Format, color: ColorChoice, quiet: bool, env: &Env) -> Self {
        let stdout_tty = io::stdout().is_terminal();
        let stderr_tty = io::stderr().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stdout_tty && env.get(env_vars::NO_COLOR).is_none(),
        };
        let width = env
            .get(env_vars::COLUMNS)
            .and_then(|c| c.parse().ok())
            .or_else(|| console::Term::stdout().size_checked().map(|(_, w)| w))
            // Some pseudo-terminals (`script`, serial consoles) report 0x0: the width is unknown.
            .filter(|w: &u16| *w > 0);
        Ui {
            format,
            stdout_tty,
            stderr_tty,
            color,
            width,
            quiet,
            emulator_flag: false,
        }
    }

    /// `msg`, with `--emulator` added to the commands it suggests when this run has it.
    pub fn suggesting(&self, msg: &str) -> String {
        if self.emulator_flag {
            with_emulator_flag(msg)
        } else {
            msg.to_string()
        }
    }

    /// Print a list in the chosen format. An empty list is `[]` in JSON, a header in CSV and a
    /// note on stderr for tables.
    pub fn list<T: Tabular>(&self, items: &[T]) -> CliResult {
        match self.format {
            Format::Json => self.json(&items),
            Format::Csv => self.csv(T::headers(), items.iter().map(Tabular::row)),
            Format::Markdown => self.markdown(T::headers(), items.iter().map(Tabular::row)),
            Format::Table => {
                if items.is_empty() {
                    self.status("(no results)");
                    return Ok(());
                }
                self.table(T::headers(), items.iter().map(Tabular::row).collect())
            }
        }
    }

    /// Print one record: a two-column table, a JSON object or a one-row CSV.
    pub fn record<T: Tabular>(&self, item: &T) -> CliResult {
        match self.format {
            Format::Json => self.json(item),
            Format::Csv => self.csv(T::headers(), std::iter::once(item.row())),
            Format::Markdown => self.markdown(T::headers(), std::iter::once(item.row())),
            Format::Table => {
                let rows = T::headers()
                    .into_iter()
                    .zip(item.row())
                    .map(|(h, v)| vec![h.to_string(), v])
                    .collect();
                self.table_without_header(rows)
            }
        }
    }

    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> CliResult {
        let mut text = serde_json::to_string_pretty(value)
            .map_err(|e| CliError::internal("cannot render JSON").with_cause(e))?;
        text.push('\n');
        write_stdout(text.as_bytes())
    }

    fn csv(&self, headers: Vec<&str>, rows: impl Iterator<Item = Vec<String>>) -> CliResult {
        let mut w = csv::Writer::from_writer(Vec::new());
        let bad = |e: csv::Error| CliError::internal("cannot render CSV").with_cause(e);
        w.write_record(&headers).map_err(bad)?;
        for r in rows {
            w.write_record(r.iter().map(|c| sanitize(c).into_owned()))
                .map_err(bad)?;
        }
        let bytes = w
            .into_inner()
            .map_err(|e| CliError::internal("cannot render CSV").with_cause(e))?;
        write_stdout(&bytes)
    }

    /// A Markdown pipe table; `|` and line breaks inside cells are escaped.
    fn markdown(&self, headers: Vec<&str>, rows: impl Iterator<Item = Vec<String>>) -> CliResult {
        let cell = |s: &str| sanitize(&s.replace('\\', "\\\\").replace('|', "\\|")).into_owned();
        let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
        let mut text = line(headers.iter().map(|h| cell(h)).collect());
        text.push_str(&line(headers.iter().map(|_| "---".to_string()).collect()));
        for r in rows {
            text.push_str(&line(r.iter().map(|c| cell(c)).collect()));
        }
        write_stdout(text.as_bytes())
    }

    fn new_table(&self) -> Table {
        let mut t = Table::new();
        t.load_preset(presets::NOTHING);
        match self.width.filter(|_| self.stdout_tty) {
            Some(w) => {
                t.set_content_arrangement(ContentArrangement::Dynamic);
                t.set_width(w);
            }
            // Piped, or a terminal whose width is unknown: never truncate.
            None => {
                t.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
        t
    }

    /// A table with a header row. Columns are separated by spaces, no borders.
    pub fn table(&self, headers: Vec<&str>, rows: Vec<Vec<String>>) -> CliResult {
        write_stdout(self.render_table(Some(headers), rows).as_bytes())
    }

    fn table_without_header(&self, rows: Vec<Vec<String>>) -> CliResult {
        write_stdout(self.render_table(None, rows).as_bytes())
    }

    /// The text of a table: fitted to the width on a terminal, never truncated when piped.
    pub fn render_table(&self, headers: Option<Vec<&str>>, rows: Vec<Vec<String>>) -> String {
        let mut t = self.new_table();
        if let Some(headers) = headers {
            let header: Vec<Cell> = headers
                .into_iter()
                .map(|h| {
                    let c = Cell::new(h.to_uppercase());
                    if self.color {
                        c.add_attribute(comfy_table::Attribute::Bold)
                    } else {
                        c
                    }
                })
                .collect();
            t.set_header(header);
        }
        for r in rows {
            t.add_row(r.iter().map(|c| sanitize(c).into_owned()));
        }
        if !self.color {
            t.force_no_tty();
        } else {
            t.enforce_styling();
        }
        // Trailing spaces from padding carry no information; trim them so piped output is clean.
        let mut text: String = t
            .to_string()
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end().to_string())
            .collect::<Vec<_>>()
            .join("\n");
        text.push('\n');
        text
    }

    /// A progress or status line on stderr (silenced by `--quiet`).
    pub fn status(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", sanitize_message(&self.suggesting(msg.as_ref())));
        }
    }

    /// A warning on stderr (never silenced).
    pub fn warn(&self, msg: impl AsRef<str>) {
        let prefix = if self.stderr_color() {
            console::style("warning:").yellow().bold().to_string()
        } else {
            "warning:".into()
        };
        eprintln!("{prefix} {}", sanitize_message(msg.as_ref()));
    }

    /// A hint on stderr (silenced by `--quiet`).
    pub fn hint(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("hint: {}", sanitize_message(&self.suggesting(msg.as_ref())));
        }
    }

    fn stderr_color(&self) -> bool {
        self.stderr_tty && self.color
    }

    /// Plain data text on stdout (e.g. `auth token`).
    pub fn data_line(&self, line: &str) -> CliResult {
        write_stdout(format!("{line}\n").as_bytes())
    }
}

/// Write to stdout; a closed pipe (`| head`) ends output quietly.
pub fn write_stdout(bytes: &[u8]) -> CliResult {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(CliError::broken_pipe()),
        Err(e) => Err(CliError::internal("cannot write to stdout").with_cause(e)),
    }
}

/// Make text from the server safe for a terminal and for line-based formats: control characters
/// (a newline that would split a row, an escape sequence that would drive the terminal) and
/// invisible direction overrides become visible escapes such as `\n` or `\u{1b}`. JSON never
/// goes through this: serde escapes exactly.
pub fn sanitize(s: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !s.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unsafe_char(c) => out.push_str(&c.escape_unicode().to_string()),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The commands of this tool that a message suggests (`emnify user add …`) take the global
/// `--emulator` too, so a hint given in an `--emulator` run can be pasted as it is. Only
/// `emnify` followed by a subcommand that talks to a server is touched; `auth` (the embedded
/// emulator needs no login), `emulator` and prose ("emnify lets …") stay as they are.
fn with_emulator_flag(msg: &str) -> String {
    const SUBCOMMANDS: [&str; 7] = [
        "switch",
        "workspace",
        "user",
        "profile",
        "audit",
        "link",
        "sso",
    ];
    let mut out = String::with_capacity(msg.len() + 16);
    let mut rest = msg;
    while let Some(at) = rest.find("emnify ") {
        let starts_word = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || c == '`' || c == '\'' || c == '"');
        let after = &rest[at + "emnify ".len()..];
        let word: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        out.push_str(&rest[..at + "emnify ".len()]);
        if starts_word && SUBCOMMANDS.contains(&word.as_str()) {
            out.push_str("--emulator ");
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// [`sanitize`] for a message on stderr: its own line breaks and tabs stay, every other control
/// character (an escape sequence in a name the server sent) is made visible.
pub fn sanitize_message(s: &str) -> std::borrow::Cow<'_, str> {
    if s.split(['\n', '\t'])
        .all(|part| matches!(sanitize(part), std::borrow::Cow::Borrowed(_)))
    {
        return std::borrow::Cow::Borrowed(s);
    }
    let lines: Vec<String> = s
        .split('\n')
        .map(|line| {
            line.split('\t')
                .map(|part| sanitize(part).into_owned())
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect();
    std::borrow::Cow::Owned(lines.join("\n"))
}

/// Join role names etc. for a table cell.
pub fn join(items: &[String]) -> String {
    items.join(", ")
}

/// `yes`/`no` for booleans in tables and CSV; JSON keeps real booleans.
pub fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggested_commands_carry_the_emulator_flag() {
        assert_eq!(
            with_emulator_flag("list them with `emnify workspace list`"),
            "list them with `emnify --emulator workspace list`"
        );
        assert_eq!(
            with_emulator_flag("  then: emnify user add a@b.c --workspace 1003 --role user"),
            "  then: emnify --emulator user add a@b.c --workspace 1003 --role user"
        );
        // Prose, logins and the emulator's own commands stay as they are.
        for same in [
            "emnify lets only Administrators list users",
            "log in again with `emnify auth login`",
            "`emnify emulator reset` restores the demo data",
            "see `emnify --emulator user list`",
            "myemnify user",
        ] {
            assert_eq!(with_emulator_flag(same), same);
        }
    }

    #[test]
    fn messages_keep_their_lines_but_not_escape_sequences() {
        assert_eq!(sanitize_message("plain\n\tnext"), "plain\n\tnext");
        assert_eq!(
            sanitize_message("user `a\u{1b}[2Jb` in Acme\u{202e}EU\nhint"),
            "user `a\\u{1b}[2Jb` in Acme\\u{202e}EU\nhint"
        );
    }

    fn ui(tty: bool, width: u16) -> Ui {
        Ui {
            format: Format::Table,
            stdout_tty: tty,
            stderr_tty: false,
            color: false,
            width: Some(width),
            quiet: false,
            emulator_flag: false,
        }
    }

    #[test]
    fn tables_fit_a_terminal_and_are_never_cut_when_piped() {
        let long = "a Workspace name that is far longer than the terminal is wide".to_string();
        let rows = vec![vec![
            "1".to_string(),
            long.clone(),
            "Administrator".to_string(),
        ]];
        let tty = ui(true, 40).render_table(Some(vec!["id", "name", "roles"]), rows.clone());
        assert!(tty.lines().all(|l| l.chars().count() <= 40), "{tty}");
        let piped = ui(false, 40).render_table(Some(vec!["id", "name", "roles"]), rows);
        assert_eq!(piped.lines().count(), 2, "{piped}");
        assert!(piped.contains(&long));
        assert!(piped.starts_with("ID  NAME"), "{piped}");
    }

    #[test]
    fn an_unknown_terminal_width_renders_untruncated() {
        let rows = vec![vec!["1001".to_string(), "Acme Corp".to_string()]];
        let mut u = ui(true, 0);
        u.width = None;
        let text = u.render_table(Some(vec!["id", "name"]), rows);
        assert_eq!(text, "ID    NAME\n1001  Acme Corp\n", "{text}");
    }

    #[test]
    fn control_characters_become_visible_escapes() {
        assert_eq!(sanitize("Acme Corp"), "Acme Corp");
        assert_eq!(sanitize("a\nb\tc\r"), "a\\nb\\tc\\r");
        assert_eq!(sanitize("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert_eq!(sanitize("x\u{202e}y\u{7f}"), "x\\u{202e}y\\u{7f}");
        assert_eq!(sanitize("Zoë ünïcode"), "Zoë ünïcode");
        let rows = vec![vec!["1".to_string(), "evil\nrow".to_string()]];
        let text = ui(false, 80).render_table(Some(vec!["id", "name"]), rows);
        assert_eq!(text.lines().count(), 2, "{text}");
        assert!(text.contains("evil\\nrow"), "{text}");
    }

    #[test]
    fn formats_parse_case_insensitively() {
        assert_eq!("JSON".parse::<Format>().expect("json"), Format::Json);
        assert!("yaml".parse::<Format>().is_err());
    }
}
