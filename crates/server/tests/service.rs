//! The service under stress and abuse: concurrent mixed requests, a full queue, bad
//! requests, asynchronous tasks and graceful shutdown — all over real HTTP.

mod common;

use std::time::{Duration, Instant};

use afterburner_server::ServerConfig;
use serde_json::json;

use common::{get, post, post_raw, start};

#[test]
fn each_answer_belongs_to_its_request_when_many_arrive_at_once() {
    let server = start(common::config());
    let url = server.at("/execute");
    let threads: Vec<_> = (0..48)
        .map(|i| {
            let url = url.clone();
            std::thread::spawn(move || {
                let stdin = format!("request-{i}-{}", "x".repeat(i * 97));
                let body = match i % 4 {
                    0 => json!({"language": "python", "stdin": stdin,
                        "code": "import sys\nprint(sys.stdin.read()[::-1])"}),
                    1 => json!({"language": "python", "timeout": 1,
                        "code": "while True:\n    pass"}),
                    2 => json!({"language": "python", "stdin": stdin,
                        "code": "import os, sys\nsys.stdin.read()\nos.kill(os.getpid(), 9)"}),
                    _ => json!({"language": "cpp", "stdin": stdin, "code":
                        "#include <iostream>\n#include <string>\nint main(){std::string s; std::getline(std::cin, s); std::cout << s.size() << ':' << s << '\\n';}"}),
                };
                let (status, answer) = post(&url, &body);
                (i, stdin, status, answer)
            })
        })
        .collect();
    for thread in threads {
        let (i, stdin, status, answer) = thread.join().unwrap();
        assert_eq!(status, 200, "request {i}: {answer}");
        let out = &answer["output_dict"];
        match i % 4 {
            0 => {
                let expected: String = stdin.chars().rev().collect();
                assert_eq!(answer["status"], "success", "request {i}: {answer}");
                assert_eq!(out["stdout"], format!("{expected}\n"), "request {i}");
            }
            1 => {
                assert_eq!(answer["status"], "timeout", "request {i}: {answer}");
                assert!(
                    out["duration"].as_f64().unwrap() >= 700.0,
                    "request {i}: {answer}"
                );
            }
            2 => {
                assert_eq!(answer["status"], "success", "request {i}: {answer}");
                assert!(
                    out["log"].as_str().unwrap().contains("runtime_error"),
                    "{answer}"
                );
            }
            _ => {
                assert_eq!(answer["status"], "success", "request {i}: {answer}");
                assert_eq!(
                    out["stdout"],
                    format!("{}:{stdin}\n", stdin.len()),
                    "request {i}"
                );
            }
        }
        assert!(
            out["peak_memory"].as_u64().unwrap() > 0,
            "request {i}: {answer}"
        );
    }
    // Every request left a stored result.
    let (_, status) = get(&server.at("/status"));
    assert_eq!(status["current_result_cache_size"], 48, "{status}");
}

#[test]
fn a_full_queue_answers_503_with_retry_after_and_loses_nothing() {
    let server = start(ServerConfig {
        workers: Some(1),
        queue: 2,
        ..common::config()
    });
    let url = server.at("/v1/runs");
    let threads: Vec<_> = (0..10)
        .map(|i| {
            let url = url.clone();
            std::thread::spawn(move || {
                let body = json!({"language": "python",
                    "code": format!("import time\ntime.sleep(1.5)\nprint({i})")});
                match ureq::post(&url).send_json(body) {
                    Ok(r) => (i, 200, None, r.into_json::<serde_json::Value>().unwrap()),
                    Err(ureq::Error::Status(code, r)) => {
                        let retry = r.header("retry-after").map(str::to_string);
                        (i, code, retry, r.into_json().unwrap())
                    }
                    Err(e) => panic!("request {i}: transport error {e}"),
                }
            })
        })
        .collect();
    let (mut ok, mut refused) = (0, 0);
    for thread in threads {
        let (i, status, retry_after, answer) = thread.join().unwrap();
        match status {
            200 => {
                ok += 1;
                assert_eq!(answer["stdout"], format!("{i}\n"), "{answer}");
            }
            503 => {
                refused += 1;
                let seconds: u64 = retry_after.expect("Retry-After on a 503").parse().unwrap();
                assert!(seconds >= 1);
                assert!(
                    answer["error"].as_str().unwrap().contains("queue is full"),
                    "{answer}"
                );
            }
            other => panic!("request {i}: unexpected status {other}: {answer}"),
        }
    }
    assert_eq!(ok + refused, 10);
    assert!(
        refused >= 1,
        "one worker and two queue slots cannot take ten at once"
    );
    // At least the two queue slots were used (a third when the worker took a job first).
    assert!(ok >= 2, "the queue slots were used: {ok}");
}

