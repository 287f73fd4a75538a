//! What to run in the sandbox: the command, what it may see, and its limits.

use std::path::PathBuf;
use std::sync::Arc;

use crate::limits::Limits;

/// A program to start inside the sandbox, named by its path as seen inside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandSpec {
    /// Absolute path of the executable inside the sandbox (host toolchain paths are
    /// mounted at the same place, so a host path works).
    pub program: PathBuf,
    /// Arguments after the program name.
    pub args: Vec<String>,
    /// The complete environment; nothing of the caller's environment is added.
    pub env: Vec<(String, String)>,
    /// Working directory inside the sandbox.
    pub cwd: PathBuf,
}

impl CommandSpec {
    /// A command with the given program, no arguments, the default environment
    /// (`PATH`, `HOME`, `LANG`) and `/work` as working directory.
    pub fn new(program: impl Into<PathBuf>) -> Self {
        CommandSpec {
            program: program.into(),
            args: Vec::new(),
            env: default_env(),
            cwd: PathBuf::from(WORK_DIR),
        }
    }

    /// Appends arguments.
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    /// Sets (or replaces) one environment variable.
    pub fn env(mut self, key: &str, value: impl Into<String>) -> Self {
        self.env.retain(|(k, _)| k != key);
        self.env.push((key.to_string(), value.into()));
        self
    }

    /// Sets the working directory.
    pub fn cwd(mut self, cwd: impl Into<PathBuf>) -> Self {
        self.cwd = cwd.into();
        self
    }
}

/// The private writable directory every run starts in.
pub const WORK_DIR: &str = "/work";

/// The read-only directory where a compiled program (or a script) is mounted for a run.
pub const APP_DIR: &str = "/app";

fn default_env() -> Vec<(String, String)> {
    vec![
        ("PATH".into(), "/usr/local/bin:/usr/bin:/bin".into()),
        ("HOME".into(), WORK_DIR.into()),
        ("LANG".into(), "C.UTF-8".into()),
        ("TMPDIR".into(), "/tmp".into()),
    ]
}

/// A host directory or file made visible inside the sandbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindMount {
    /// Path on the host.
    pub source: PathBuf,
    /// Path inside the sandbox.
    pub target: PathBuf,
    /// Whether the program may write through this mount.
    pub writable: bool,
}

impl BindMount {
    /// A read-only mount of a host path at the same path inside.
    pub fn read_only(path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        BindMount {
            target: path.clone(),
            source: path,
            writable: false,
        }
    }

    /// A writable mount of host directory `source` at `target` inside.
    pub fn writable(source: impl Into<PathBuf>, target: impl Into<PathBuf>) -> Self {
        BindMount {
            source: source.into(),
            target: target.into(),
            writable: true,
        }
    }
}

/// What the program reads on standard input.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Stdin {
    /// An empty stdin (immediate end of file).
    #[default]
    Empty,
    /// These bytes, shared: copies of a request (one per repeated run) share one buffer.
    Bytes(Arc<[u8]>),
    /// The contents of this host file.
    File(PathBuf),
}

/// Everything needed to start one sandboxed run.
#[derive(Debug, Clone)]
pub struct SandboxSpec {
    /// The program to start.
    pub command: CommandSpec,
    /// Extra mounts on top of the base system view (toolchains, the program's files, a
    /// writable build directory for compile steps).
    pub mounts: Vec<BindMount>,
    /// A prepared host directory bound writable at `/work` (see
    /// [`WorkDir`](super::WorkDir)); without one, `/work` is a fresh tmpfs.
    pub work_dir: Option<PathBuf>,
    /// A host directory (the program's files) copied into a fresh read-only tmpfs at
    /// `/app`. Copied, not bound: a bind would show its host path in the program's
    /// `/proc/self/mountinfo`.
    pub app: Option<PathBuf>,
    /// Standard input.
    pub stdin: Stdin,
    /// Resource limits.
    pub limits: Limits,
    /// The CPU core to pin the program to, if any.
    pub cpu: Option<usize>,
    /// Memory sampling rate to aim for, in Hz.
    pub sample_hz: u32,
    /// Whether to keep a downsampled memory timeline in the result.
    pub timeline: bool,
}

impl SandboxSpec {
    /// A spec for `command` with default limits and an empty stdin.
    pub fn new(command: CommandSpec) -> Self {
        SandboxSpec {
            command,
            mounts: Vec::new(),
            work_dir: None,
            app: None,
            stdin: Stdin::Empty,
            limits: Limits::default(),
            cpu: None,
            sample_hz: DEFAULT_SAMPLE_HZ,
            timeline: false,
        }
    }
}

/// The default memory sampling rate in Hz.
pub const DEFAULT_SAMPLE_HZ: u32 = 20_000;
