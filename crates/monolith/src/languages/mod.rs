//! How each language's toolchain is found on the host, how a program is compiled and how
//! it is started inside the sandbox.
//!
//! Discovery runs once (it starts `--version` probes, which take tens of milliseconds
//! for the JVM) and yields a [`Toolchain`]: resolved binary paths baked into a ready
//! [`CompileStep`] and run [`CommandSpec`], the version string that goes into the compile
//! cache key, and the extra host paths the sandbox must show for the toolchain to work.
//! One file per language holds its commands; this module holds what they share.
//!
//! ```no_run
//! use afterburner_monolith::languages::Toolchain;
//! use afterburner_monolith::Language;
//!
//! let cpp = Toolchain::discover(Language::Cpp)?;
//! let step = cpp.compile_step().expect("C++ is compiled");
//! assert_eq!(step.command.args.last().map(String::as_str), Some("-lm"));
//! # Ok::<(), afterburner_monolith::languages::ToolchainError>(())
//! ```

mod cpp;
mod go;
mod java;
mod javascript;
mod python;
mod rust;

use std::collections::BTreeMap;
use std::io;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;

use crate::language::Language;
use crate::sandbox::spec::{BindMount, CommandSpec, APP_DIR};

/// The writable directory a compile step runs in; the source is written here as
/// [`Toolchain::source_file_name`] and the artifacts are collected from here.
pub const BUILD_DIR: &str = "/build";

/// Host directories the sandbox always shows read-only; toolchain paths under them need
/// no extra mount.
const SYSTEM_DIRS: [&str; 5] = ["/usr", "/bin", "/lib", "/lib64", "/sbin"];

/// One discovered toolchain: how to compile and start programs of one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toolchain {
    /// The language this toolchain handles.
    pub language: Language,
    /// The toolchain's own version line (e.g. `g++ (Debian 12.2.0-14) 12.2.0`); part of
    /// the compile cache key.
    pub version: String,
    /// Extra read-only host directories the toolchain needs inside the sandbox, mounted
    /// at the same path (empty when everything lives under `/usr` and friends).
    pub mounts: Vec<BindMount>,
    /// Host paths under `/etc` the toolchain reads, reached through symlinks from its
    /// install directory (Debian's JDK: `/etc/java-17-openjdk`, which javac cannot do
    /// without); the smallest directories that will do, never all of `/etc`. The
    /// sandbox must show them read-only at the same path.
    pub etc_paths: Vec<PathBuf>,
    compile: Option<CompileStep>,
    run: CommandSpec,
}

impl Toolchain {
    /// Finds the toolchain for `language` using this process's `PATH`, `JAVA_HOME` and
    /// `CARGO_HOME`/`HOME`.
    pub fn discover(language: Language) -> Result<Toolchain, ToolchainError> {
        Self::discover_in(language, &SearchEnv::from_process())
    }

    /// Finds the toolchain for `language` in an explicit search environment.
    pub fn discover_in(language: Language, env: &SearchEnv) -> Result<Toolchain, ToolchainError> {
        match language {
            Language::Python => python::discover(env),
            Language::Cpp => cpp::discover(env),
            Language::Java => java::discover(env),
            Language::JavaScript => javascript::discover(env),
            Language::Go => go::discover(env),
            Language::Rust => rust::discover(env),
        }
    }

    /// The file name the source is written to, in [`BUILD_DIR`] for a compile and in
    /// [`APP_DIR`] for an interpreted run.
    pub fn source_file_name(&self) -> &'static str {
        source_file_name(self.language)
    }

    /// The compile step, or `None` for interpreted languages (Python, JavaScript).
    pub fn compile_step(&self) -> Option<CompileStep> {
        self.compile.clone()
    }

    /// The command that starts the program: a compiled program's artifacts are expected
    /// in [`APP_DIR`], an interpreted program's source at `APP_DIR/<source_file_name>`.
    pub fn run_command(&self) -> CommandSpec {
        self.run.clone()
    }

    /// Everything besides the version and the source that decides what a compile
    /// produces: compiler path, arguments, environment and kept artifacts. Empty for
    /// interpreted languages, which have nothing to cache.
    pub fn cache_flags(&self) -> String {
        let Some(step) = &self.compile else {
            return String::new();
        };
        let command = &step.command;
        let mut env: Vec<String> = command
            .env
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        env.sort();
        format!(
            "{} {} | env {} | keep {}",
            command.program.display(),
            command.args.join(" "),
            env.join(" "),
            step.artifacts
        )
    }
}

