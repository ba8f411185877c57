//! Reading the CSV spelling of an access file: one row per user and Workspace.
//!
//! Columns (header required, any order): `email`, `name`, `workspace`, `role`, and the optional
//! `status`. Several roles in one Workspace are joined with `+`. Lines starting with `#` are
//! comments.

use std::collections::HashMap;

use super::model::Pos;
use super::raw::{Located, RawAccess, RawFile, RawUser};
use super::{suggest, Problem};

const COLUMNS: [&str; 5] = ["email", "name", "workspace", "role", "status"];
const REQUIRED: [&str; 4] = ["email", "name", "workspace", "role"];

/// The file's text with where each line starts, so finding the line of a cell is a binary
/// search rather than a count from the top (which made large files quadratic).
struct Src<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> Src<'a> {
    fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Src { text, line_starts }
    }
}

/// Line and column of a byte offset in the text.
fn pos_at(src: &Src, byte: usize) -> Pos {
    let byte = byte.min(src.text.len());
    let line = src.line_starts.partition_point(|s| *s <= byte);
    let line_start = src.line_starts[line - 1];
    let before = src.text.get(line_start..byte).unwrap_or_default();
    // A byte-order mark is not a column a person can see.
    let before = before.strip_prefix('\u{feff}').unwrap_or(before);
    Pos::new(line, before.chars().count() + 1)
}

/// Where a record really starts: the reader may place it on the `\n` of the previous line's
/// CR LF, which would put every position at the end of the line before.
fn record_start(text: &str, reported: Option<usize>) -> usize {
    let mut at = reported.unwrap_or(0).min(text.len());
    while text[at..].starts_with(['\r', '\n']) {
        at += 1;
    }
    at
}

/// Where field `index` of the record starting at `start` begins, skipping quoted commas.
fn field_pos(src: &Src, start: usize, index: usize) -> Pos {
    let text = src.text;
    let mut field = 0;
    let mut in_quotes = false;
    let mut offset = start.min(text.len());
    for (i, c) in text[offset..].char_indices() {
        if field == index {
            offset += i;
            // Point past leading blanks, where the value itself starts.
            let rest = &text[offset..];
            let skipped = rest.len() - rest.trim_start_matches([' ', '\t']).len();
            return pos_at(src, offset + skipped);
        }
        match c {
            '"' => in_quotes = !in_quotes,
            ',' if !in_quotes => field += 1,
            '\n' if !in_quotes => break,
            _ => {}
        }
    }
    if field == index {
        // The field is empty at the very end of the text.
        return pos_at(src, text.len());
    }
    pos_at(src, start)
}

fn csv_problem(src: &Src, err: &csv::Error) -> Problem {
    let pos = err.position().map(|p| pos_at(src, p.byte() as usize));
    let message = match err.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("this row has {len} fields but the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "the file is not valid UTF-8".to_string(),
        _ => format!("malformed CSV: {err}"),
    };
    Problem { pos, message }
}

/// Read the rows. Problems in single cells come back beside the result, so that validation
/// can report its own problems in the same round.
pub fn read(text: &str) -> Result<(RawFile, Vec<Problem>), Vec<Problem>> {
    let src = &Src::new(text);
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .trim(csv::Trim::All)
        .has_headers(true)
        .from_reader(text.as_bytes());

    let headers = reader
        .headers()
        .map_err(|e| vec![csv_problem(src, &e)])?
        .clone();
    let header_start = record_start(text, headers.position().map(|p| p.byte() as usize));
    let mut problems = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        let at = field_pos(src, header_start, i);
        let name = h.to_ascii_lowercase();
        match COLUMNS.iter().find(|c| **c == name) {
            Some(col) => {
                if index.insert(col, i).is_some() {
                    problems.push(Problem::at(at, format!("column `{col}` appears twice")));
                }
            }
            None => {
                let mut message = format!("unknown column `{h}`");
                match suggest(&name, COLUMNS) {
                    Some(best) => message.push_str(&format!("; did you mean `{best}`?")),
                    None => message.push_str(&format!(" (columns: {})", COLUMNS.join(", "))),
                }
                problems.push(Problem::at(at, message));
            }
        }
    }
    for col in REQUIRED {
        if !index.contains_key(col) {
            problems.push(Problem::at(
                pos_at(src, header_start),
                format!(
                    "the header has no `{col}` column (needed: {})",
                    REQUIRED.join(", ")
                ),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let col = |name: &str| index.get(name).copied();

    let mut users: Vec<RawUser> = Vec::new();
    let mut by_email: HashMap<String, usize> = HashMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(csv_problem(src, &e));
                continue;
            }
        };
        let start = record_start(text, record.position().map(|p| p.byte() as usize));
        let cell = |name: &str| {
            col(name).and_then(|i| {
                record
                    .get(i)
                    .map(|v| Located::new(v, field_pos(src, start, i)))
            })
        };
        let (Some(email), Some(name), Some(workspace), Some(role)) =
            (cell("email"), cell("name"), cell("workspace"), cell("role"))
        else {
            continue;
        };
        let row_pos = pos_at(src, start);
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        if workspace.text.is_empty() {
            problems.push(Problem::at(workspace.pos, "the `workspace` cell is empty"));
            continue;
        }
        let roles = if role.text.is_empty() {
            Vec::new()
        } else {
            role.text
                .split('+')
                .map(|r| Located::new(r.trim(), role.pos))
                .collect()
        };
        let status = cell("status").filter(|s| !s.text.is_empty());
        let access = RawAccess {
            workspace,
            roles,
            status,
            pos: row_pos,
        };

        let key = email.text.to_lowercase();
        match by_email.get(&key) {
            Some(&i) => {
                let user = &mut users[i];
                if !name.text.is_empty() {
                    match &user.name {
                        Some(first) if first.text != name.text => problems.push(Problem::at(
                            name.pos,
                            format!(
                                "`{}` is named `{}` here but `{}` at {}",
                                email.text, name.text, first.text, first.pos
                            ),
                        )),
                        Some(_) => {}
                        None => user.name = Some(name),
                    }
                }
                user.access.push(access);
            }
            None => {
                by_email.insert(key, users.len());
                let name = (!name.text.is_empty()).then_some(name);
                users.push(RawUser {
                    email,
                    name,
                    pos: row_pos,
                    access: vec![access],
                });
            }
        }
    }
    Ok((
        RawFile {
            workspaces: None,
            users,
        },
        problems,
    ))
}
