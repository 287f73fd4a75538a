//! A compile cache on disk, so the same source with the same toolchain and flags is
//! compiled once.
//!
//! Each entry is a directory `<root>/<key>` holding the compiled artifacts. An entry is
//! built in a private temp directory inside the root and renamed into place in one step,
//! so a directory named by a key is always complete: readers never see half an entry,
//! and when several processes store the same key at once the first rename wins and the
//! others discard their copies. Entries are made readable by any user (dirs 0755,
//! files 0755 or 0644) because the sandbox runs programs as an unprivileged uid.
//!
//! ```
//! use afterburner_monolith::cache::CompileCache;
//! use afterburner_monolith::Language;
//!
//! let root = tempfile::tempdir()?;
//! let build = tempfile::tempdir()?;
//! std::fs::write(build.path().join("main"), b"\x7fELF")?;
//!
//! let cache = CompileCache::new(root.path());
//! let key = CompileCache::key(Language::Cpp, "g++ 12.2.0", "-O2", b"int main() {}");
//! assert!(cache.lookup(&key).is_none());
//! let entry = cache.store(&key, build.path(), &["main".to_string()])?;
//! assert_eq!(cache.lookup(&key), Some(entry));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fs;
use std::io;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use sha2::{Digest, Sha256};

use crate::language::Language;

/// Bumped whenever the key encoding or the entry layout changes, so old entries are
/// never mistaken for new ones.
const KEY_FORMAT: &str = "afterburner-compile-cache-v1";

/// Prefix of in-progress entries; never a valid key, so lookups cannot return one.
const TEMP_PREFIX: &str = ".tmp-";

/// Makes temp names unique between threads of one process (the pid separates processes).
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Compiled programs kept on disk, keyed by everything that decides the compiler's output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileCache {
    root: PathBuf,
}

/// Failures to store an entry.
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    /// The key is not one [`CompileCache::key`] makes (64 lowercase hex digits).
    #[error("invalid compile cache key `{key}`: expected 64 lowercase hex digits")]
    InvalidKey {
        /// The rejected key.
        key: String,
    },
    /// An artifact name is not a plain file name.
    #[error("invalid artifact name `{name}`: must be a plain file name without `/`")]
    InvalidName {
        /// The rejected name.
        name: String,
    },
    /// Nothing was given to store.
    #[error("no artifacts to store for compile cache key {key}")]
    NoArtifacts {
        /// The key being stored.
        key: String,
    },
    /// An artifact is missing or is not a regular file (a symlink is refused, so an
    /// entry can never point outside the cache).
    #[error("artifact {} is not a regular file", path.display())]
    NotAFile {
        /// The offending artifact.
        path: PathBuf,
    },
    /// A filesystem operation failed.
    #[error("cannot {action} {}", path.display())]
    Io {
        /// What was being done (e.g. `copy artifact to`).
        action: &'static str,
        /// The path it was done to.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
}

fn io_err<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(io::Error) -> CacheError + 'a {
    move |source| CacheError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