/// The file name a language's source is written to (`main.py`, `main.cpp`, `Main.java`,
/// `main.js`, `main.go`, `main.rs`).
pub fn source_file_name(language: Language) -> &'static str {
    match language {
        Language::Python => "main.py",
        Language::Cpp => "main.cpp",
        Language::Java => "Main.java",
        Language::JavaScript => "main.js",
        Language::Go => "main.go",
        Language::Rust => "main.rs",
    }
}

/// How to turn a source file into a runnable program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileStep {
    /// The compiler invocation; runs with cwd [`BUILD_DIR`], where the source lies and
    /// everything is writable.
    pub command: CommandSpec,
    /// Which files in [`BUILD_DIR`] make up the compiled program.
    pub artifacts: Artifacts,
}

/// A rule naming the files a compile step leaves behind as the program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Artifacts {
    /// Exactly these file names, all of which must exist (e.g. `["main"]`).
    Named(Vec<String>),
    /// Every regular file with this extension, at least one (Java's `*.class`: javac
    /// writes one file per class, including nested and anonymous ones).
    Extension(&'static str),
}

impl Artifacts {
    /// The matching regular files directly inside `build_dir`, as sorted file names.
    pub fn select(&self, build_dir: &Path) -> Result<Vec<String>, ArtifactError> {
        match self {
            Artifacts::Named(names) => {
                for name in names {
                    let path = build_dir.join(name);
                    if !is_regular_file(&path) {
                        return Err(ArtifactError::Missing { path });
                    }
                }
                let mut names = names.clone();
                names.sort();
                Ok(names)
            }
            Artifacts::Extension(ext) => {
                let read_err = |source| ArtifactError::Read {
                    dir: build_dir.to_path_buf(),
                    source,
                };
                let mut names = Vec::new();
                for entry in std::fs::read_dir(build_dir).map_err(read_err)? {
                    let path = entry.map_err(read_err)?.path();
                    let matches = path.extension().is_some_and(|e| e == *ext);
                    if let (true, Some(name)) = (matches, path.file_name().and_then(|n| n.to_str()))
                    {
                        if is_regular_file(&path) {
                            names.push(name.to_string());
                        }
                    }
                }
                if names.is_empty() {
                    return Err(ArtifactError::NoneMatched {
                        dir: build_dir.to_path_buf(),
                        extension: ext,
                    });
                }
                names.sort();
                Ok(names)
            }
        }
    }
}

impl std::fmt::Display for Artifacts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Artifacts::Named(names) => f.write_str(&names.join(",")),
            Artifacts::Extension(ext) => write!(f, "*.{ext}"),
        }
    }
}

fn is_regular_file(path: &Path) -> bool {
    // symlink_metadata: a symlink left in the build dir must never be followed into the host.
    std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file())
}

/// A compile step that did not leave the files its language keeps.
#[derive(Debug, thiserror::Error)]
pub enum ArtifactError {
    /// A named artifact is absent or not a regular file.
    #[error("the compiler did not produce {}", path.display())]
    Missing {
        /// The expected file.
        path: PathBuf,
    },
    /// No file with the extension was produced.
    #[error("the compiler produced no *.{extension} file in {}", dir.display())]
    NoneMatched {
        /// The build directory.
        dir: PathBuf,
        /// The extension looked for, without the dot.
        extension: &'static str,
    },
    /// The build directory could not be listed.
    #[error("cannot list build directory {}", dir.display())]
    Read {
        /// The build directory.
        dir: PathBuf,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
}

/// Why a toolchain could not be discovered.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ToolchainError {
    /// No binary was found at any of the candidate paths.
    #[error("no {language} toolchain found (tried {}): {hint}", join_paths(tried))]
    NotFound {
        /// The language looked for.
        language: Language,
        /// Every path checked, in order.
        tried: Vec<PathBuf>,
        /// How to install the toolchain.
        hint: &'static str,
    },
    /// A probe (`--version` and the like) could not be started.
    #[error("cannot run {} to probe the {language} toolchain", program.display())]
    ProbeSpawn {
        /// The language being probed.
        language: Language,
        /// The binary that failed to start.
        program: PathBuf,
        /// The underlying error.
        #[source]
        source: Arc<io::Error>,
    },
    /// A probe ran but failed or printed something unexpected.
    #[error("probing the {language} toolchain with `{} {args}` failed: {detail}", program.display())]
    ProbeFailed {
        /// The language being probed.
        language: Language,
        /// The binary probed.
        program: PathBuf,
        /// The probe's arguments, space-separated.
        args: String,
        /// Exit status and stderr, or what was wrong with the output.
        detail: String,
    },
}

