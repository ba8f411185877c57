//! Reading the YAML spelling of an access file, keeping the line and column of every value.

use marked_yaml::types::{MarkedMappingNode, MarkedScalarNode};
use marked_yaml::{LoadError, LoaderOptions, Node, Span};

use super::model::Pos;
use super::raw::{Located, RawAccess, RawFile, RawUser};
use super::{suggest, Problem};

fn pos_of(span: &Span) -> Pos {
    span.start()
        .map(|m| Pos::new(m.line(), m.column()))
        .unwrap_or_default()
}

fn located(node: &MarkedScalarNode) -> Located {
    Located::new(node.as_str(), pos_of(node.span()))
}

fn kind_of(node: &Node) -> &'static str {
    match node {
        Node::Scalar(_) => "a single value",
        Node::Mapping(_) => "a mapping",
        Node::Sequence(_) => "a list",
    }
}

fn load_problem(err: LoadError) -> Problem {
    let at = |m: &marked_yaml::Marker| Pos::new(m.line(), m.column());
    match err {
        LoadError::TopLevelMustBeMapping(m) => {
            Problem::at(at(&m), "the file must be a mapping with a `users:` key")
        }
        LoadError::TopLevelMustBeSequence(m) => Problem::at(at(&m), "expected a list"),
        LoadError::UnexpectedAnchor(m) => {
            Problem::at(at(&m), "YAML anchors and aliases are not supported here")
        }
        LoadError::MappingKeyMustBeScalar(m) => Problem::at(at(&m), "keys must be plain values"),
        LoadError::UnexpectedTag(m) => Problem::at(at(&m), "YAML tags are not supported here"),
        LoadError::ScanError(m, e) => Problem::at(at(&m), format!("malformed YAML: {}", e.info())),
        LoadError::DuplicateKey(inner) => Problem::at(
            pos_of(inner.key.span()),
            format!(
                "key `{}` appears twice in the same mapping (first at {})",
                inner.key.as_str(),
                pos_of(inner.prev_key.span())
            ),
        ),
    }
}

/// Complain about keys that are not in `allowed`, with a suggestion for typos.
fn check_keys(map: &MarkedMappingNode, allowed: &[&str], what: &str, problems: &mut Vec<Problem>) {
    for key in map.keys() {
        if !allowed.contains(&key.as_str()) {
            let mut message = format!("unknown key `{}` in {what}", key.as_str());
            match suggest(key.as_str(), allowed.iter().copied()) {
                Some(best) => message.push_str(&format!("; did you mean `{best}`?")),
                None => message.push_str(&format!(" (allowed: {})", allowed.join(", "))),
            }
            problems.push(Problem::at(pos_of(key.span()), message));
        }
    }
}

/// A scalar, or a problem saying what was expected there.
fn scalar<'a>(
    node: &'a Node,
    what: &str,
    problems: &mut Vec<Problem>,
) -> Option<&'a MarkedScalarNode> {
    match node {
        Node::Scalar(s) => Some(s),
        other => {
            problems.push(Problem::at(
                pos_of(other.span()),
                format!("{what} must be a single value, not {}", kind_of(other)),
            ));
            None
        }
    }
}

/// `role: administrator` or `role: [administrator, observer]`.
fn roles(node: &Node, problems: &mut Vec<Problem>) -> Vec<Located> {
    match node {
        Node::Scalar(s) => vec![located(s)],
        Node::Sequence(seq) => seq
            .iter()
            .filter_map(|n| scalar(n, "a role", problems))
            .map(located)
            .collect(),
        Node::Mapping(m) => {
            problems.push(Problem::at(
                pos_of(m.span()),
                "a role must be a name or a list of names",
            ));
            Vec::new()
        }
    }
}

fn access_entry(key: &MarkedScalarNode, value: &Node, problems: &mut Vec<Problem>) -> RawAccess {
    let workspace = located(key);
    let pos = workspace.pos;
    match value {
        Node::Mapping(map) => {
            check_keys(map, &["role", "status"], "a Workspace entry", problems);
            let roles = match map.get_node("role") {
                Some(node) => roles(node, problems),
                None => Vec::new(),
            };
            let status = map
                .get_node("status")
                .and_then(|n| scalar(n, "`status`", problems))
                .map(located);
            RawAccess {
                workspace,
                roles,
                status,
                pos,
            }
        }
        other => RawAccess {
            workspace,
            roles: roles(other, problems),
            status: None,
            pos,
        },
    }
}

