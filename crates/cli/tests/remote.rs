//! `--monolith`: `run`, `distribution` and `evaluate` on a real `afterburner serve`
//! give what they give locally.

mod common;

use common::{afterburner, built_set, json, Serve};
use serde_json::Value;

fn stdout_json(cmd: &mut assert_cmd::Command) -> Value {
    let output = cmd.output().unwrap();
    assert!(
        output.status.code().is_some_and(|c| c < 2),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    json(&output.stdout)
}

#[test]
fn run_gives_the_local_result_through_a_server() {
    let server = Serve::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let program = dir.path().join("sum.py");
    std::fs::write(
        &program,
        "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n",
    )
    .unwrap();
    let stdin = dir.path().join("numbers.txt");
    std::fs::write(&stdin, "40 2\n").unwrap();
    let broken = dir.path().join("broken.cpp");
    std::fs::write(&broken, "int main( {\n").unwrap();

    let local = stdout_json(
        afterburner()
            .args(["run", "--json", "--stdin"])
            .arg(&stdin)
            .arg(&program),
    );
    let remote = stdout_json(
        afterburner()
            .args(["run", "--json", "--monolith", &server.url, "--stdin"])
            .arg(&stdin)
            .arg(&program),
    );
    assert_eq!(remote["status"], "success", "{remote}");
    assert_eq!(remote["stdout"], "42\n");
    assert_eq!(remote["status"], local["status"]);
    assert_eq!(remote["stdout"], local["stdout"]);
    assert!(remote["metrics"]["peak_memory_kb"].as_u64().unwrap() > 0);

    // The address may come from the environment; repeated runs are summarised.
    let repeated = stdout_json(
        afterburner()
            .env("AFTERBURNER_MONOLITH", &server.url)
            .args(["run", "--json", "--repeat", "3", "--warmup", "1", "--stdin"])
            .arg(&stdin)
            .arg(&program),
    );
    assert_eq!(repeated["runs"].as_array().unwrap().len(), 3, "{repeated}");
    assert_eq!(repeated["successes"], 3);
    assert_eq!(repeated["warmup"], 1);
    assert_eq!(repeated["summary"]["wall_ms"]["n"], 3);

    let failed = afterburner()
        .args(["run", "--json", "--repeat", "2", "--monolith", &server.url])
        .arg(&broken)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    assert_eq!(json(&failed)["status"], "compile_error");

    let refused = afterburner()
        .args(["run", "--monolith", "localhost:8000"])
        .arg(&program)
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&refused).contains("http://host:port"));
}

/// A stand-in for a Monolith server: answers `GET /healthz` with one worker and refuses
/// every run with 400, so each run comes back as a `sandbox_error`.
fn refusing_server() -> String {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let mut reader = BufReader::new(stream);
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            let mut length = 0;
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
                    break;
                }
                if let Some((name, value)) = header.split_once(':') {
                    if name.eq_ignore_ascii_case("content-length") {
                        length = value.trim().parse().unwrap_or(0);
                    }
                }
            }
            let _ = reader.by_ref().take(length).read_to_end(&mut Vec::new());
            let (status, body) = if request_line.starts_with("GET /healthz") {
                ("200 OK", r#"{"workers": 1}"#)
            } else {
                (
                    "400 Bad Request",
                    r#"{"error": "refused by the test server"}"#,
                )
            };
            let answer = format!(
                "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = reader.get_mut().write_all(answer.as_bytes());
        }
    });
    url
}

#[test]
fn a_run_afterburner_could_not_carry_out_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let program = dir.path().join("hello.py");
    std::fs::write(&program, "print('hello')\n").unwrap();

    // Nothing listens at the address: the health check fails before any run.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let unreachable = afterburner()
        .args(["run", "--monolith", &format!("http://127.0.0.1:{port}")])
        .arg(&program)
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(
        String::from_utf8_lossy(&unreachable).contains("cannot be used"),
        "{}",
        String::from_utf8_lossy(&unreachable)
    );

    // The server is there but cannot run the program: a result, with status
    // sandbox_error, which is Afterburner's failure and not a verdict on the program.
    let server = refusing_server();
    for extra in [&[][..], &["--repeat", "2"][..]] {
        let out = afterburner()
            .args(["run", "--json", "--monolith", &server])
            .args(extra)
            .arg(&program)
            .assert()
            .code(2)
            .get_output()
            .stdout
            .clone();
        let result = json(&out);
        let status = match extra {
            [] => &result["status"],
            _ => &result["runs"][0]["status"],
        };
        assert_eq!(status, "sandbox_error", "{result}");
    }
}

