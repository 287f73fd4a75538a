//! Source in, [`RunResult`] out: compiles once (through the cache), then runs the
//! produced program in the sandbox.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::cache::CompileCache;
use crate::language::Language;
use crate::languages::{Toolchain, Toolchains, BUILD_DIR};
use crate::limits::Limits;
use crate::result::{CompileReport, RunResult, Status};
use crate::sandbox::{BindMount, Sandbox, SandboxSpec, Stdin, DEFAULT_SAMPLE_HZ};

/// Most bytes of compiler output kept in a result.
const COMPILER_OUTPUT_BYTES: usize = 64 * 1024;

/// One program to run.
#[derive(Debug, Clone)]
pub struct RunRequest {
    /// Its language.
    pub language: Language,
    /// Its source code.
    pub source: String,
    /// What it reads on stdin.
    pub stdin: Stdin,
    /// Its limits.
    pub limits: Limits,
    /// The core to pin it to.
    pub cpu: Option<usize>,
    /// Memory sampling rate to aim for, in Hz.
    pub sample_hz: u32,
    /// Whether to keep a memory timeline.
    pub timeline: bool,
    /// A prepared host directory the program runs in as `/work` (see
    /// [`WorkDir`](crate::sandbox::WorkDir)); without one, a fresh tmpfs.
    pub work_dir: Option<PathBuf>,
    /// Wall-clock limit of the compile step in milliseconds; without one,
    /// [`Limits::for_compile`]'s.
    pub compile_wall_ms: Option<u64>,
}

impl RunRequest {
    /// A request with default limits, empty stdin, no pinning and the default rate.
    pub fn new(language: Language, source: impl Into<String>) -> Self {
        RunRequest {
            language,
            source: source.into(),
            stdin: Stdin::Empty,
            limits: Limits::default(),
            cpu: None,
            sample_hz: DEFAULT_SAMPLE_HZ,
            timeline: false,
            work_dir: None,
            compile_wall_ms: None,
        }
    }
}

/// A program ready to run: its files on disk and how it was built.
#[derive(Debug, Clone)]
pub struct Program {
    /// Its language.
    pub language: Language,
    /// The directory mounted read-only at `/app` for each run.
    pub dir: PathBuf,
    /// The compile step, for compiled languages.
    pub compile: Option<CompileReport>,
}

/// Compiles and runs programs in the sandbox.
#[derive(Debug)]
pub struct Runner {
    sandbox: Arc<Sandbox>,
    toolchains: Toolchains,
    cache: CompileCache,
}

impl Runner {
    /// A runner over `sandbox`, the toolchains found on this host, and `cache`.
    pub fn new(sandbox: Arc<Sandbox>, toolchains: Toolchains, cache: CompileCache) -> Self {
        Runner {
            sandbox,
            toolchains,
            cache,
        }
    }

    /// The sandbox this runner uses.
    pub fn sandbox(&self) -> &Sandbox {
        &self.sandbox
    }

    /// The toolchains this runner found.
    pub fn toolchains(&self) -> &Toolchains {
        &self.toolchains
    }

    /// Compiles and runs `request` once.
    pub fn run(&self, request: &RunRequest) -> RunResult {
        match self.prepare_request(request) {
            Ok(program) => self.execute(&program, request),
            Err(result) => *result,
        }
    }

    /// Compiles `request`'s program (or finds it cached) within its compile limits.
    pub fn prepare_request(&self, request: &RunRequest) -> Result<Program, Box<RunResult>> {
        let mut compile = Limits::for_compile();
        if let Some(wall_ms) = request.compile_wall_ms {
            compile.wall_ms = wall_ms;
        }
        self.prepare_within(request.language, &request.source, &compile)
    }

    /// Makes `source` runnable: compiles it in the sandbox (or finds it in the cache);
    /// for interpreted languages, stores the script. A compile failure comes back as a
    /// `compile_error` result, a missing toolchain as a `sandbox_error`.
    pub fn prepare(&self, language: Language, source: &str) -> Result<Program, Box<RunResult>> {
        self.prepare_within(language, source, &Limits::for_compile())
    }

    /// [`Runner::prepare`] with the compile step held to `compile` limits.
    fn prepare_within(
        &self,
        language: Language,
        source: &str,
        compile: &Limits,
    ) -> Result<Program, Box<RunResult>> {
        let toolchain = self
            .toolchains
            .get(language)
            .map_err(|e| Box::new(RunResult::sandbox_error(e.to_string())))?;
        let key = CompileCache::key(
            language,
            &toolchain.version,
            &toolchain.cache_flags(),
            source.as_bytes(),
        );
        if let Some(dir) = self.cache.lookup(&key) {
            let compile = toolchain.compile_step().map(|_| CompileReport {
                cached: true,
                compile_ms: 0.0,
                cache_key: key.clone(),
                output: String::new(),
            });
            return Ok(Program {
                language,
                dir,
                compile,
            });
        }
        let build = self
            .build_dir()
            .map_err(|e| Box::new(RunResult::sandbox_error(e)))?;
        let outcome = self.build(toolchain, source, &build, &key, compile);
        let _ = fs::remove_dir_all(&build);
        outcome
    }

