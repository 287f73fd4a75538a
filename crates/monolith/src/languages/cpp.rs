//! C++: g++ -O2 in C++17 mode, producing a dynamically linked `main`.

use std::path::PathBuf;

use super::{
    compile_command, first_line, in_app_dir, install_prefix, locate, mounts_outside_system, probe,
    source_file_name, Artifacts, CompileStep, SearchEnv, Toolchain, ToolchainError,
};
use crate::language::Language;
use crate::sandbox::spec::CommandSpec;

const PREFERRED: &str = "/usr/bin/g++";
const HINT: &str = "install g++ with `apt-get install g++`";
const ARTIFACT: &str = "main";

pub(super) fn discover(env: &SearchEnv) -> Result<Toolchain, ToolchainError> {
    let mut candidates = vec![PathBuf::from(PREFERRED)];
    candidates.extend(env.on_path("g++"));
    let gxx = locate(Language::Cpp, candidates, HINT)?;
    let out = probe(Language::Cpp, &gxx, &["--version"], &[])?;
    // -pipe keeps assembler input off the disk; -lm last so the linker sees it after
    // the object that needs it.
    let command = compile_command(&gxx).args([
        "-O2",
        "-std=c++17",
        "-pipe",
        "-o",
        ARTIFACT,
        source_file_name(Language::Cpp),
        "-lm",
    ]);
    Ok(Toolchain {
        language: Language::Cpp,
        version: first_line(&out.stdout).unwrap_or_default(),
        mounts: mounts_outside_system(&Vec::from_iter(install_prefix(&gxx))),
        etc_paths: Vec::new(),
        compile: Some(CompileStep {
            command,
            artifacts: Artifacts::Named(vec![ARTIFACT.into()]),
        }),
        run: CommandSpec::new(in_app_dir(ARTIFACT)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::test_support::compile_and_run;

    #[test]
    fn discovers_gxx_and_its_version() {
        let cpp = Toolchain::discover(Language::Cpp).unwrap();
        assert!(
            cpp.version.contains("g++") || cpp.version.contains("GCC"),
            "{}",
            cpp.version
        );
        let step = cpp.compile_step().unwrap();
        assert_eq!(step.command.cwd, PathBuf::from("/build"));
        assert_eq!(
            step.command.args,
            [
                "-O2",
                "-std=c++17",
                "-pipe",
                "-o",
                "main",
                "main.cpp",
                "-lm"
            ]
        );
        assert_eq!(cpp.run_command().program, PathBuf::from("/app/main"));
    }

    #[test]
    fn compiles_and_runs_hello_world() {
        let source = "#include <cmath>\n#include <iostream>\nint main() { std::cout << \"hello \" << std::sqrt(16.0) << '\\n'; }\n";
        assert_eq!(compile_and_run(Language::Cpp, source), "hello 4\n");
    }
}