fn join_paths(paths: &[PathBuf]) -> String {
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    shown.join(", ")
}

/// Where discovery looks: an explicit copy of the relevant environment variables, so
/// discovery can be tested and does not depend on hidden global state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchEnv {
    /// Directories searched for binaries, in order (`PATH`).
    pub path: Vec<PathBuf>,
    /// `JAVA_HOME`; when set, Java is taken from there and nowhere else.
    pub java_home: Option<PathBuf>,
    /// Cargo's home (`CARGO_HOME`, else `$HOME/.cargo`), whose `bin` holds rustup's
    /// `rustc` when it is not on `PATH`.
    pub cargo_home: Option<PathBuf>,
}

impl SearchEnv {
    /// Reads `PATH`, `JAVA_HOME`, `CARGO_HOME` and `HOME` from this process; empty
    /// values count as unset.
    pub fn from_process() -> Self {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        SearchEnv {
            path: var("PATH")
                .map(|p| std::env::split_paths(&p).collect())
                .unwrap_or_default(),
            java_home: var("JAVA_HOME").map(PathBuf::from),
            cargo_home: var("CARGO_HOME")
                .map(PathBuf::from)
                .or_else(|| var("HOME").map(|h| PathBuf::from(h).join(".cargo"))),
        }
    }

    /// `name` joined to every `PATH` directory, in order.
    fn on_path(&self, name: &str) -> Vec<PathBuf> {
        self.path.iter().map(|dir| dir.join(name)).collect()
    }
}

/// The first executable file among `candidates`, with symlinks resolved (so the path is
/// the real binary, which is what gets mounted and run inside the sandbox).
fn locate(
    language: Language,
    candidates: Vec<PathBuf>,
    hint: &'static str,
) -> Result<PathBuf, ToolchainError> {
    let found = find_executable(language, candidates, hint)?;
    Ok(std::fs::canonicalize(&found).unwrap_or(found))
}

/// The first executable file among `candidates`, as named: for multi-call binaries such
/// as rustup's proxies, which dispatch on the name they are started by.
fn find_executable(
    language: Language,
    candidates: Vec<PathBuf>,
    hint: &'static str,
) -> Result<PathBuf, ToolchainError> {
    let mut tried: Vec<PathBuf> = Vec::new();
    for candidate in candidates {
        let executable = std::fs::metadata(&candidate)
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0);
        if executable {
            return Ok(candidate);
        }
        if !tried.contains(&candidate) {
            tried.push(candidate);
        }
    }
    Err(ToolchainError::NotFound {
        language,
        tried,
        hint,
    })
}

/// What a probe printed.
struct ProbeOutput {
    stdout: String,
    stderr: String,
}

/// Runs `program args` on the host and requires success. The probe runs in `/` so a
/// toolchain override file in the caller's directory (rustup, pyenv) does not change
/// which toolchain is found.
fn probe(
    language: Language,
    program: &Path,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<ProbeOutput, ToolchainError> {
    let output = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir("/")
        .stdin(Stdio::null())
        .output()
        .map_err(|source| ToolchainError::ProbeSpawn {
            language,
            program: program.to_path_buf(),
            source: Arc::new(source),
        })?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    if !output.status.success() {
        return Err(probe_failed(
            language,
            program,
            args,
            format!("{}: {}", output.status, stderr.trim()),
        ));
    }
    Ok(ProbeOutput { stdout, stderr })
}

fn probe_failed(
    language: Language,
    program: &Path,
    args: &[&str],
    detail: String,
) -> ToolchainError {
    ToolchainError::ProbeFailed {
        language,
        program: program.to_path_buf(),
        args: args.join(" "),
        detail,
    }
}

/// The first non-empty line of `text`, trimmed.
fn first_line(text: &str) -> Option<String> {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_string)
}

