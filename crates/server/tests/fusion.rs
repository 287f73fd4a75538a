//! `POST /run_code` over real HTTP against a real server and sandbox, and the
//! unmodified `sandbox-fusion` client from PyPI against it.

mod common;

use std::sync::OnceLock;

use base64::Engine as _;
use serde_json::{json, Value};

/// One server for the whole file: its workers take the tests' requests in turn.
fn server() -> &'static common::TestServer {
    static SERVER: OnceLock<common::TestServer> = OnceLock::new();
    SERVER.get_or_init(|| common::start(common::config()))
}

fn run_code(body: Value) -> (u16, Value) {
    common::post(&server().at("/run_code"), &body)
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn unb64(value: &Value) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD
        .decode(value.as_str().expect("a base64 string"))
        .expect("valid base64")
}

#[test]
fn python_reads_stdin_and_succeeds() {
    let (code, answer) = run_code(json!({
        "language": "python",
        "code": "name = input()\nprint('hello', name)",
        "stdin": "fusion\n",
    }));
    assert_eq!(code, 200, "{answer}");
    assert_eq!(answer["status"], "Success", "{answer}");
    assert_eq!(answer["message"], "");
    assert_eq!(answer["compile_result"], Value::Null);
    let run = &answer["run_result"];
    assert_eq!(run["status"], "Finished");
    assert_eq!(run["return_code"], 0);
    assert_eq!(run["stdout"], "hello fusion\n");
    assert_eq!(run["stderr"], "");
    assert!(run["execution_time"].as_f64().unwrap() > 0.0, "{run}");
    assert!(run["cpu_time"].is_number(), "{run}");
    assert_eq!(answer["files"], json!({}));
}

#[test]
fn a_cpp_compile_error_carries_the_compiler_output_and_no_run() {
    let (code, answer) = run_code(json!({
        "language": "cpp",
        "code": "int main() { return undeclared_name; }",
    }));
    assert_eq!(code, 200, "{answer}");
    assert_eq!(answer["status"], "Failed", "{answer}");
    assert_eq!(answer["run_result"], Value::Null);
    let compile = &answer["compile_result"];
    assert_eq!(compile["status"], "Finished", "{compile}");
    assert_ne!(compile["return_code"], 0, "{compile}");
    assert!(
        compile["stderr"]
            .as_str()
            .unwrap()
            .contains("undeclared_name"),
        "{compile}"
    );
}

#[test]
fn a_run_past_its_timeout_is_time_limit_exceeded() {
    let (code, answer) = run_code(json!({
        "language": "python",
        "code": "print('started', flush=True)\nwhile True:\n    pass",
        "run_timeout": 1,
    }));
    assert_eq!(code, 200, "{answer}");
    assert_eq!(answer["status"], "Failed", "{answer}");
    let run = &answer["run_result"];
    assert_eq!(run["status"], "TimeLimitExceeded", "{run}");
    assert_eq!(run["return_code"], Value::Null);
    assert_eq!(run["stdout"], "started\n");
    assert!(run["execution_time"].as_f64().unwrap() >= 1.0, "{run}");
}

#[test]
fn a_non_zero_exit_is_finished_and_failed() {
    let (code, answer) = run_code(json!({
        "language": "python",
        "code": "import sys\nprint('oops', file=sys.stderr)\nsys.exit(3)",
    }));
    assert_eq!(code, 200, "{answer}");
    assert_eq!(answer["status"], "Failed", "{answer}");
    let run = &answer["run_result"];
    assert_eq!(run["status"], "Finished");
    assert_eq!(run["return_code"], 3);
    assert_eq!(run["stderr"], "oops\n");
}

#[test]
fn a_run_past_its_memory_limit_is_an_error_killed_by_sigkill() {
    let (code, answer) = run_code(json!({
        "language": "python",
        "code": "blocks = [bytearray(16 << 20) for _ in range(64)]",
        "memory_limit_MB": 64,
    }));
    assert_eq!(code, 200, "{answer}");
    assert_eq!(answer["status"], "Failed", "{answer}");
    assert_eq!(answer["run_result"]["status"], "Error", "{answer}");
    assert_eq!(answer["run_result"]["return_code"], -9, "{answer}");
    assert!(
        answer["message"].as_str().unwrap().contains("memory"),
        "{answer}"
    );
}