    fn build(
        &self,
        toolchain: &Toolchain,
        source: &str,
        build: &Path,
        key: &str,
        limits: &Limits,
    ) -> Result<Program, Box<RunResult>> {
        let error = |msg: String| Box::new(RunResult::sandbox_error(msg));
        let source_path = build.join(toolchain.source_file_name());
        fs::write(&source_path, source)
            .map_err(|e| error(format!("writing {}: {e}", source_path.display())))?;
        let _ = fs::set_permissions(&source_path, fs::Permissions::from_mode(0o644));
        let Some(step) = toolchain.compile_step() else {
            let names = vec![toolchain.source_file_name().to_string()];
            let dir = self
                .cache
                .store(key, build, &names)
                .map_err(|e| error(format!("storing the script: {e}")))?;
            return Ok(Program {
                language: toolchain.language,
                dir,
                compile: None,
            });
        };
        self.sandbox
            .hand_over(build)
            .map_err(|e| error(format!("preparing {}: {e}", build.display())))?;
        let mut spec = SandboxSpec::new(step.command.clone());
        spec.mounts = toolchain_mounts(toolchain);
        spec.mounts.push(BindMount::writable(build, BUILD_DIR));
        spec.limits = limits.clone();
        spec.sample_hz = 1000;
        let outcome = self.sandbox.run(&spec);
        let mut output = outcome.stderr.clone();
        output.push_str(&outcome.stdout);
        truncate_utf8(&mut output, COMPILER_OUTPUT_BYTES);
        let report = CompileReport {
            cached: false,
            compile_ms: outcome.metrics.wall_ms,
            cache_key: key.to_string(),
            output,
        };
        match outcome.status {
            Status::Success => {}
            Status::SandboxError => return Err(Box::new(outcome)),
            status => {
                let mut failed = RunResult::sandbox_error("");
                failed.status = Status::CompileError;
                failed.reason = Some(match status {
                    Status::RuntimeError => "the compiler reported errors".to_string(),
                    other => format!(
                        "the compiler stopped: {}",
                        outcome.reason.as_deref().unwrap_or(other.name())
                    ),
                });
                failed.stderr = report.output.clone();
                // How the compiler ended: its exit code, or the signal that stopped it.
                failed.exit_code = outcome.exit_code;
                failed.signal = outcome.signal;
                failed.isolation = outcome.isolation;
                failed.compile = Some(report);
                return Err(Box::new(failed));
            }
        }
        let names = step
            .artifacts
            .select(build)
            .map_err(|e| error(format!("the compiler left no program: {e}")))?;
        let dir = self
            .cache
            .store(key, build, &names)
            .map_err(|e| error(format!("caching the compiled program: {e}")))?;
        Ok(Program {
            language: toolchain.language,
            dir,
            compile: Some(report),
        })
    }

    /// Runs a prepared program once.
    pub fn execute(&self, program: &Program, request: &RunRequest) -> RunResult {
        let toolchain = match self.toolchains.get(program.language) {
            Ok(t) => t,
            Err(e) => return RunResult::sandbox_error(e.to_string()),
        };
        let mut spec = SandboxSpec::new(toolchain.run_command());
        spec.mounts = toolchain_mounts(toolchain);
        spec.app = Some(program.dir.clone());
        spec.work_dir = request.work_dir.clone();
        spec.stdin = request.stdin.clone();
        spec.limits = request.limits.clone();
        spec.cpu = request.cpu;
        spec.sample_hz = request.sample_hz;
        spec.timeline = request.timeline;
        let mut result = self.sandbox.run(&spec);
        result.compile = program.compile.clone();
        result
    }

    /// A build directory no other build of this process uses, whichever runner made it.
    fn build_dir(&self) -> Result<PathBuf, String> {
        static BUILDS: AtomicU64 = AtomicU64::new(0);
        let n = BUILDS.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("afterburner-build-{}-{n}", std::process::id()));
        fs::create_dir_all(&dir).map_err(|e| format!("making {}: {e}", dir.display()))?;
        Ok(dir)
    }
}

fn toolchain_mounts(toolchain: &Toolchain) -> Vec<BindMount> {
    let mut mounts = toolchain.mounts.clone();
    mounts.extend(toolchain.etc_paths.iter().map(BindMount::read_only));
    mounts
}

fn truncate_utf8(text: &mut String, max: usize) {
    if text.len() > max {
        let mut cut = max;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
}