/// The install prefix of a binary in `<prefix>/bin/<name>`.
fn install_prefix(binary: &Path) -> Option<PathBuf> {
    binary.parent()?.parent().map(Path::to_path_buf)
}

/// Read-only mounts for those of `paths` the sandbox does not already show, dropping
/// paths nested in another one.
fn mounts_outside_system(paths: &[PathBuf]) -> Vec<BindMount> {
    let needed: Vec<PathBuf> = paths
        .iter()
        .filter(|p| !SYSTEM_DIRS.iter().any(|dir| p.starts_with(dir)))
        .cloned()
        .collect();
    outermost(needed)
        .into_iter()
        .map(BindMount::read_only)
        .collect()
}

/// `paths` sorted, without duplicates and without paths inside another one.
fn outermost(mut paths: Vec<PathBuf>) -> Vec<PathBuf> {
    paths.sort();
    paths.dedup();
    let kept = paths
        .iter()
        .filter(|p| {
            !paths
                .iter()
                .any(|other| other != *p && p.starts_with(other))
        })
        .cloned()
        .collect();
    kept
}

/// The host's `/etc`; a parameter of the helpers below so tests can use a temp dir.
const ETC: &str = "/etc";

/// What the sandbox must show for `path` to resolve when `path` leads into `etc`: the
/// directory holding the target (a JDK's `lib/jvm.cfg` → `/etc/java-17-openjdk`), or
/// the target itself when it is a directory or a file directly in `/etc`. Never a
/// whole top-level entry when less will do (`/etc/ssl/certs/java`, not `/etc/ssl` with
/// its private keys).
fn etc_dir_behind(path: &Path, etc: &Path) -> Option<PathBuf> {
    let target = std::fs::canonicalize(path).ok()?;
    let depth = target.strip_prefix(etc).ok()?.components().count();
    match depth {
        0 => None,
        1 => Some(target),
        _ if target.is_dir() => Some(target),
        _ => target.parent().map(Path::to_path_buf),
    }
}

/// The `etc` directories (or files directly in `etc`) reached through symlinks
/// anywhere under `dir`, at most `depth` directory levels down; outermost only.
fn etc_dirs_under(dir: &Path, depth: usize, etc: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, depth: usize, etc: &Path, found: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(meta) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            if meta.file_type().is_symlink() {
                found.extend(etc_dir_behind(&path, etc));
            } else if meta.is_dir() && depth > 0 {
                walk(&path, depth - 1, etc, found);
            }
        }
    }
    let mut found = Vec::new();
    walk(dir, depth, etc, &mut found);
    outermost(found)
}

/// A compiler command in [`BUILD_DIR`], with `HOME` and `TMPDIR` pointing there because it
/// is the only writable place during a compile.
fn compile_command(program: &Path) -> CommandSpec {
    CommandSpec::new(program)
        .cwd(BUILD_DIR)
        .env("HOME", BUILD_DIR)
        .env("TMPDIR", BUILD_DIR)
}

/// `name` inside [`APP_DIR`].
fn in_app_dir(name: &str) -> String {
    format!("{APP_DIR}/{name}")
}

/// The result of discovering every language once.
#[derive(Debug, Clone)]
pub struct Toolchains {
    found: BTreeMap<Language, Result<Toolchain, ToolchainError>>,
}

impl Toolchains {
    /// Discovers all six toolchains (in parallel) from this process's environment.
    pub fn discover_all() -> Self {
        Self::discover_all_in(&SearchEnv::from_process())
    }

