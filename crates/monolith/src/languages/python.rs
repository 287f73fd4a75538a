//! Python: CPython 3, run from source with no bytecode written.
//!
//! Debian's `/usr/bin/python3` is preferred because it lives entirely under `/usr`; any
//! other `python3` on `PATH` (a pyenv shim, a venv) is resolved by asking the interpreter
//! itself where it lives, and its prefix is mounted into the sandbox.

use std::path::{Path, PathBuf};

use super::{
    etc_dir_behind, first_line, in_app_dir, locate, mounts_outside_system, probe, probe_failed,
    source_file_name, SearchEnv, Toolchain, ToolchainError, ETC,
};
use crate::language::Language;
use crate::sandbox::spec::CommandSpec;

const PREFERRED: &str = "/usr/bin/python3";
const HINT: &str = "install Python 3 with `apt-get install python3`";

/// Prints, one per line: the version as `python3 --version` does, the real interpreter,
/// `sys.prefix`, `sys.base_prefix` (differs in a venv) and the stdlib directory.
const PROBE: &str = "import platform, sys, sysconfig
print('Python ' + platform.python_version())
print(sys.executable)
print(sys.prefix)
print(sys.base_prefix)
print(sysconfig.get_path('stdlib'))";

pub(super) fn discover(env: &SearchEnv) -> Result<Toolchain, ToolchainError> {
    let mut candidates = vec![PathBuf::from(PREFERRED)];
    candidates.extend(env.on_path("python3"));
    from_candidate(&locate(Language::Python, candidates, HINT)?)
}

/// Builds the toolchain from a `python3` that may be a wrapper (a pyenv shim is a shell
/// script), so the paths come from the interpreter, not from the candidate's location.
fn from_candidate(candidate: &Path) -> Result<Toolchain, ToolchainError> {
    let args = ["-c", PROBE];
    let out = probe(Language::Python, candidate, &args, &[])?;
    let lines: Vec<&str> = out.stdout.lines().map(str::trim).collect();
    let [version, executable, prefix, base_prefix, stdlib] = lines[..] else {
        let detail = format!("unexpected probe output: {:?}", out.stdout);
        return Err(probe_failed(Language::Python, candidate, &args, detail));
    };
    let interpreter = std::fs::canonicalize(executable).map_err(|e| {
        let detail = format!("sys.executable {executable:?} does not resolve: {e}");
        probe_failed(Language::Python, candidate, &args, detail)
    })?;
    let mut needed = vec![PathBuf::from(prefix), PathBuf::from(base_prefix)];
    needed.extend(interpreter.parent().map(Path::to_path_buf));
    // Debian links the stdlib's sitecustomize.py into /etc; without it Python still runs.
    let etc_paths = etc_dir_behind(&Path::new(stdlib).join("sitecustomize.py"), Path::new(ETC))
        .into_iter()
        .collect();
    Ok(Toolchain {
        language: Language::Python,
        version: first_line(version).unwrap_or_default(),
        mounts: mounts_outside_system(&needed),
        etc_paths,
        compile: None,
        run: run_command(&interpreter),
    })
}

fn run_command(interpreter: &Path) -> CommandSpec {
    // -B and PYTHONDONTWRITEBYTECODE: /app is read-only and .pyc writes would only cost
    // time; a fixed hash seed makes set/dict iteration order repeatable across runs.
    CommandSpec::new(interpreter)
        .args([
            "-B".to_string(),
            in_app_dir(source_file_name(Language::Python)),
        ])
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::test_support::compile_and_run;

    #[test]
    fn discovers_python3_and_its_version() {
        let python = Toolchain::discover(Language::Python).unwrap();
        assert!(
            python.version.starts_with("Python 3."),
            "{}",
            python.version
        );
        assert!(python.compile_step().is_none());
        let run = python.run_command();
        assert!(run.program.is_absolute() && run.program.exists());
        assert_eq!(run.args, ["-B", "/app/main.py"]);
        assert!(run.env.contains(&("PYTHONHASHSEED".into(), "0".into())));
    }

    #[test]
    fn debian_python_needs_no_extra_mount() {
        if !Path::new(PREFERRED).exists() {
            return;
        }
        let python = from_candidate(Path::new(PREFERRED)).unwrap();
        assert!(python.mounts.is_empty(), "{:?}", python.mounts);
        assert!(python.run_command().program.starts_with("/usr/bin"));
    }

    #[test]
    fn python_outside_usr_gets_its_prefix_mounted() {
        // pyenv (on CI machines) or a venv: whatever python3 on PATH is not under /usr.
        let env = SearchEnv::from_process();
        let Some(candidate) = env
            .on_path("python3")
            .into_iter()
            .find(|p| p.exists() && !std::fs::canonicalize(p).unwrap().starts_with("/usr"))
        else {
            return;
        };
        let python = from_candidate(&candidate).unwrap();
        let program = python.run_command().program;
        assert!(
            python.mounts.iter().any(|m| program.starts_with(&m.source)),
            "{program:?} not under {:?}",
            python.mounts
        );
    }

    #[test]
    fn runs_hello_world() {
        let out = compile_and_run(
            Language::Python,
            "import sys\nprint('hello', sys.flags.dont_write_bytecode)\n",
        );
        assert_eq!(out, "hello 1\n");
    }
}
