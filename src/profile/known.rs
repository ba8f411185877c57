//! The Workspaces each profile was last seen to reach (id and name), so that shell completion can
//! offer Workspace names without a network call.
//!
//! This is a cache, kept in its own file (`workspaces.toml` beside the profile file) so that
//! `profiles.toml` keeps its promise: commands that only read never write it. The cache is
//! refreshed by every command that lists the caller's Workspaces (`workspace list`, `switch`, …)
//! and written only when the list changed, under the profile file's lock and atomically. A missing
//! or unreadable cache is an empty one: it never makes a command fail.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{write_atomic, ProfileError, ProfileStore, WorkspaceRef};

const KNOWN_FILE: &str = "workspaces.toml";

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
struct KnownFile {
    #[serde(default)]
    profiles: BTreeMap<String, Vec<WorkspaceRef>>,
}

impl ProfileStore {
    /// Where the cache lives.
    pub fn known_workspaces_path(&self) -> PathBuf {
        self.dir().join(KNOWN_FILE)
    }

    /// The Workspaces `profile` was last seen to reach; empty when unknown. Never writes.
    pub fn known_workspaces(&self, profile: &str) -> Vec<WorkspaceRef> {
        self.load_known()
            .profiles
            .remove(profile)
            .unwrap_or_default()
    }

    /// Every profile's cached Workspaces.
    pub fn all_known_workspaces(&self) -> BTreeMap<String, Vec<WorkspaceRef>> {
        self.load_known().profiles
    }

    /// Record `list` for `profile`. Writes only when it differs from what is cached; returns
    /// whether it wrote.
    pub fn remember_workspaces(
        &self,
        profile: &str,
        list: &[WorkspaceRef],
    ) -> Result<bool, ProfileError> {
        if self.known_workspaces(profile) == list {
            return Ok(false);
        }
        let _lock = self.lock()?;
        let mut file = self.load_known();
        if file.profiles.get(profile).map(Vec::as_slice) == Some(list) {
            return Ok(false);
        }
        file.profiles.insert(profile.to_string(), list.to_vec());
        self.write_known(&file)?;
        Ok(true)
    }

    /// Drop the cache of `profile` (on logout or when the profile is deleted).
    pub fn forget_workspaces(&self, profile: &str) -> Result<(), ProfileError> {
        if !self.known_workspaces_path().exists() {
            return Ok(());
        }
        let _lock = self.lock()?;
        let mut file = self.load_known();
        if file.profiles.remove(profile).is_some() {
            self.write_known(&file)?;
        }
        Ok(())
    }

    fn load_known(&self) -> KnownFile {
        fs::read_to_string(self.known_workspaces_path())
            .ok()
            .and_then(|text| toml::from_str(&text).ok())
            .unwrap_or_default()
    }

    fn write_known(&self, file: &KnownFile) -> Result<(), ProfileError> {
        let path = self.known_workspaces_path();
        let text = format!(
            "# Workspaces each emnify CLI profile can reach, for shell completion. A cache: safe to delete.\n{}",
            toml::to_string_pretty(file)?
        );
        write_atomic(&path, text.as_bytes(), false)
            .map_err(|source| ProfileError::Write { path, source })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(id: i64, name: &str) -> WorkspaceRef {
        WorkspaceRef {
            id,
            name: name.into(),
        }
    }

    #[test]
    fn remembers_per_profile_and_writes_only_on_change() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = ProfileStore::new(dir.path().to_path_buf());
        assert!(store.known_workspaces("a").is_empty());
        let list = vec![ws(1, "Acme Corp"), ws(2, "Acme \"EU\"")];
        assert!(store.remember_workspaces("a", &list).expect("write"));
        assert!(store
            .remember_workspaces("b", &[ws(9, "Nine")])
            .expect("write"));
        let before = fs::metadata(store.known_workspaces_path())
            .and_then(|m| m.modified())
            .expect("mtime");
        assert!(!store.remember_workspaces("a", &list).expect("same"));
        assert_eq!(
            fs::metadata(store.known_workspaces_path())
                .and_then(|m| m.modified())
                .expect("mtime"),
            before
        );
        assert_eq!(store.known_workspaces("a"), list);
        assert_eq!(store.known_workspaces("b"), vec![ws(9, "Nine")]);
        // The profile file itself is not touched.
        assert!(!store.path().exists());
    }

    #[test]
    fn forget_drops_one_profile() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = ProfileStore::new(dir.path().to_path_buf());
        store.forget_workspaces("a").expect("nothing to forget");
        assert!(!store.known_workspaces_path().exists());
        store.remember_workspaces("a", &[ws(1, "One")]).expect("a");
        store.remember_workspaces("b", &[ws(2, "Two")]).expect("b");
        store.forget_workspaces("a").expect("forget");
        assert!(store.known_workspaces("a").is_empty());
        assert_eq!(store.known_workspaces("b"), vec![ws(2, "Two")]);
    }

    #[test]
    fn a_broken_cache_reads_as_empty_and_is_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = ProfileStore::new(dir.path().to_path_buf());
        fs::write(store.known_workspaces_path(), "profiles = [").expect("write");
        assert!(store.known_workspaces("a").is_empty());
        store
            .remember_workspaces("a", &[ws(1, "One")])
            .expect("write");
        assert_eq!(store.known_workspaces("a"), vec![ws(1, "One")]);
    }
}
