//! JavaScript: Node.js, run from source with default heap settings (Node sizes its heap
//! from the memory it is allowed, and the cgroup limit ends a run that goes past it).

use std::path::PathBuf;

use super::{
    first_line, in_app_dir, install_prefix, locate, mounts_outside_system, probe, source_file_name,
    SearchEnv, Toolchain, ToolchainError,
};
use crate::language::Language;
use crate::sandbox::spec::CommandSpec;

const PREFERRED: &str = "/usr/bin/node";
const HINT: &str = "install Node.js with `apt-get install nodejs`";

pub(super) fn discover(env: &SearchEnv) -> Result<Toolchain, ToolchainError> {
    let mut candidates = vec![PathBuf::from(PREFERRED)];
    candidates.extend(env.on_path("node"));
    let node = locate(Language::JavaScript, candidates, HINT)?;
    let out = probe(Language::JavaScript, &node, &["--version"], &[])?;
    // `node --version` prints only `v20.1.0`; name the runtime so reports read well.
    let version = format!("node {}", first_line(&out.stdout).unwrap_or_default());
    Ok(Toolchain {
        language: Language::JavaScript,
        version,
        mounts: mounts_outside_system(&Vec::from_iter(install_prefix(&node))),
        etc_paths: Vec::new(),
        compile: None,
        run: run_command(&node),
    })
}

/// Node with V8's background threads off (`--single-threaded`: no concurrent compiler,
/// marker or sweeper). The run has one core, so those threads only take turns with the
/// program, and where the turns fall moved a solution's CPU time from run to run.
fn run_command(node: &std::path::Path) -> CommandSpec {
    CommandSpec::new(node).args([
        "--single-threaded".to_string(),
        in_app_dir(source_file_name(Language::JavaScript)),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::test_support::compile_and_run;

    #[test]
    fn discovers_node_and_its_version() {
        let node = Toolchain::discover(Language::JavaScript).unwrap();
        assert!(node.version.starts_with("node v"), "{}", node.version);
        assert!(node.compile_step().is_none());
        assert_eq!(
            node.run_command().args,
            ["--single-threaded", "/app/main.js"]
        );
    }

    #[test]
    fn runs_hello_world() {
        let out = compile_and_run(
            Language::JavaScript,
            "console.log('hello', [3, 1, 2].sort().join(''));\n",
        );
        assert_eq!(out, "hello 123\n");
    }
}