#[test]
fn files_go_in_and_fetched_files_come_back() {
    let (code, answer) = run_code(json!({
        "language": "python",
        "code": concat!(
            "import os\n",
            "a, b = map(int, open('data.txt').read().split())\n",
            "extra = open('nested/dir/more.bin', 'rb').read()\n",
            "os.makedirs('out', exist_ok=True)\n",
            "open('out/sum.txt', 'w').write(str(a + b))\n",
            "open('echo.bin', 'wb').write(extra)\n",
            "print(os.getcwd())\n",
            "open('data.txt', 'a').write('changed')\n",
        ),
        "files": {"data.txt": b64(b"20 22\n"), "nested/dir/more.bin": b64(&[0, 255, 7]), "skipped": null},
        "fetch_files": ["out/sum.txt", "echo.bin", "data.txt", "never-written.txt"],
    }));
    assert_eq!(code, 200, "{answer}");
    assert_eq!(answer["status"], "Success", "{answer}");
    assert_eq!(answer["run_result"]["stdout"], "/work\n");
    let files = &answer["files"];
    assert_eq!(unb64(&files["out/sum.txt"]), b"42");
    assert_eq!(unb64(&files["echo.bin"]), [0, 255, 7]);
    // The files sent belong to the program's user: it could change them.
    assert_eq!(unb64(&files["data.txt"]), b"20 22\nchanged");
    assert!(files.get("never-written.txt").is_none(), "{files}");
    assert!(
        answer["message"]
            .as_str()
            .unwrap()
            .contains("never-written.txt"),
        "{answer}"
    );
}

#[test]
fn a_compiled_program_reads_its_files_from_the_working_directory() {
    let (code, answer) = run_code(json!({
        "language": "cpp",
        "code": "#include <fstream>\n#include <iostream>\nint main() { std::ifstream in(\"n.txt\"); int n; in >> n; std::ofstream(\"twice.txt\") << 2 * n; std::cout << n << '\\n'; }",
        "files": {"n.txt": b64(b"21")},
        "fetch_files": ["twice.txt"],
    }));
    assert_eq!(code, 200, "{answer}");
    assert_eq!(answer["status"], "Success", "{answer}");
    assert_eq!(answer["compile_result"]["return_code"], 0, "{answer}");
    assert_eq!(answer["run_result"]["stdout"], "21\n");
    assert_eq!(unb64(&answer["files"]["twice.txt"]), b"42");
}

#[test]
fn the_working_directory_holds_no_more_than_its_size() {
    let (code, answer) = run_code(json!({
        "language": "python",
        "code": concat!(
            "import errno\n",
            "written = 0\n",
            "try:\n",
            "    for i in range(40):\n",
            "        with open(f'f{i}', 'wb') as f:\n",
            "            for _ in range(8):\n",
            "                f.write(b'x' * (1 << 20))\n",
            "                written += 1\n",
            "except OSError as e:\n",
            "    print(errno.errorcode[e.errno], written)\n",
        ),
        "files": {"in.txt": b64(b"x")},
        "fetch_files": ["in.txt"],
    }));
    assert_eq!(code, 200, "{answer}");
    let stdout = answer["run_result"]["stdout"].as_str().expect("a run");
    let (error, mib) = stdout.trim().split_once(' ').expect("a full disk");
    assert_eq!(error, "ENOSPC", "{answer}");
    let mib: u64 = mib.parse().unwrap();
    assert!((60..=70).contains(&mib), "{mib} MiB written");
}