impl CompileCache {
    /// A cache rooted at `root` (created on the first store).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        CompileCache { root: root.into() }
    }

    /// The root directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The default root: `$AFTERBURNER_CACHE_DIR`, else
    /// `$XDG_CACHE_HOME/afterburner/compile`, else `$HOME/.cache/afterburner/compile`,
    /// else `/var/tmp/afterburner/compile`. Empty variables count as unset.
    pub fn default_root() -> PathBuf {
        default_root_from(|name| std::env::var_os(name).map(PathBuf::from))
    }

    /// The cache key: SHA-256 (hex) over a versioned encoding in which every field is
    /// length-prefixed, so no two different inputs encode alike.
    pub fn key(language: Language, toolchain_version: &str, flags: &str, source: &[u8]) -> String {
        let mut hasher = Sha256::new();
        let fields: [&[u8]; 5] = [
            KEY_FORMAT.as_bytes(),
            language.name().as_bytes(),
            toolchain_version.as_bytes(),
            flags.as_bytes(),
            source,
        ];
        for field in fields {
            hasher.update((field.len() as u64).to_le_bytes());
            hasher.update(field);
        }
        hasher
            .finalize()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect()
    }

    /// The directory holding the artifacts stored under `key`, if there is a complete
    /// entry.
    pub fn lookup(&self, key: &str) -> Option<PathBuf> {
        if !is_valid_key(key) {
            return None;
        }
        let entry = self.root.join(key);
        // Only the final rename creates this name, so its presence means complete.
        fs::symlink_metadata(&entry)
            .is_ok_and(|m| m.is_dir())
            .then_some(entry)
    }

    /// Copies the files `names` from `artifacts_from` into the entry for `key` and
    /// returns the entry's directory. If the entry exists already (stored earlier or
    /// concurrently), the existing one is returned and nothing is overwritten.
    pub fn store(
        &self,
        key: &str,
        artifacts_from: &Path,
        names: &[String],
    ) -> Result<PathBuf, CacheError> {
        if !is_valid_key(key) {
            return Err(CacheError::InvalidKey { key: key.into() });
        }
        if names.is_empty() {
            return Err(CacheError::NoArtifacts { key: key.into() });
        }
        if let Some(name) = names.iter().find(|n| !is_plain_name(n)) {
            return Err(CacheError::InvalidName { name: name.clone() });
        }
        if let Some(entry) = self.lookup(key) {
            return Ok(entry);
        }
        fs::create_dir_all(&self.root).map_err(io_err("create cache root", &self.root))?;
        let temp = TempDir::create(&self.root, key)?;
        for name in names {
            copy_artifact(&artifacts_from.join(name), &temp.path.join(name))?;
        }
        set_mode(&temp.path, 0o755)?;
        sync(&temp.path)?;

        let entry = self.root.join(key);
        match fs::rename(&temp.path, &entry) {
            Ok(()) => {
                temp.keep();
                // Best effort: makes the rename itself durable.
                let _ = sync(&self.root);
                Ok(entry)
            }
            // Another store won the race (rename onto a non-empty dir fails); its entry
            // is just as good, and `temp` removes our copy on drop.
            Err(_) if self.lookup(key).is_some() => Ok(entry),
            Err(source) => Err(CacheError::Io {
                action: "move finished entry to",
                path: entry,
                source,
            }),
        }
    }
}

fn default_root_from(var: impl Fn(&str) -> Option<PathBuf>) -> PathBuf {
    let var = |name: &str| var(name).filter(|v| !v.as_os_str().is_empty());
    if let Some(dir) = var("AFTERBURNER_CACHE_DIR") {
        return dir;
    }
    // The XDG spec says relative values are invalid and must be ignored.
    if let Some(dir) = var("XDG_CACHE_HOME").filter(|d| d.is_absolute()) {
        return dir.join("afterburner/compile");
    }
    if let Some(home) = var("HOME") {
        return home.join(".cache/afterburner/compile");
    }
    PathBuf::from("/var/tmp/afterburner/compile")
}

