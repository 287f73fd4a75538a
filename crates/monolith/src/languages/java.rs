//! Java: javac to `*.class` files, run by the JVM tuned for a one-core, memory-limited
//! sandbox.
//!
//! `JAVA_HOME` wins when set; otherwise `javac` on `PATH` (Debian's alternatives link
//! resolves into `/usr/lib/jvm/<jdk>/bin`). Debian's JDK reads `jvm.cfg` and
//! `java.security` through symlinks into `/etc/java-<n>-openjdk`; javac fails without the
//! latter, so those entries are reported in [`Toolchain::etc_paths`].

use std::path::{Path, PathBuf};

use super::{
    compile_command, etc_dirs_under, first_line, install_prefix, locate, mounts_outside_system,
    probe, source_file_name, Artifacts, CompileStep, SearchEnv, Toolchain, ToolchainError, ETC,
};
use crate::language::Language;
use crate::sandbox::spec::{CommandSpec, APP_DIR};

const HINT: &str =
    "install a JDK with `apt-get install openjdk-17-jdk-headless`, or set JAVA_HOME to one";

/// JVM flags shared by javac (as `-J` flags) and runs: one GC thread, no per-core
/// thread pools sized from the host, and no `/tmp/hsperfdata_*` file.
const JVM_FLAGS: [&str; 3] = [
    "-XX:+UseSerialGC",
    "-XX:ActiveProcessorCount=1",
    "-XX:-UsePerfData",
];

pub(super) fn discover(env: &SearchEnv) -> Result<Toolchain, ToolchainError> {
    let candidates = match &env.java_home {
        Some(home) => vec![home.join("bin/javac")],
        None => env.on_path("javac"),
    };
    let javac = locate(Language::Java, candidates, HINT)?;
    let home = install_prefix(&javac).unwrap_or_else(|| PathBuf::from("/"));
    let java = locate(Language::Java, vec![home.join("bin/java")], HINT)?;
    // `java -version` writes to stderr.
    let out = probe(Language::Java, &java, &["-version"], &[])?;
    Ok(Toolchain {
        language: Language::Java,
        version: first_line(&out.stderr).unwrap_or_default(),
        mounts: mounts_outside_system(std::slice::from_ref(&home)),
        etc_paths: etc_dirs_under(&home, 3, Path::new(ETC)),
        compile: Some(compile_step(&javac)),
        run: run_command(&java),
    })
}

fn compile_step(javac: &Path) -> CompileStep {
    // javac is a short-lived JVM: C1 only (TieredStopAtLevel=1) cuts a hello world from
    // ~0.5 s to ~0.3 s and its peak memory from ~90 MB to ~67 MB.
    let jvm = JVM_FLAGS
        .iter()
        .chain(&["-XX:TieredStopAtLevel=1"])
        .map(|flag| format!("-J{flag}"));
    let command = compile_command(javac).args(jvm).args([
        "-encoding",
        "UTF-8",
        "-d",
        ".",
        source_file_name(Language::Java),
    ]);
    CompileStep {
        command,
        artifacts: Artifacts::Extension("class"),
    }
}

fn run_command(java: &Path) -> CommandSpec {
    // Full JIT for runs, compiled in the foreground (-Xbatch): on the run's one core a
    // background compiler thread only takes turns with the program, and where the turns
    // fall decides how long the program is interpreted first, which made one solution's
    // CPU time vary from run to run (in the foreground it varied less, and was no slower).
    // A 64 MB main-thread stack for deeply recursive solutions; the class-data archive
    // (Xshare) only if usable, never an error.
    CommandSpec::new(java).args(JVM_FLAGS).args([
        "-Xbatch",
        "-Xshare:auto",
        "-Xss64m",
        "-cp",
        APP_DIR,
        "Main",
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::test_support::compile_and_run;

    #[test]
    fn discovers_the_jdk_and_its_version() {
        let java = Toolchain::discover(Language::Java).unwrap();
        assert!(java.version.contains("version \""), "{}", java.version);
        let step = java.compile_step().unwrap();
        assert!(step.command.program.ends_with("bin/javac"));
        assert!(step
            .command
            .args
            .ends_with(&["-d".into(), ".".into(), "Main.java".into()]));
        assert_eq!(step.artifacts, Artifacts::Extension("class"));
        let run = java.run_command();
        assert!(run.program.ends_with("bin/java"));
        assert!(run
            .args
            .ends_with(&["-cp".into(), "/app".into(), "Main".into()]));
    }

    #[test]
    fn debian_jdk_reports_its_etc_directory() {
        let java = Toolchain::discover(Language::Java).unwrap();
        let home = install_prefix(&java.run_command().program).unwrap();
        let jvm_cfg = std::fs::canonicalize(home.join("lib/jvm.cfg")).unwrap();
        if let Ok(rest) = jvm_cfg.strip_prefix("/etc") {
            let entry = Path::new("/etc").join(rest.iter().next().unwrap());
            assert!(java.etc_paths.contains(&entry), "{:?}", java.etc_paths);
        }
    }

    #[test]
    fn java_home_is_used_when_set() {
        let found = Toolchain::discover(Language::Java).unwrap();
        let home = install_prefix(&found.run_command().program).unwrap();
        let env = SearchEnv {
            path: Vec::new(),
            java_home: Some(home.clone()),
            cargo_home: None,
        };
        let java = Toolchain::discover_in(Language::Java, &env).unwrap();
        assert!(java.run_command().program.starts_with(&home));
    }

    #[test]
    fn compiles_and_runs_hello_world_with_nested_classes() {
        let source = r#"
import java.util.*;
public class Main {
    static class Pair { int a = 1; }
    public static void main(String[] args) {
        Runnable r = new Runnable() { public void run() { System.out.println("hello " + new Pair().a); } };
        r.run();
    }
}
"#;
        assert_eq!(compile_and_run(Language::Java, source), "hello 1\n");
    }
}