/// The verdict of each solution of the measured set's first problem.
fn solution_statuses(measured: &std::path::Path) -> Vec<(Value, Value)> {
    let text = std::fs::read_to_string(measured).unwrap();
    let record = json(text.lines().next().unwrap().as_bytes());
    record["solutions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["status"].clone(), s["passed"].clone()))
        .collect()
}

#[test]
fn distribution_and_evaluate_give_the_local_verdicts_through_a_server() {
    let server = Serve::start(&[]);
    let set = built_set();
    let measure = |out: &str, remote: bool| {
        let out = set.path().join(out);
        let mut cmd = afterburner();
        cmd.args(["distribution", "--runs", "2", "--dataset"])
            .arg(set.path())
            .arg("--out")
            .arg(&out);
        if remote {
            cmd.args(["--monolith", &server.url]);
        }
        cmd.assert().success();
        out
    };
    let (local, remote) = (measure("local.jsonl", false), measure("remote.jsonl", true));
    let statuses = solution_statuses(&remote);
    assert_eq!(statuses, solution_statuses(&local));
    assert_eq!(statuses.len(), 5);
    assert_eq!(statuses[3].0, "timeout");
    // The servers' CPU and toolchains are not known here: the record names the servers.
    let recorded = |path: &std::path::Path| {
        let text = std::fs::read_to_string(path).unwrap();
        json(text.lines().next().unwrap().as_bytes())["measured_with"].clone()
    };
    let there = recorded(&remote);
    assert_eq!(there["servers"], serde_json::json!([server.url]), "{there}");
    assert!(there.get("cpu_model").is_none() && there.get("toolchains").is_none());
    assert!(recorded(&local)["cpu_model"].is_string());

    let candidates = set.path().join("candidates.jsonl");
    std::fs::write(
        &candidates,
        [
            r#"{"problem_id": 9001, "code": "class Solution:\n    def total(self, nums):\n        return sum(nums)\n"}"#,
            r#"{"problem_id": 9001, "code": "class Solution:\n    def total(self, nums):\n        return -1\n"}"#,
            r#"{"problem_id": 9001, "language": "cpp", "code": "class Solution { public: long long total(const vector<long long>& a) { long long s = 0; for (auto x : a) s += x; return s; } };\n"}"#,
        ]
        .join("\n"),
    )
    .unwrap();
    let evaluate = |extra: &[&str]| {
        stdout_json(
            afterburner()
                .args(["evaluate", "--json", "--dataset"])
                .arg(&local)
                .arg("--solutions")
                .arg(&candidates)
                .args(extra),
        )
    };
    let here = evaluate(&[]);
    let there = evaluate(&["--monolith", &server.url]);
    let verdicts = |e: &Value| -> Vec<Value> {
        e["candidates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["verdict"].clone())
            .collect()
    };
    assert_eq!(verdicts(&there), verdicts(&here), "{there}");
    assert_eq!(here["warnings"], serde_json::json!([]), "{here}");
    // Measured on a server against references measured here: which CPU is unknown.
    let notes = there["warnings"].as_array().unwrap();
    assert!(
        notes
            .iter()
            .any(|w| w["severity"] == "note" && w["difference"]["setting"] == "cpu_model"),
        "{there}"
    );
    assert_eq!(verdicts(&there)[0], "passed", "{there}");
    assert_ne!(verdicts(&there)[1], "passed", "{there}");
    assert_eq!(
        there["overall"]["pass_at_1"]["mean"],
        here["overall"]["pass_at_1"]["mean"]
    );
    let pass = there["overall"]["pass_at_1"]["mean"].as_f64().unwrap();
    assert!((pass - 2.0 / 3.0).abs() < 1e-9, "{there}");
}
