//! `afterburner serve` as a process: tasks accepted before a SIGKILL are all answered
//! after a restart, and SIGTERM stops it cleanly.

mod common;

use common::Serve;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// The calls these tests make on a server.
trait Tasks {
    fn post(&self, path: &str, body: Value) -> Value;
    fn result(&self, task_id: &str) -> Value;
    fn wait_for(&self, task_id: &str) -> Value;
}

/// A server with one worker and its task store in `state`.
fn start(state: &Path) -> Serve {
    Serve::start(&["--workers", "1", "--state", state.to_str().unwrap()])
}

impl Tasks for Serve {
    fn post(&self, path: &str, body: Value) -> Value {
        ureq::post(&format!("{}{path}", self.url))
            .send_json(body)
            .unwrap()
            .into_json()
            .unwrap()
    }

    fn result(&self, task_id: &str) -> Value {
        ureq::get(&format!("{}/results/{task_id}", self.url))
            .call()
            .unwrap()
            .into_json()
            .unwrap()
    }

    /// Polls until the task is no longer processing.
    fn wait_for(&self, task_id: &str) -> Value {
        let started = Instant::now();
        loop {
            let result = self.result(task_id);
            if result["status"] != "processing" {
                return result;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "{task_id} never finished"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn submit(server: &Serve, code: &str) -> String {
    let accepted = server.post(
        "/execute?async=true",
        json!({"code": code, "language": "python", "timeout": 20}),
    );
    assert_eq!(accepted["status"], "processing", "{accepted}");
    accepted["task_id"].as_str().unwrap().to_string()
}

#[test]
fn every_task_accepted_before_a_sigkill_is_answered_after_the_restart() {
    let state = tempfile::tempdir().unwrap();
    let mut server = start(state.path());
    let finished = submit(&server, "print('before the kill')");
    let before = server.wait_for(&finished);
    assert_eq!(
        before["output_dict"]["stdout"], "before the kill\n",
        "{before}"
    );
    // One worker: these queue up behind each other and are unfinished at the kill.
    let pending: Vec<String> = (0..4)
        .map(|i| {
            submit(
                &server,
                &format!("import time\ntime.sleep(0.5)\nprint({i})"),
            )
        })
        .collect();
    server.child.kill().unwrap(); // SIGKILL
    server.child.wait().unwrap();

    let server = start(state.path());
    assert_eq!(
        server.result(&finished),
        before,
        "a finished result survives intact"
    );
    for (i, id) in pending.iter().enumerate() {
        let result = server.wait_for(id);
        assert_eq!(result["status"], "success", "{result}");
        assert_eq!(
            result["output_dict"]["stdout"],
            format!("{i}\n"),
            "{result}"
        );
    }
}

#[test]
fn sigterm_stops_the_server_after_the_work_in_flight() {
    let state = tempfile::tempdir().unwrap();
    let mut server = start(state.path());
    let url = format!("{}/execute", server.url);
    let client = std::thread::spawn(move || -> Value {
        ureq::post(&url)
            .send_json(json!({"code": "import time\ntime.sleep(1)\nprint('finished')", "language": "python"}))
            .unwrap()
            .into_json()
            .unwrap()
    });
    std::thread::sleep(Duration::from_millis(400));
    let term = Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(term.success());
    let answer = client.join().unwrap();
    assert_eq!(answer["output_dict"]["stdout"], "finished\n", "{answer}");
    let status = server.child.wait().unwrap();
    assert!(status.success(), "serve exited with {status}");
}
