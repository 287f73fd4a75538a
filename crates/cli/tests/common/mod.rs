//! Shared set-up for the CLI tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The binary under test.
pub fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("afterburner")
}

/// A compile cache private to this test process.
pub fn cache() -> PathBuf {
    std::env::temp_dir().join(format!("afterburner-cli-test-cache-{}", std::process::id()))
}

/// The binary with the private compile cache.
pub fn afterburner() -> Command {
    let mut cmd = Command::new(bin());
    cmd.env("AFTERBURNER_CACHE_DIR", cache());
    cmd
}

/// A fresh copy of the fixture set, so tests can build and edit it.
pub fn tiny_set() -> tempfile::TempDir {
    let from = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny-set");
    let to = tempfile::tempdir().unwrap();
    copy_dir(&from, to.path());
    to
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Parses JSON output, showing it when it is not JSON.
pub fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(out)))
}