#[test]
fn bad_requests_get_4xx_answers_that_say_what_to_fix() {
    let server = start(ServerConfig {
        max_body_bytes: 64 * 1024,
        ..common::config()
    });
    let execute = server.at("/execute");
    let cases: Vec<(u16, serde_json::Value, &str)> = vec![
        post_raw(&execute, b"{\"code\": ").into_case("not valid JSON"),
        post(
            &execute,
            &json!({"code": "print(1)", "language": "python", "timeout": "soon"}),
        )
        .into_case("`timeout`"),
        post(&execute, &json!({"language": "python"})).into_case("No code"),
        post(&execute, &json!({"code": "puts 1", "language": "ruby"})).into_case("ruby"),
        post(
            &server.at("/v1/runs"),
            &json!({"code": "x", "language": "python", "repeats": 3}),
        )
        .into_case("repeats"),
        post(
            &server.at("/v1/runs"),
            &json!({"code": "x", "language": "python", "limits": {"cpu_ms": -1}}),
        )
        .into_case("limits.cpu_ms"),
        post(&server.at("/v1/runs:batch"), &json!({"runs": []})).into_case("runs"),
        post(
            &server.at("/v1/runs:batch"),
            &json!({"runs": vec![json!({"language": "python", "code": "x"}); 1025]}),
        )
        .into_case("1–1024"),
        post(
            &server.at("/v1/evaluate"),
            &json!({"code": "x", "problem_id": 1}),
        )
        .into_case("no problem set"),
        get(&server.at("/results/no-such-task")).into_case("not found"),
    ];
    for (status, answer, needle) in cases {
        assert!((400..500).contains(&status), "{status} {answer}");
        let message = answer["error"].as_str().unwrap_or_default();
        assert!(message.contains(needle), "expected {needle:?} in {answer}");
    }
    assert!(
        status_line_for_declared_length(&server, 100 * 1024).contains(" 413 "),
        "a body over the limit is refused by its declared length"
    );
    let response = ureq::delete(&server.at("/clean/lots")).call();
    assert!(matches!(response, Err(ureq::Error::Status(400, _))));
}

/// Sends only the head of a POST that declares a body of `length` bytes and returns the
/// status line the server answers with (it must not wait for the body).
fn status_line_for_declared_length(server: &common::TestServer, length: usize) -> String {
    use std::io::{BufRead, BufReader, Write};
    let mut stream = std::net::TcpStream::connect(server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "POST /execute HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
    )
    .unwrap();
    let mut line = String::new();
    BufReader::new(stream).read_line(&mut line).unwrap();
    line
}

/// Lets each check above read as (status, answer, what the message must name).
trait IntoCase {
    fn into_case(self, needle: &str) -> (u16, serde_json::Value, &str);
}

impl IntoCase for (u16, serde_json::Value) {
    fn into_case(self, needle: &str) -> (u16, serde_json::Value, &str) {
        (self.0, self.1, needle)
    }
}