    /// Discovers all six toolchains (in parallel) in an explicit search environment.
    pub fn discover_all_in(env: &SearchEnv) -> Self {
        let found = std::thread::scope(|scope| {
            let handles: Vec<_> = Language::ALL
                .into_iter()
                .map(|lang| (lang, scope.spawn(move || Toolchain::discover_in(lang, env))))
                .collect();
            handles
                .into_iter()
                .map(|(lang, handle)| {
                    let result = handle
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                    (lang, result)
                })
                .collect()
        });
        Toolchains { found }
    }

    /// The toolchain for `language`, or why it is unavailable.
    pub fn get(&self, language: Language) -> Result<&Toolchain, ToolchainError> {
        match self.found.get(&language) {
            Some(Ok(toolchain)) => Ok(toolchain),
            Some(Err(err)) => Err(err.clone()),
            None => unreachable!("discover_all_in fills every language"),
        }
    }

    /// Every language with its discovery result, in [`Language::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Language, &Result<Toolchain, ToolchainError>)> {
        self.found.iter().map(|(lang, result)| (*lang, result))
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Finds toolchains for tests the way the runner does, and runs sandbox commands
    //! directly on the host, with the sandbox's directories mapped to one temp dir, to
    //! check that the commands really compile and run programs.

    use super::*;
    use crate::sandbox::spec::WORK_DIR;
    use std::process::Output;
    use std::sync::OnceLock;

    /// Whether the tests run in CI (`CI=true`, as CI services set it). CI installs every
    /// toolchain and kernel feature the tests use, so there a missing one is a broken
    /// setup and fails the test instead of skipping it.
    pub fn in_ci() -> bool {
        std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1")
    }

    /// Skips a test for a reason that is acceptable on a developer's machine: returns
    /// `false` after saying why, or panics with `reason` when [`in_ci`].
    #[track_caller]
    pub fn skip(reason: &str) -> bool {
        assert!(
            !in_ci(),
            "CI=true, so this test may not be skipped: {reason}"
        );
        eprintln!("skipping: {reason}");
        false
    }

    /// The toolchain for `language`, found as the runner finds it
    /// ([`Toolchains::discover_all`], once per test binary); `None` when it is missing,
    /// after [`skip`] (a failure under CI).
    #[track_caller]
    pub fn toolchain_or_skip(language: Language) -> Option<Toolchain> {
        static FOUND: OnceLock<Toolchains> = OnceLock::new();
        match FOUND.get_or_init(Toolchains::discover_all).get(language) {
            Ok(toolchain) => Some(toolchain.clone()),
            Err(err) => {
                skip(&err.to_string());
                None
            }
        }
    }

    fn map(value: &str, dir: &Path) -> String {
        for root in [BUILD_DIR, APP_DIR, WORK_DIR] {
            if let Some(rest) = value.strip_prefix(root) {
                if rest.is_empty() || rest.starts_with('/') {
                    return format!("{}{rest}", dir.display());
                }
            }
        }
        value.to_string()
    }

    /// Runs `spec` with only its own environment and every sandbox path mapped to `dir`.
    pub fn run_on_host(spec: &CommandSpec, dir: &Path) -> Output {
        let program = map(&spec.program.to_string_lossy(), dir);
        Command::new(program)
            .args(spec.args.iter().map(|a| map(a, dir)))
            .env_clear()
            .envs(spec.env.iter().map(|(k, v)| (k, map(v, dir))))
            .current_dir(map(&spec.cwd.to_string_lossy(), dir))
            .stdin(Stdio::null())
            .output()
            .expect("start command")
    }