fn user(node: &Node, problems: &mut Vec<Problem>) -> Option<RawUser> {
    let Node::Mapping(map) = node else {
        problems.push(Problem::at(
            pos_of(node.span()),
            format!(
                "each user must be a mapping with `email`, `name` and `access`, not {}",
                kind_of(node)
            ),
        ));
        return None;
    };
    // Mapping spans start at their first value; the first key is where a reader looks.
    let pos = map
        .keys()
        .next()
        .map(|k| pos_of(k.span()))
        .unwrap_or_else(|| pos_of(map.span()));
    const KEYS: [&str; 3] = ["email", "name", "access"];
    check_keys(map, &KEYS, "a user", problems);
    // A misspelt key (already reported) stands in for the key it suggests when that one is
    // absent, so the typo is not reported a second time as a missing key and its value is
    // still checked.
    let get = |key: &str| {
        map.get_node(key).or_else(|| {
            map.iter()
                .find(|(k, _)| {
                    !KEYS.contains(&k.as_str()) && suggest(k.as_str(), KEYS) == Some(key)
                })
                .map(|(_, v)| v)
        })
    };
    let Some(email) = get("email").and_then(|n| scalar(n, "`email`", problems)) else {
        if get("email").is_none() {
            problems.push(Problem::at(pos, "user has no `email`"));
        }
        return None;
    };
    let name = get("name")
        .and_then(|n| scalar(n, "`name`", problems))
        .map(located);
    let mut access = Vec::new();
    match get("access") {
        Some(Node::Mapping(entries)) => {
            for (key, value) in entries.iter() {
                access.push(access_entry(key, value, problems));
            }
        }
        // `access:` with nothing after it: the user should have no access in managed Workspaces.
        Some(Node::Scalar(s)) if s.as_str().is_empty() || s.as_str() == "~" => {}
        Some(other) => problems.push(Problem::at(
            pos_of(other.span()),
            format!(
                "`access` must map Workspace names to roles, not {}",
                kind_of(other)
            ),
        )),
        None => problems.push(Problem::at(
            pos,
            format!("user `{}` has no `access` mapping", email.as_str()),
        )),
    }
    Some(RawUser {
        email: located(email),
        name,
        pos,
        access,
    })
}

/// The YAML reader reads the first document only; a file with more would be half-applied in
/// silence. A marker at the start of a line always separates documents (content inside a block
/// scalar is indented), so a line scan finds them.
fn second_document(text: &str) -> Option<Problem> {
    let is_marker = |line: &str, m: &str| {
        line.strip_prefix(m)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
    };
    let is_blank = |line: &str| line.trim().is_empty() || line.trim_start().starts_with('#');
    let mut content = false;
    let mut ended = false;
    // YAML ends lines at CR LF, LF or a lone CR alike.
    let text = text.replace("\r\n", "\n");
    for (i, line) in text.split(['\n', '\r']).enumerate() {
        let here = || Pos::new(i + 1, 1);
        if is_marker(line, "---") {
            if content || ended {
                return Some(Problem::at(
                    here(),
                    "a second YAML document starts here; an access file holds exactly one",
                ));
            }
            // `--- {users: […]}`: the document may start on the marker's own line.
            content = !is_blank(&line[3..]);
        } else if is_marker(line, "...") {
            ended = true;
        } else if line.starts_with('%') && !content && !ended {
            // A directive (`%YAML 1.2`) before the document: not content.
        } else if !is_blank(line) {
            if ended {
                return Some(Problem::at(
                    here(),
                    "content after the end of the YAML document (`...`); an access file holds exactly one",
                ));
            }
            content = true;
        }
    }
    None
}

/// Read the file. A file that is not YAML, or not a mapping, is `Err`; otherwise everything that
/// could be read comes back with every structural problem found, so the checks of the content
/// can report theirs too, all in one go.
pub fn read(text: &str) -> Result<(RawFile, Vec<Problem>), Vec<Problem>> {
    if text.trim().is_empty() {
        return Err(vec![Problem::at(
            Pos::new(1, 1),
            "the file is empty: expected a `users:` list",
        )]);
    }
    if let Some(problem) = second_document(text) {
        return Err(vec![problem]);
    }
    let options = LoaderOptions::default().error_on_duplicate_keys(true);
    let root = marked_yaml::parse_yaml_with_options(0, text, options)
        .map_err(|e| vec![load_problem(e)])?;
    let Node::Mapping(root) = root else {
        return Err(vec![Problem::at(
            Pos::new(1, 1),
            "the file must be a mapping with a `users:` key",
        )]);
    };
    let mut problems = Vec::new();
    check_keys(&root, &["workspaces", "users"], "the file", &mut problems);

    let workspaces = match root.get_node("workspaces") {
        None => None,
        Some(Node::Sequence(seq)) => Some(
            seq.iter()
                .filter_map(|n| scalar(n, "a Workspace name", &mut problems))
                .map(located)
                .collect(),
        ),
        Some(other) => {
            problems.push(Problem::at(
                pos_of(other.span()),
                "`workspaces` must be a list of Workspace names",
            ));
            None
        }
    };

    let mut users = Vec::new();
    match root.get_node("users") {
        Some(Node::Sequence(seq)) => {
            for node in seq.iter() {
                if let Some(u) = user(node, &mut problems) {
                    users.push(u);
                }
            }
        }
        Some(Node::Scalar(s)) if s.as_str().is_empty() || s.as_str() == "~" => {}
        Some(other) => problems.push(Problem::at(
            pos_of(other.span()),
            format!("`users` must be a list, not {}", kind_of(other)),
        )),
        None => problems.push(Problem::at(
            pos_of(root.span()),
            "the file has no `users:` list",
        )),
    }

    Ok((RawFile { workspaces, users }, problems))
}