#[test]
fn an_async_task_answers_at_once_and_its_result_stays_until_cleaned() {
    let server = start(common::config());
    let started = Instant::now();
    let (status, accepted) = post(
        &server.at("/execute?async=true"),
        &json!({"code": "import time\ntime.sleep(0.5)\nprint('late')", "language": "python"}),
    );
    assert_eq!(status, 200);
    assert!(
        started.elapsed() < Duration::from_millis(400),
        "answered before the run"
    );
    assert_eq!(accepted["status"], "processing");
    let id = accepted["task_id"].as_str().unwrap().to_string();
    let result = loop {
        let (status, result) = get(&server.at(&format!("/results/{id}")));
        assert_eq!(status, 200, "{result}");
        if result["status"] != "processing" {
            break result;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "never finished"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(result["status"], "success", "{result}");
    assert_eq!(result["output_dict"]["stdout"], "late\n");
    // Reading a result does not consume it.
    assert_eq!(get(&server.at(&format!("/results/{id}"))).1, result);
    let (_, task) = get(&server.at(&format!("/v1/tasks/{id}")));
    assert_eq!(task["state"], "done", "{task}");
    let cleaned: serde_json::Value = ureq::delete(&server.at("/clean/0"))
        .call()
        .unwrap()
        .into_json()
        .unwrap();
    assert_eq!(cleaned["removed"], 1, "{cleaned}");
    assert_eq!(get(&server.at(&format!("/results/{id}"))).0, 404);
}

#[test]
fn shutting_down_finishes_the_work_in_flight_then_refuses_connections() {
    let server = start(common::config());
    let url = server.at("/execute");
    let client = std::thread::spawn(move || {
        post(
            &url,
            &json!({"code": "import time\ntime.sleep(1)\nprint('done')", "language": "python"}),
        )
    });
    std::thread::sleep(Duration::from_millis(300));
    let execute = server.at("/execute");
    server.stop();
    let (status, answer) = client.join().unwrap();
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["output_dict"]["stdout"], "done\n", "{answer}");
    assert!(
        ureq::post(&execute).send_json(json!({})).is_err(),
        "still listening"
    );
}

#[test]
fn clients_that_hang_up_mid_run_do_not_disturb_the_others() {
    let server = start(common::config());
    let url = server.at("/execute");
    let impatient: Vec<_> = (0..8)
        .map(|i| {
            let url = url.clone();
            std::thread::spawn(move || {
                let agent = ureq::AgentBuilder::new()
                    .timeout(Duration::from_millis(150))
                    .build();
                let body = json!({"language": "python",
                    "code": format!("import time\ntime.sleep(0.6)\nprint({i})")});
                agent.post(&url).send_json(body).is_err()
            })
        })
        .collect();
    let patient: Vec<_> = (0..8)
        .map(|i| {
            let url = url.clone();
            std::thread::spawn(move || {
                post(
                    &url,
                    &json!({"language": "python", "stdin": format!("{i}"),
                    "code": "print(int(input()) * 3)"}),
                )
            })
        })
        .collect();
    for thread in impatient {
        assert!(
            thread.join().unwrap(),
            "the client gave up before the answer"
        );
    }
    for (i, thread) in patient.into_iter().enumerate() {
        let (status, answer) = thread.join().unwrap();
        assert_eq!(status, 200, "{answer}");
        assert_eq!(
            answer["output_dict"]["stdout"],
            format!("{}\n", i * 3),
            "{answer}"
        );
    }
    // The abandoned runs still finished and were kept under their task ids.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (_, status) = get(&server.at("/status"));
        if status["current_result_cache_size"] == 16 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "abandoned runs never finished: {status}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn native_runs_give_what_run_json_gives_and_are_counted_in_metrics() {
    let server = start(common::config());
    let (status, single) = post(
        &server.at("/v1/runs"),
        &json!({"language": "python", "code": "x = bytearray(8 << 20)\nprint(len(x))",
            "timeline": true, "limits": {"memory_kb": 262144}}),
    );
    assert_eq!(status, 200, "{single}");
    assert_eq!(single["status"], "success", "{single}");
    assert_eq!(single["stdout"], format!("{}\n", 8 << 20));
    assert!(
        single["metrics"]["peak_memory_kb"].as_u64().unwrap() > 8 * 1024,
        "{single}"
    );
    assert!(
        single["metrics"]["sample_hz"].as_f64().unwrap() > 1000.0,
        "{single}"
    );
    assert!(
        !single["timeline"].as_array().unwrap().is_empty(),
        "{single}"
    );
    assert_eq!(single["isolation"]["seccomp"], true);

    let (status, repeated) = post(
        &server.at("/v1/runs"),
        &json!({"language": "cpp", "code": "int main(){}", "repeat": 3, "warmup": 1}),
    );
    assert_eq!(status, 200, "{repeated}");
    assert_eq!(repeated["runs"].as_array().unwrap().len(), 3, "{repeated}");
    assert_eq!(repeated["warmup"], 1);
    let cpu = &repeated["summary"]["cpu_ms"];
    assert!(
        cpu["min"].as_f64().unwrap() <= cpu["median"].as_f64().unwrap(),
        "{repeated}"
    );

    let (status, batch) = post(
        &server.at("/v1/runs:batch"),
        &json!({"runs": (0..3).map(|i| json!({"language": "javascript",
            "code": format!("console.log({i} * 7)")})).collect::<Vec<_>>()}),
    );
    assert_eq!(status, 200, "{batch}");
    let outputs: Vec<&str> = batch["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["stdout"].as_str().unwrap())
        .collect();
    assert_eq!(outputs, ["0\n", "7\n", "14\n"]);
    // Every successful run used memory, so its integral is positive, even an empty C++
    // program that ends before the sampler's first reading.
    let runs = std::iter::once(&single)
        .chain(repeated["runs"].as_array().unwrap())
        .chain(batch["results"].as_array().unwrap());
    for run in runs {
        assert_eq!(run["status"], "success", "{run}");
        let integral = run["metrics"]["integral_kb_ms"].as_f64().unwrap();
        assert!(integral > 0.0, "{run}");
    }

    let metrics = ureq::get(&server.at("/metrics"))
        .call()
        .unwrap()
        .into_string()
        .unwrap();
    for line in [
        "afterburner_runs_total{language=\"python\",status=\"success\"} 1",
        "afterburner_runs_total{language=\"cpp\",status=\"success\"} 3",
        "afterburner_runs_total{language=\"javascript\",status=\"success\"} 3",
        "afterburner_http_requests_total{route=\"/v1/runs:batch\",status=\"200\"} 1",
        "afterburner_queue_depth 0",
    ] {
        assert!(metrics.contains(line), "missing {line:?} in\n{metrics}");
    }
    // Every run with samples counts; an empty C++ program may end before the first.
    let sampled: u64 = metrics
        .lines()
        .find_map(|l| l.strip_prefix("afterburner_sample_hz_count "))
        .and_then(|n| n.parse().ok())
        .expect("a sample-rate histogram");
    assert!((4..=7).contains(&sampled), "{metrics}");
}
