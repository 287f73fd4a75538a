//! Rust: rustc -O on a single file, producing `main`.
//!
//! rustup's `rustc` is a proxy that needs rustup's state, so the real compiler is taken
//! from the sysroot the proxy reports, and the sysroot is mounted read-only. The linker
//! (`cc`) is resolved on the host and passed explicitly, because `/usr/bin/cc` is a
//! symlink through `/etc/alternatives`, which the sandbox need not show.

use std::path::{Path, PathBuf};

use super::{
    compile_command, find_executable, first_line, in_app_dir, install_prefix, locate,
    mounts_outside_system, probe, probe_failed, source_file_name, Artifacts, CompileStep,
    SearchEnv, Toolchain, ToolchainError,
};
use crate::language::Language;
use crate::sandbox::spec::CommandSpec;

const HINT: &str = "install Rust with rustup, or with `apt-get install rustc`";
const LINKER_HINT: &str = "rustc links with cc: install it with `apt-get install gcc`";
const ARTIFACT: &str = "main";

pub(super) fn discover(env: &SearchEnv) -> Result<Toolchain, ToolchainError> {
    let mut candidates = env.on_path("rustc");
    candidates.extend(env.cargo_home.iter().map(|home| home.join("bin/rustc")));
    // Not resolved: rustup's `rustc` is a link to `rustup`, which acts by its name.
    let proxy = find_executable(Language::Rust, candidates, HINT)?;
    let args = ["--print", "sysroot"];
    let out = probe(Language::Rust, &proxy, &args, &[])?;
    let sysroot = first_line(&out.stdout)
        .and_then(|line| std::fs::canonicalize(line).ok())
        .ok_or_else(|| {
            let detail = format!("no usable sysroot in {:?}", out.stdout);
            probe_failed(Language::Rust, &proxy, &args, detail)
        })?;
    let rustc = locate(Language::Rust, vec![sysroot.join("bin/rustc")], HINT)?;
    let version = probe(Language::Rust, &rustc, &["--version"], &[])?;

    let mut linker_candidates = vec![PathBuf::from("/usr/bin/cc")];
    linker_candidates.extend(env.on_path("cc"));
    let linker = locate(Language::Rust, linker_candidates, LINKER_HINT)?;

    let mut needed = vec![sysroot];
    needed.extend(install_prefix(&linker));
    Ok(Toolchain {
        language: Language::Rust,
        version: first_line(&version.stdout).unwrap_or_default(),
        mounts: mounts_outside_system(&needed),
        etc_paths: Vec::new(),
        compile: Some(compile_step(&rustc, &linker)),
        run: CommandSpec::new(in_app_dir(ARTIFACT)),
    })
}

fn compile_step(rustc: &Path, linker: &Path) -> CompileStep {
    // One codegen unit: no measurable cost on single-file programs (~0.1 s either way
    // for a hello world) and the best-optimised, least variable code.
    let command = compile_command(rustc).args([
        "-O".to_string(),
        "-C".into(),
        "codegen-units=1".into(),
        "--edition".into(),
        "2021".into(),
        "-C".into(),
        format!("linker={}", linker.display()),
        "-o".into(),
        ARTIFACT.into(),
        source_file_name(Language::Rust).into(),
    ]);
    CompileStep {
        command,
        artifacts: Artifacts::Named(vec![ARTIFACT.into()]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::test_support::compile_and_run;

    #[test]
    fn discovers_the_real_rustc_in_its_sysroot() {
        let rust = Toolchain::discover(Language::Rust).unwrap();
        assert!(rust.version.starts_with("rustc 1."), "{}", rust.version);
        let step = rust.compile_step().unwrap();
        let rustc = &step.command.program;
        assert!(rustc.ends_with("bin/rustc"));
        let sysroot = install_prefix(rustc).unwrap();
        assert!(
            sysroot.join("lib/rustlib").is_dir(),
            "{sysroot:?} is no sysroot"
        );
        if !sysroot.starts_with("/usr") {
            assert!(
                rust.mounts.iter().any(|m| m.source == sysroot),
                "{:?}",
                rust.mounts
            );
        }
        let linker = step
            .command
            .args
            .iter()
            .find_map(|a| a.strip_prefix("linker="))
            .unwrap();
        assert!(!Path::new(linker).starts_with("/etc"));
        assert_eq!(
            std::fs::canonicalize(linker).unwrap(),
            PathBuf::from(linker)
        );
    }

    #[test]
    fn compiles_and_runs_hello_world() {
        let source = "fn main() {\n    let v: Vec<u32> = (1..=3).collect();\n    println!(\"hello {}\", v.iter().sum::<u32>());\n}\n";
        assert_eq!(compile_and_run(Language::Rust, source), "hello 6\n");
    }
}
