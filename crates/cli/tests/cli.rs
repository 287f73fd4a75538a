//! The `afterburner` command line, run as a user would.

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

fn afterburner() -> Command {
    let mut cmd = Command::cargo_bin("afterburner").unwrap();
    let cache = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("compile-cache");
    cmd.env("AFTERBURNER_CACHE_DIR", cache);
    cmd
}

fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name)
}

fn json(output: &[u8]) -> Value {
    serde_json::from_slice(output)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(output)))
}

#[test]
fn run_prints_a_summary_and_the_programs_output() {
    let out = afterburner()
        .arg("run")
        .arg(example("sum.py"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    for expected in [
        "Status:       success",
        "Wall time:",
        "CPU time:",
        "Peak memory:",
        "Integral:",
        "500000500000",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn run_json_gives_the_full_result_with_units_in_names() {
    let dir = tempfile::tempdir().unwrap();
    let stdin = dir.path().join("in.txt");
    std::fs::write(&stdin, "1 2 3 4\n").unwrap();
    let out = afterburner()
        .args(["run", "--json", "--timeline", "--stdin"])
        .arg(&stdin)
        .arg(example("sum.py"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v = json(&out);
    assert_eq!(v["status"], "success");
    assert_eq!(v["stdout"], "10\n");
    for field in [
        "wall_ms",
        "cpu_ms",
        "peak_memory_kb",
        "integral_kb_ms",
        "samples",
        "sample_hz",
    ] {
        assert!(
            v["metrics"][field].as_f64().unwrap() > 0.0,
            "{field}: {}",
            v["metrics"]
        );
    }
    assert!(v["timeline"].as_array().unwrap().len() <= 1000);
    assert_eq!(v["isolation"]["mode"], "full");
}

#[test]
fn repeat_reports_statistics_for_every_metric() {
    let out = afterburner()
        .args(["run", "--json", "--repeat", "3", "--warmup", "1"])
        .arg(example("sum.cpp"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v = json(&out);
    assert_eq!(v["runs"].as_array().unwrap().len(), 3);
    assert_eq!(v["warmup"], 1);
    for metric in ["wall_ms", "cpu_ms", "peak_memory_kb", "integral_kb_ms"] {
        let s = &v["summary"][metric];
        assert!(
            s["min"].as_f64().unwrap() <= s["median"].as_f64().unwrap(),
            "{metric}: {s}"
        );
        assert!(
            s["median"].as_f64().unwrap() <= s["max"].as_f64().unwrap(),
            "{metric}: {s}"
        );
        assert!(s["cv"].as_f64().is_some());
    }
    let text = afterburner()
        .args(["run", "--repeat", "3"])
        .arg(example("sum.py"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(text).unwrap();
    assert!(text.contains("median") && text.contains("CV"), "{text}");
}

#[test]
fn a_failing_program_exits_with_one_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("loop.py");
    std::fs::write(&source, "while True:\n    pass\n").unwrap();
    let out = afterburner()
        .args(["run", "--json", "--wall-ms", "500", "--cpu-ms", "300"])
        .arg(&source)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v = json(&out);
    assert_eq!(v["status"], "timeout");
    assert!(v["reason"].as_str().unwrap().contains("limit"));
}

#[test]
fn bad_input_gets_an_error_that_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("prog.txt");
    std::fs::write(&odd, "print(1)\n").unwrap();
    let err = afterburner()
        .arg("run")
        .arg(&odd)
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&err).contains("--lang"));
    let err = afterburner()
        .args(["run", "--lang", "ruby"])
        .arg(&odd)
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&err).contains("unsupported language `ruby`"));
    let err = afterburner()
        .args(["run", "missing.py"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&err).contains("missing.py"));
    // --lang overrides the extension.
    afterburner()
        .args(["run", "--lang", "python"])
        .arg(&odd)
        .assert()
        .success();
}

#[test]
fn doctor_lists_toolchains_isolation_and_host_settings() {
    let out = afterburner()
        .args(["doctor", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v = json(&out);
    let toolchains = v["toolchains"].as_array().unwrap();
    assert_eq!(toolchains.len(), 6);
    assert!(
        toolchains.iter().all(|t| t["found"] == true),
        "{toolchains:?}"
    );
    // Hosts run cgroup v1 or v2; "none" would mean the sandbox measured without them.
    let cgroup = &v["isolation"]["cgroup"];
    assert!(cgroup == "v1" || cgroup == "v2", "cgroup {cgroup}");
    let names: Vec<&str> = v["host"]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    for topic in [
        "cpus",
        "namespaces",
        "cgroups",
        "seccomp",
        "cpu governor",
        "smt",
        "swap",
        "aslr",
    ] {
        assert!(names.contains(&topic), "no {topic} check in {names:?}");
    }
    let text = afterburner()
        .arg("doctor")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&text).contains("Toolchains"));
}

#[test]
fn a_compile_that_outlasts_its_wall_limit_is_stopped() {
    // A constant evaluated at compile time over a billion steps: far beyond 200 ms of
    // compiling (and within the compiler's own step limit).
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("slow_build.cpp");
    std::fs::write(
        &source,
        "#include <cstdio>\nconstexpr long spin() { long s = 0; for (long i = 0; i < 1000000000; ++i) s += i & 7; return s; }\nconstexpr long value = spin();\nint main() { std::printf(\"%ld\\n\", value); }\n",
    )
    .unwrap();
    let output = afterburner()
        .args(["run", "--json", "--compile-wall-ms", "200"])
        .arg(&source)
        .output()
        .unwrap();
    let result = json(&output.stdout);
    assert_eq!(result["status"], "compile_error", "{result}");
    let reason = result["reason"].as_str().unwrap();
    assert!(
        reason.contains("time") || reason.contains("wall"),
        "{reason}"
    );
    assert!(
        result["compile"]["compile_ms"].as_f64().unwrap() < 10_000.0,
        "{result}"
    );
}
