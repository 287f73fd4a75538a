//! Go: `go build` of a single file outside any module, producing a static `main`.
//!
//! Every compile starts with an empty `GOCACHE` in the build dir. That is cheap only
//! because Debian's Go ships the standard library precompiled in `$GOROOT/pkg`: a hello
//! world builds in ~0.2 s cold. Flags that change how std is compiled (`-trimpath`,
//! `-race`) would rebuild all of std on every compile (~4 s), so none are used.

use std::path::{Path, PathBuf};

use super::{
    compile_command, first_line, in_app_dir, locate, mounts_outside_system, probe, probe_failed,
    source_file_name, Artifacts, CompileStep, SearchEnv, Toolchain, ToolchainError,
};
use crate::language::Language;
use crate::sandbox::spec::CommandSpec;

const PREFERRED: &str = "/usr/lib/go/bin/go";
const HINT: &str = "install Go with `apt-get install golang-go`";
const ARTIFACT: &str = "main";

/// Keeps the go command from switching to (and downloading) another Go release, and
/// from reading a user's `go env -w` settings.
const PROBE_ENV: [(&str, &str); 2] = [("GOTOOLCHAIN", "local"), ("GOENV", "off")];

pub(super) fn discover(env: &SearchEnv) -> Result<Toolchain, ToolchainError> {
    let mut candidates = vec![PathBuf::from(PREFERRED)];
    candidates.extend(env.on_path("go"));
    let go = locate(Language::Go, candidates, HINT)?;
    let version = probe(Language::Go, &go, &["version"], &PROBE_ENV)?;
    let args = ["env", "GOROOT"];
    let goroot = probe(Language::Go, &go, &args, &PROBE_ENV)?;
    let goroot = first_line(&goroot.stdout)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .ok_or_else(|| probe_failed(Language::Go, &go, &args, "printed no GOROOT".into()))?;
    Ok(Toolchain {
        language: Language::Go,
        version: first_line(&version.stdout).unwrap_or_default(),
        mounts: mounts_outside_system(std::slice::from_ref(&goroot)),
        etc_paths: Vec::new(),
        compile: Some(compile_step(&go, &goroot)),
        // Like the JVM's ActiveProcessorCount=1: one P, so the runtime does not size
        // its GC workers from the host's cores.
        run: CommandSpec::new(in_app_dir(ARTIFACT)).env("GOMAXPROCS", "1"),
    })
}

fn compile_step(go: &Path, goroot: &Path) -> CompileStep {
    let build = super::BUILD_DIR;
    let command = compile_command(go)
        .args(["build", "-o", ARTIFACT, source_file_name(Language::Go)])
        .env("GOROOT", goroot.to_string_lossy())
        .env("GOCACHE", format!("{build}/.gocache"))
        .env("GOPATH", format!("{build}/gopath"))
        .env("GO111MODULE", "off")
        .env("CGO_ENABLED", "0")
        .env("GOTOOLCHAIN", "local")
        .env("GOENV", "off")
        .env("GOFLAGS", "");
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
    fn discovers_go_and_its_version() {
        let go = Toolchain::discover(Language::Go).unwrap();
        assert!(go.version.starts_with("go version go1."), "{}", go.version);
        let step = go.compile_step().unwrap();
        assert_eq!(step.command.args, ["build", "-o", "main", "main.go"]);
        let env = &step.command.env;
        assert!(env.contains(&("CGO_ENABLED".into(), "0".into())));
        assert!(env.contains(&("GOCACHE".into(), "/build/.gocache".into())));
        let goroot = env.iter().find(|(k, _)| k == "GOROOT").unwrap();
        assert!(Path::new(&goroot.1).join("src/runtime").is_dir());
    }

    #[test]
    fn compiles_and_runs_hello_world_with_a_cold_cache() {
        let source = "package main\n\nimport (\n\t\"fmt\"\n\t\"sort\"\n)\n\nfunc main() {\n\ta := []int{3, 1, 2}\n\tsort.Ints(a)\n\tfmt.Println(\"hello\", a)\n}\n";
        let started = std::time::Instant::now();
        assert_eq!(compile_and_run(Language::Go, source), "hello [1 2 3]\n");
        // A std rebuild takes seconds; the precompiled std keeps this well under that.
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    }
}