    /// Compiles (if needed) and runs `source` for `language` on the host; returns the
    /// program's stdout. Panics with the compiler's output if anything fails.
    pub fn compile_and_run(language: Language, source: &str) -> String {
        let toolchain = Toolchain::discover(language).expect("toolchain installed");
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(toolchain.source_file_name()), source).unwrap();
        if let Some(step) = toolchain.compile_step() {
            let out = run_on_host(&step.command, dir.path());
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "{language} compile failed: {stderr}");
            step.artifacts
                .select(dir.path())
                .expect("artifacts produced");
        }
        let out = run_on_host(&toolchain.run_command(), dir.path());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{language} run failed: {stderr}");
        String::from_utf8(out.stdout).unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_file_names_match_the_language() {
        for lang in Language::ALL {
            let name = source_file_name(lang);
            assert_eq!(Language::from_path(Path::new(name)), Some(lang));
        }
        assert_eq!(source_file_name(Language::Java), "Main.java");
    }

    #[test]
    fn locate_reports_every_path_tried_and_the_hint() {
        let dir = tempfile::tempdir().unwrap();
        let env = SearchEnv {
            path: vec![dir.path().to_path_buf(), dir.path().to_path_buf()],
            ..SearchEnv::default()
        };
        let err = locate(Language::Go, env.on_path("go"), "apt-get install golang-go").unwrap_err();
        let ToolchainError::NotFound { tried, .. } = &err else {
            panic!("{err}")
        };
        assert_eq!(
            tried,
            &vec![dir.path().join("go")],
            "duplicates are dropped"
        );
        assert!(err.to_string().contains("apt-get install golang-go"));
    }

    #[test]
    fn locate_skips_non_executable_files_and_resolves_symlinks() {
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("a");
        std::fs::create_dir(&plain).unwrap();
        std::fs::write(plain.join("tool"), "").unwrap();
        let real = dir.path().join("b");
        std::fs::create_dir(&real).unwrap();
        std::fs::write(real.join("tool-1"), "").unwrap();
        std::fs::set_permissions(real.join("tool-1"), std::fs::Permissions::from_mode(0o755))
            .unwrap();
        std::os::unix::fs::symlink(real.join("tool-1"), real.join("tool")).unwrap();
        let found = locate(
            Language::Cpp,
            vec![plain.join("tool"), real.join("tool")],
            "",
        )
        .unwrap();
        assert_eq!(found, std::fs::canonicalize(real.join("tool-1")).unwrap());
    }

    #[test]
    fn rustup_proxy_is_not_resolved_to_rustup() {
        // rustup's `rustc` links to `rustup`, which acts on the name it is started by;
        // resolving it made `rustc --print sysroot` run `rustup --print sysroot`.
        let dir = tempfile::tempdir().unwrap();
        let multi = dir.path().join("multi");
        std::fs::write(&multi, "").unwrap();
        std::fs::set_permissions(&multi, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::os::unix::fs::symlink(&multi, dir.path().join("rustc")).unwrap();
        let found = find_executable(Language::Rust, vec![dir.path().join("rustc")], "").unwrap();
        assert_eq!(found, dir.path().join("rustc"));
    }

    #[test]
    fn mounts_skip_system_dirs_and_nested_paths() {
        let mounts = mounts_outside_system(&[
            PathBuf::from("/usr/lib/jvm/jdk"),
            PathBuf::from("/root/.pyenv/versions/3.11.7/bin"),
            PathBuf::from("/root/.pyenv/versions/3.11.7"),
            PathBuf::from("/opt/x"),
            PathBuf::from("/opt/x"),
            PathBuf::from("/lib64"),
        ]);
        assert_eq!(
            mounts,
            vec![
                BindMount::read_only("/opt/x"),
                BindMount::read_only("/root/.pyenv/versions/3.11.7"),
            ]
        );
        assert!(mounts.iter().all(|m| !m.writable));
    }

    #[test]
    fn etc_paths_are_found_behind_symlinks() {
        let dir = tempfile::tempdir().unwrap();
        let conf = dir.path().join("conf");
        std::fs::create_dir(&conf).unwrap();
        let link = |target: &str, name: &str| std::os::unix::fs::symlink(target, conf.join(name));
        link("/etc/passwd", "users").unwrap();
        link("/etc/no-such-entry", "dangling").unwrap();
        link("/usr/bin", "not-etc").unwrap();
        assert_eq!(
            etc_dirs_under(dir.path(), 2, Path::new(ETC)),
            vec![PathBuf::from("/etc/passwd")]
        );
        assert!(
            etc_dirs_under(dir.path(), 0, Path::new(ETC)).is_empty(),
            "depth is respected"
        );
    }

    #[test]
    fn etc_paths_are_directories_below_the_top_entry_and_outermost() {
        // Debian's JDK: lib/jvm.cfg -> /etc/java-17-openjdk/jvm-amd64.cfg and
        // lib/security/cacerts -> /etc/ssl/certs/java/cacerts; showing all of /etc/ssl
        // would expose more than the JDK needs.
        let etc_dir = tempfile::tempdir().unwrap();
        let etc = std::fs::canonicalize(etc_dir.path()).unwrap();
        let jdk = etc.join("java-17-openjdk");
        std::fs::create_dir_all(jdk.join("security")).unwrap();
        std::fs::write(jdk.join("jvm.cfg"), "").unwrap();
        std::fs::write(jdk.join("security/java.security"), "").unwrap();
        let home = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(home.path().join("lib/security")).unwrap();
        let link = |target: PathBuf, name: &str| {
            std::os::unix::fs::symlink(target, home.path().join(name)).unwrap()
        };
        link(jdk.join("jvm.cfg"), "lib/jvm.cfg");
        link(
            jdk.join("security/java.security"),
            "lib/security/java.security",
        );
        assert_eq!(etc_dirs_under(home.path(), 3, &etc), vec![jdk.clone()]);
        link(jdk.join("security"), "lib/security-dir");
        assert_eq!(etc_dirs_under(home.path(), 3, &etc), vec![jdk]);
    }

    #[test]
    fn named_artifacts_must_exist_as_regular_files() {
        let dir = tempfile::tempdir().unwrap();
        let rule = Artifacts::Named(vec!["main".into()]);
        assert!(matches!(
            rule.select(dir.path()),
            Err(ArtifactError::Missing { .. })
        ));
        std::os::unix::fs::symlink("/etc/passwd", dir.path().join("main")).unwrap();
        assert!(
            rule.select(dir.path()).is_err(),
            "a symlink is not an artifact"
        );
        std::fs::remove_file(dir.path().join("main")).unwrap();
        std::fs::write(dir.path().join("main"), "x").unwrap();
        assert_eq!(rule.select(dir.path()).unwrap(), vec!["main"]);
    }

    #[test]
    fn extension_artifacts_select_only_matching_files() {
        let dir = tempfile::tempdir().unwrap();
        let rule = Artifacts::Extension("class");
        let err = rule.select(dir.path()).unwrap_err();
        assert!(err.to_string().contains("*.class"), "{err}");
        for name in ["Main.class", "Main$1.class", "Main.java", "notes.classy"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        std::fs::create_dir(dir.path().join("pkg.class")).unwrap();
        assert_eq!(
            rule.select(dir.path()).unwrap(),
            vec!["Main$1.class", "Main.class"]
        );
    }

    #[test]
    fn discover_all_covers_every_language() {
        let all = Toolchains::discover_all();
        assert_eq!(all.iter().count(), Language::ALL.len());
        for (lang, result) in all.iter() {
            let toolchain = result.as_ref().unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(toolchain.language, lang);
            assert_eq!(all.get(lang).unwrap(), toolchain);
        }
    }

    #[test]
    fn missing_toolchains_are_reported_not_panicked() {
        let empty = SearchEnv {
            path: vec![PathBuf::from("/nonexistent")],
            java_home: Some(PathBuf::from("/nonexistent/jdk")),
            cargo_home: None,
        };
        let err = Toolchain::discover_in(Language::Java, &empty).unwrap_err();
        assert!(matches!(
            err,
            ToolchainError::NotFound {
                language: Language::Java,
                ..
            }
        ));
        assert!(
            err.to_string().contains("/nonexistent/jdk/bin/javac"),
            "{err}"
        );
    }

    #[test]
    fn cache_flags_change_with_the_compile_command() {
        let cpp = Toolchain::discover(Language::Cpp).unwrap();
        let mut other = cpp.clone();
        let step = other.compile.as_mut().unwrap();
        step.command.args.retain(|a| a != "-O2");
        assert_ne!(cpp.cache_flags(), other.cache_flags());
        assert!(cpp.cache_flags().contains("-std=c++17"));
        let python = Toolchain::discover(Language::Python).unwrap();
        assert_eq!(python.cache_flags(), "");
    }
}
