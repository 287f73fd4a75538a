//! Shared set-up for the CLI tests.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

use assert_cmd::Command;
use serde_json::Value;

/// The binary under test.
pub fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("afterburner")
}

/// The tests' compile cache: under the build's own temp directory, shared by the test
/// binaries (entries are stored atomically) and reused by the next test run.
pub fn cache() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("compile-cache")
}

/// The binary with the tests' compile cache.
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

/// A fresh copy of the fixture set with its records built.
pub fn built_set() -> tempfile::TempDir {
    let set = tiny_set();
    afterburner()
        .args(["dataset", "build"])
        .arg(set.path())
        .assert()
        .success();
    set
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

/// An `afterburner serve` on a free loopback port, killed when dropped.
pub struct Serve {
    /// The server process.
    pub child: Child,
    /// `http://ADDR` it listens on.
    pub url: String,
}

impl Serve {
    /// Starts a server with these extra arguments and waits until it listens.
    pub fn start(extra: &[&str]) -> Serve {
        let mut child = std::process::Command::new(bin())
            .env("AFTERBURNER_CACHE_DIR", cache())
            .args(["serve", "--bind", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting afterburner serve");
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let url = loop {
            let line = lines
                .next()
                .expect("the server printed its address before exiting")
                .unwrap();
            if let Some(url) = line.strip_prefix("afterburner serve: listening on ") {
                break url.trim().to_string();
            }
        };
        // Keep draining stderr so the server never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        Serve { child, url }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