fn is_valid_key(key: &str) -> bool {
    key.len() == 64 && key.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn is_plain_name(name: &str) -> bool {
    !name.is_empty() && name != "." && name != ".." && !name.contains('/') && !name.contains('\0')
}

fn copy_artifact(from: &Path, to: &Path) -> Result<(), CacheError> {
    let meta = fs::symlink_metadata(from).map_err(|_| CacheError::NotAFile {
        path: from.to_path_buf(),
    })?;
    if !meta.is_file() {
        return Err(CacheError::NotAFile {
            path: from.to_path_buf(),
        });
    }
    fs::copy(from, to).map_err(io_err("copy artifact to", to))?;
    let executable = meta.permissions().mode() & 0o111 != 0;
    set_mode(to, if executable { 0o755 } else { 0o644 })?;
    sync(to)
}

/// Sets the mode exactly (independent of the umask, which may be 077).
fn set_mode(path: &Path, mode: u32) -> Result<(), CacheError> {
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
        .map_err(io_err("set permissions of", path))
}

/// Flushes a file or directory to disk, so a crash cannot leave a complete-looking
/// entry with truncated files.
fn sync(path: &Path) -> Result<(), CacheError> {
    fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(io_err("sync", path))
}

/// An in-progress entry, removed on drop unless kept.
struct TempDir {
    path: PathBuf,
    keep: bool,
}

impl TempDir {
    fn create(root: &Path, key: &str) -> Result<Self, CacheError> {
        loop {
            let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
            let path = root.join(format!("{TEMP_PREFIX}{key}-{}-{n}", std::process::id()));
            match fs::create_dir(&path) {
                Ok(()) => return Ok(TempDir { path, keep: false }),
                // Left by a crashed process that had our pid: take the next number.
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(source) => {
                    return Err(CacheError::Io {
                        action: "create temp entry",
                        path,
                        source,
                    })
                }
            }
        }
    }

    fn keep(mut self) {
        self.keep = true;
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if !self.keep {
            let _ = fs::remove_dir_all(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Barrier};

    fn build_dir() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("main"), b"#!/bin/sh\necho hi\n").unwrap();
        fs::set_permissions(dir.path().join("main"), fs::Permissions::from_mode(0o700)).unwrap();
        fs::write(dir.path().join("Main.class"), b"\xca\xfe\xba\xbe").unwrap();
        fs::set_permissions(
            dir.path().join("Main.class"),
            fs::Permissions::from_mode(0o600),
        )
        .unwrap();
        dir
    }

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o7777
    }

    #[test]
    fn key_is_stable_hex() {
        let a = CompileCache::key(Language::Cpp, "g++ 12", "-O2", b"int main(){}");
        let b = CompileCache::key(Language::Cpp, "g++ 12", "-O2", b"int main(){}");
        assert_eq!(a, b);
        assert!(is_valid_key(&a), "{a}");
    }

    #[test]
    fn key_changes_with_every_input() {
        let base = CompileCache::key(Language::Cpp, "v1", "-O2", b"src");
        let variants = [
            CompileCache::key(Language::Rust, "v1", "-O2", b"src"),
            CompileCache::key(Language::Cpp, "v2", "-O2", b"src"),
            CompileCache::key(Language::Cpp, "v1", "-O3", b"src"),
            CompileCache::key(Language::Cpp, "v1", "-O2", b"src "),
        ];
        for variant in variants {
            assert_ne!(base, variant);
        }
    }

    #[test]
    fn key_fields_cannot_run_into_each_other() {
        let a = CompileCache::key(Language::Go, "ab", "c", b"");
        let b = CompileCache::key(Language::Go, "a", "bc", b"");
        let c = CompileCache::key(Language::Go, "", "abc", b"");
        let d = CompileCache::key(Language::Go, "abc", "", b"");
        let e = CompileCache::key(Language::Go, "", "", b"abc");
        let all = [a, b, c, d, e];
        for (i, x) in all.iter().enumerate() {
            for y in &all[i + 1..] {
                assert_ne!(x, y);
            }
        }
    }

    #[test]
    fn store_then_lookup_round_trips_with_readable_permissions() {
        let root = tempfile::tempdir().unwrap();
        let build = build_dir();
        let cache = CompileCache::new(root.path().join("nested/cache"));
        let key = CompileCache::key(Language::Java, "17", "", b"class Main {}");
        assert_eq!(cache.lookup(&key), None);

        let entry = cache
            .store(&key, build.path(), &names(&["main", "Main.class"]))
            .unwrap();
        assert_eq!(cache.lookup(&key), Some(entry.clone()));
        assert_eq!(
            fs::read(entry.join("main")).unwrap(),
            b"#!/bin/sh\necho hi\n"
        );
        assert_eq!(
            fs::read(entry.join("Main.class")).unwrap(),
            b"\xca\xfe\xba\xbe"
        );
        assert_eq!(mode(&entry), 0o755);
        assert_eq!(
            mode(&entry.join("main")),
            0o755,
            "exec bit kept, opened to all"
        );
        assert_eq!(mode(&entry.join("Main.class")), 0o644);
        let leftovers: Vec<_> = fs::read_dir(cache.root()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temp dir left behind");
    }

    #[test]
    fn storing_an_existing_key_keeps_the_first_entry() {
        let root = tempfile::tempdir().unwrap();
        let cache = CompileCache::new(root.path());
        let key = CompileCache::key(Language::Cpp, "v", "", b"x");
        let first = build_dir();
        cache.store(&key, first.path(), &names(&["main"])).unwrap();
        let second = tempfile::tempdir().unwrap();
        fs::write(second.path().join("main"), b"other").unwrap();
        let entry = cache.store(&key, second.path(), &names(&["main"])).unwrap();
        assert_eq!(
            fs::read(entry.join("main")).unwrap(),
            b"#!/bin/sh\necho hi\n"
        );
    }

    #[test]
    fn concurrent_stores_of_one_key_leave_one_complete_entry() {
        let root = tempfile::tempdir().unwrap();
        let cache = CompileCache::new(root.path());
        let key = CompileCache::key(Language::Rust, "rustc", "-O", b"fn main() {}");
        let threads = 8;
        let barrier = Arc::new(Barrier::new(threads));
        let handles: Vec<_> = (0..threads)
            .map(|i| {
                let (cache, key, barrier) = (cache.clone(), key.clone(), barrier.clone());
                std::thread::spawn(move || {
                    let build = tempfile::tempdir().unwrap();
                    let big = vec![i as u8; 1 << 20];
                    fs::write(build.path().join("main"), &big).unwrap();
                    barrier.wait();
                    cache.store(&key, build.path(), &names(&["main"])).unwrap()
                })
            })
            .collect();
        let entries: Vec<PathBuf> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        assert!(entries.iter().all(|e| *e == root.path().join(&key)));
        let content = fs::read(entries[0].join("main")).unwrap();
        assert_eq!(content.len(), 1 << 20);
        assert!(
            content.iter().all(|b| *b == content[0]),
            "one writer's file, whole"
        );
        let listing: Vec<_> = fs::read_dir(root.path()).unwrap().collect();
        assert_eq!(listing.len(), 1, "losers removed their temp dirs");
    }

    #[test]
    fn a_stray_temp_dir_is_not_an_entry() {
        let root = tempfile::tempdir().unwrap();
        let cache = CompileCache::new(root.path());
        let key = CompileCache::key(Language::Cpp, "v", "", b"y");
        let stray = root.path().join(format!("{TEMP_PREFIX}{key}-1-0"));
        fs::create_dir(&stray).unwrap();
        fs::write(stray.join("main"), b"half").unwrap();
        assert_eq!(cache.lookup(&key), None);
        let build = build_dir();
        let entry = cache.store(&key, build.path(), &names(&["main"])).unwrap();
        assert_eq!(
            fs::read(entry.join("main")).unwrap(),
            b"#!/bin/sh\necho hi\n"
        );
    }

    #[test]
    fn bad_keys_names_and_artifacts_are_rejected() {
        let root = tempfile::tempdir().unwrap();
        let cache = CompileCache::new(root.path());
        let build = build_dir();
        let key = CompileCache::key(Language::Cpp, "v", "", b"z");
        assert_eq!(cache.lookup("../etc"), None);
        assert!(matches!(
            cache.store("../escape", build.path(), &names(&["main"])),
            Err(CacheError::InvalidKey { .. })
        ));
        assert!(matches!(
            cache.store(&key, build.path(), &[]),
            Err(CacheError::NoArtifacts { .. })
        ));
        assert!(matches!(
            cache.store(&key, build.path(), &names(&["../main"])),
            Err(CacheError::InvalidName { .. })
        ));
        std::os::unix::fs::symlink("/etc/passwd", build.path().join("link")).unwrap();
        let err = cache
            .store(&key, build.path(), &names(&["link"]))
            .unwrap_err();
        assert!(matches!(err, CacheError::NotAFile { .. }), "{err}");
        assert!(cache
            .store(&key, build.path(), &names(&["absent"]))
            .is_err());
        assert_eq!(cache.lookup(&key), None, "failed stores leave no entry");
        let listing: Vec<_> = fs::read_dir(root.path()).unwrap().collect();
        assert!(listing.is_empty(), "failed stores leave no temp dir");
    }

    #[test]
    fn default_root_follows_the_variables_in_order() {
        fn vars(
            pairs: &'static [(&'static str, &'static str)],
        ) -> impl Fn(&str) -> Option<PathBuf> {
            move |name| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| PathBuf::from(v))
            }
        }
        const ALL: &[(&str, &str)] = &[
            ("AFTERBURNER_CACHE_DIR", "/a"),
            ("XDG_CACHE_HOME", "/x"),
            ("HOME", "/h"),
        ];
        assert_eq!(default_root_from(vars(ALL)), PathBuf::from("/a"));
        assert_eq!(
            default_root_from(vars(&[
                ("AFTERBURNER_CACHE_DIR", ""),
                ("XDG_CACHE_HOME", "/x")
            ])),
            PathBuf::from("/x/afterburner/compile")
        );
        assert_eq!(
            default_root_from(vars(&[("XDG_CACHE_HOME", "rel"), ("HOME", "/h")])),
            PathBuf::from("/h/.cache/afterburner/compile")
        );
        assert_eq!(
            default_root_from(vars(&[])),
            PathBuf::from("/var/tmp/afterburner/compile")
        );
    }
}