#[test]
fn work_dirs_are_unmounted_and_removed_after_the_run() {
    let (code, answer) = run_code(json!({
        "language": "python",
        "code": "open('out.txt', 'w').write('x')",
        "files": {"in.txt": b64(b"x")},
        "fetch_files": ["out.txt"],
    }));
    assert_eq!(code, 200, "{answer}");
    // Other tests of this process may be running with theirs: wait until none is left.
    let ours = format!("afterburner-work-run-{}-", std::process::id());
    let left = || {
        let mounts = std::fs::read_to_string("/proc/self/mountinfo").unwrap();
        let mounted = mounts.lines().filter(|l| l.contains(&ours)).count();
        let dirs = std::fs::read_dir(std::env::temp_dir())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(&ours))
            .count();
        mounted + dirs
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while left() > 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "work directories left behind"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

#[test]
fn paths_outside_the_working_directory_are_refused() {
    for (field, body) in [
        ("files", json!({"files": {"../escape.txt": b64(b"x")}})),
        ("files", json!({"files": {"/tmp/escape.txt": b64(b"x")}})),
        ("fetch_files", json!({"fetch_files": ["/etc/passwd"]})),
        (
            "fetch_files",
            json!({"fetch_files": ["a/../../etc/passwd"]}),
        ),
    ] {
        let mut request = json!({"language": "python", "code": "print(1)"});
        request
            .as_object_mut()
            .unwrap()
            .extend(body.as_object().unwrap().clone());
        let (code, answer) = run_code(request);
        assert_eq!(code, 400, "{body}: {answer}");
        assert!(
            answer["error"].as_str().unwrap().contains(field),
            "{body}: {answer}"
        );
    }
}

#[test]
fn links_the_program_plants_are_not_followed_when_fetching() {
    let (code, answer) = run_code(json!({
        "language": "python",
        "code": concat!(
            "import os\n",
            "os.symlink('/etc/passwd', 'leak')\n",
            "os.symlink('/etc', 'etc')\n",
            "os.mkfifo('pipe')\n",
        ),
        "fetch_files": ["leak", "etc/passwd", "pipe"],
    }));
    assert_eq!(code, 200, "{answer}");
    assert_eq!(answer["status"], "Success", "{answer}");
    assert_eq!(answer["files"], json!({}), "{answer}");
    let message = answer["message"].as_str().unwrap();
    assert!(
        message.contains("`leak`")
            && message.contains("`etc/passwd`")
            && message.contains("`pipe`"),
        "{message}"
    );
}

#[test]
fn fetched_files_past_the_total_cap_are_skipped_with_a_note() {
    // Read as a stream: the answer is larger than ureq's 10 MiB limit on `into_string`.
    let response = ureq::post(&server().at("/run_code"))
        .send_json(json!({
            "language": "python",
            "code": "for name in ('first', 'second'):\n    open(name, 'wb').write(b'x' * (9 << 20))",
            "fetch_files": ["first", "second"],
        }))
        .expect("a 200 answer");
    let answer: Value = serde_json::from_reader(response.into_reader()).unwrap();
    assert_eq!(answer["status"], "Success", "{answer}");
    assert_eq!(unb64(&answer["files"]["first"]).len(), 9 << 20);
    assert!(answer["files"].get("second").is_none());
    let message = answer["message"].as_str().unwrap();
    assert!(
        message.contains("`second` skipped") && message.contains("16 MiB"),
        "{message}"
    );
}

#[test]
fn an_unsupported_language_is_a_400_naming_the_supported_ones() {
    let (code, answer) = run_code(json!({"language": "ruby", "code": "puts 1"}));
    assert_eq!(code, 400, "{answer}");
    let error = answer["error"].as_str().unwrap();
    assert!(
        error.contains("ruby") && error.contains("python, cpp, nodejs, go, java, rust"),
        "{error}"
    );
}

#[test]
fn malformed_json_is_a_400() {
    let (code, answer) = common::post_raw(&server().at("/run_code"), b"{\"code\": \"print(1)\",");
    assert_eq!(code, 400, "{answer}");
    assert!(
        answer["error"].as_str().unwrap().contains("not valid JSON"),
        "{answer}"
    );
    let (code, answer) = run_code(json!({"code": 5, "language": "python"}));
    assert_eq!(code, 400, "{answer}");
    assert!(
        answer["error"].as_str().unwrap().contains("`code`"),
        "{answer}"
    );
}

#[test]
fn the_pypi_sandbox_fusion_client_works_unchanged() {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/clients/fusion_client.py"
    );
    let output = std::process::Command::new("python3")
        .arg(script)
        .arg(server().url())
        .output()
        .expect("running python3");
    assert!(
        output.status.success(),
        "the client failed (is `sandbox-fusion` installed? `python3 -m pip install sandbox-fusion`):\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
