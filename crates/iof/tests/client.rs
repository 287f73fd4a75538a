//! The chat client against a scripted server over real HTTP.

mod support {
    pub mod openai;
}

use std::sync::Arc;
use std::time::{Duration, Instant};

use afterburner_iof::client::{ChatParams, ClientConfig, ClientError, LlmClient, Message};
use serde_json::{json, Value};
use support::openai::{completion, in_order, Request, Response, ScriptedServer};

const MODEL: &str = "test-model";

/// Fast retries, and a request timeout that only guards against a hung test.
fn client(urls: &[String]) -> LlmClient {
    client_with(urls, |_| {})
}

fn client_with(urls: &[String], adjust: impl FnOnce(&mut ClientConfig)) -> LlmClient {
    let mut config = ClientConfig::new(urls.to_vec(), MODEL);
    config.backoff_base = Duration::from_millis(10);
    config.timeout = Duration::from_secs(60);
    adjust(&mut config);
    LlmClient::new(config).unwrap()
}

fn ask() -> Vec<Message> {
    vec![Message::system("You write C."), Message::user("hello")]
}

fn params() -> ChatParams {
    ChatParams {
        max_tokens: Some(64),
        seed: Some(1),
        ..ChatParams::default()
    }
}

/// Answers each chat request with as many choices as its `n` asks (1 without `n`).
fn honour_n(request: &Request) -> Response {
    let n = request.n().unwrap_or(1) as usize;
    let texts: Vec<String> = (0..n).map(|i| format!("answer {i}")).collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    Response::chat(&texts, "stop")
}

fn texts(replies: &[afterburner_iof::client::Reply]) -> Vec<String> {
    replies
        .iter()
        .flat_map(|r| &r.completions)
        .map(|c| c.text.clone())
        .collect()
}

#[test]
fn a_plain_answer_carries_text_usage_and_finish_reason() {
    let server =
        ScriptedServer::start(|_: &Request| Response::chat(&["int main() { return 0; }"], "stop"));
    let client = client(&[server.url()]);
    let replies = client.chat(&ask(), &params(), 1).unwrap();
    assert_eq!(replies.len(), 1);
    let reply = &replies[0];
    assert_eq!(reply.completions[0].text, "int main() { return 0; }");
    assert_eq!(reply.completions[0].finish_reason.as_deref(), Some("stop"));
    assert_eq!(reply.usage.prompt_tokens, 10);
    assert_eq!(reply.usage.completion_tokens, 6);
    assert_eq!(reply.attempts, 1);
    assert_eq!(reply.server, server.url());
    assert!(reply.latency_ms > 0.0);

    let sent = &server.requests()[0];
    assert_eq!(sent["model"], MODEL);
    assert_eq!(sent["max_tokens"], 64);
    assert_eq!(sent["seed"], 1);
    assert_eq!(sent["temperature"], 0.0);
    assert_eq!(
        sent["messages"],
        json!([{"role": "system", "content": "You write C."}, {"role": "user", "content": "hello"}])
    );
    assert!(sent.get("max_completion_tokens").is_none());
    assert!(sent.get("n").is_none(), "one answer asked: no n");
}

#[test]
fn a_truncated_answer_keeps_its_length_finish_reason() {
    let server = ScriptedServer::start(|_: &Request| Response::chat(&["int main() {"], "length"));
    let replies = client(&[server.url()]).chat(&ask(), &params(), 1).unwrap();
    assert_eq!(
        replies[0].completions[0].finish_reason.as_deref(),
        Some("length")
    );
}

#[test]
fn null_content_and_missing_usage_become_empty_text_and_zeros() {
    let body = json!({"choices": [{"message": {"role": "assistant", "content": null}, "finish_reason": "stop"}]});
    let server = ScriptedServer::start(move |_: &Request| Response::json(&body));
    let replies = client(&[server.url()]).chat(&ask(), &params(), 1).unwrap();
    assert_eq!(replies[0].completions[0].text, "");
    assert_eq!(replies[0].usage.completion_tokens, 0);
}

#[test]
fn a_server_honouring_n_answers_k_in_one_request() {
    let server = ScriptedServer::start(honour_n);
    let replies = client(&[server.url()]).chat(&ask(), &params(), 3).unwrap();
    assert_eq!(replies.len(), 1);
    assert_eq!(texts(&replies), ["answer 0", "answer 1", "answer 2"]);
    assert_eq!(server.requests().len(), 1);
    assert_eq!(server.requests()[0]["n"], 3);
}

#[test]
fn a_server_rejecting_n_gets_single_requests_from_then_on() {
    // One server names `n` in its refusal, the other just says 400.
    for refusal in [
        r#"{"error":{"message":"'n' must be 1"}}"#,
        r#"{"error":"bad request"}"#,
    ] {
        let server = ScriptedServer::start(move |request: &Request| match request.n() {
            Some(_) => Response::status(400, refusal),
            None => Response::chat(&["single"], "stop"),
        });
        let client = client(&[server.url()]);
        let replies = client.chat(&ask(), &params(), 3).unwrap();
        assert_eq!(texts(&replies), ["single"; 3]);
        let first_call = server.requests();
        assert_eq!(
            first_call.len(),
            4,
            "one refused request with n, then three without"
        );
        assert_eq!(first_call[0]["n"], 3);
        assert!(first_call[1..].iter().all(|body| body.get("n").is_none()));
        let refused = replies.iter().filter(|r| r.attempts == 2).count();
        assert_eq!(refused, 1, "the refused attempt is counted once");

        let replies = client.chat(&ask(), &params(), 2).unwrap();
        assert_eq!(texts(&replies).len(), 2);
        let second_call = &server.requests()[4..];
        assert_eq!(second_call.len(), 2);
        assert!(
            second_call.iter().all(|body| body.get("n").is_none()),
            "{second_call:?}"
        );
    }
}

#[test]
fn a_400_that_is_not_about_n_does_not_stop_asking_for_n() {
    let server = ScriptedServer::start(|request: &Request| {
        if request.last_message() == "too long" {
            Response::status(
                400,
                r#"{"error":{"message":"maximum context length is 4096 tokens"}}"#,
            )
        } else {
            honour_n(request)
        }
    });
    let client = client(&[server.url()]);
    let error = client
        .chat(&[Message::user("too long")], &params(), 3)
        .unwrap_err();
    assert_eq!(error.status(), Some(400));
    assert!(
        error.to_string().contains("maximum context length"),
        "{error}"
    );
    let sent = server.requests();
    assert_eq!(
        sent.len(),
        2,
        "asked with n, then once without to see whether n was the trouble"
    );
    assert!(sent[1].get("n").is_none());

    let replies = client.chat(&ask(), &params(), 3).unwrap();
    assert_eq!(replies.len(), 1);
    assert_eq!(server.requests()[2]["n"], 3);
}

#[test]
fn a_server_ignoring_n_is_filled_up_with_single_requests() {
    let server = ScriptedServer::start(|_: &Request| Response::chat(&["only one"], "stop"));
    let client = client(&[server.url()]);
    let replies = client.chat(&ask(), &params(), 3).unwrap();
    assert_eq!(texts(&replies).len(), 3);
    assert_eq!(replies.len(), 3);
    let sent = server.requests();
    assert_eq!(sent.len(), 3);
    assert_eq!(
        sent.iter().filter(|body| body.get("n").is_some()).count(),
        1
    );

    client.chat(&ask(), &params(), 2).unwrap();
    assert!(server.requests()[3..]
        .iter()
        .all(|body| body.get("n").is_none()));
}

#[test]
fn a_429_with_retry_after_is_waited_out() {
    let server = ScriptedServer::start(in_order(vec![
        Response::status(429, r#"{"error":{"message":"slow down"}}"#)
            .with_header("Retry-After", "1"),
        Response::chat(&["ok"], "stop"),
    ]));
    let started = Instant::now();
    let replies = client(&[server.url()]).chat(&ask(), &params(), 1).unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(replies[0].attempts, 2);
    assert_eq!(texts(&replies), ["ok"]);
}

#[test]
fn server_errors_are_retried_until_an_answer_comes() {
    let server = ScriptedServer::start(in_order(vec![
        Response::status(500, "boom"),
        Response::status(503, "loading"),
        Response::chat(&["ok"], "stop"),
    ]));
    let replies = client(&[server.url()]).chat(&ask(), &params(), 1).unwrap();
    assert_eq!(replies[0].attempts, 3);
    assert_eq!(server.requests().len(), 3);
}

#[test]
fn retries_run_out_with_the_count_and_the_last_cause() {
    let server = ScriptedServer::start(|_: &Request| Response::status(502, "bad gateway"));
    let client = client_with(&[server.url()], |c| c.max_retries = 2);
    let error = client.chat(&ask(), &params(), 1).unwrap_err();
    assert!(
        matches!(
            error,
            ClientError::GaveUp {
                attempts: 3,
                status: Some(502),
                ..
            }
        ),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains("3 attempts") && message.contains("bad gateway"),
        "{message}"
    );
    assert_eq!(server.requests().len(), 3);
}

#[test]
fn an_unauthorised_request_is_not_retried_and_names_the_api_key() {
    let server = ScriptedServer::start(|_: &Request| {
        Response::status(401, r#"{"error":{"message":"invalid api key"}}"#)
    });
    let client = client_with(&[server.url()], |c| c.api_key = Some("sk-wrong".into()));
    let error = client.chat(&ask(), &params(), 1).unwrap_err();
    assert_eq!(error.status(), Some(401));
    let message = error.to_string();
    assert!(
        message.contains("OPENAI_API_KEY") && message.contains("invalid api key"),
        "{message}"
    );
    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].header("authorization"), Some("Bearer sk-wrong"));
}

#[test]
fn a_404_naming_the_model_says_the_model_is_not_served() {
    let server = ScriptedServer::start(|_: &Request| {
        Response::status(
            404,
            r#"{"error":{"message":"The model `test-model` does not exist."}}"#,
        )
    });
    let error = client(&[server.url()])
        .chat(&ask(), &params(), 1)
        .unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("does not serve model `test-model`"),
        "{message}"
    );
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn a_success_that_is_not_a_chat_completion_is_an_error_without_retry() {
    let server =
        ScriptedServer::start(|_: &Request| Response::status(200, "<html>proxy login</html>"));
    let error = client(&[server.url()])
        .chat(&ask(), &params(), 1)
        .unwrap_err();
    assert!(
        matches!(error, ClientError::BadReply { status: 200, .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("proxy login"));
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn a_dropped_connection_and_a_timeout_are_retried() {
    let server = ScriptedServer::start(in_order(vec![
        Response::close(),
        // Far beyond the client's timeout below: this attempt can only end by timing out.
        Response::chat(&["late"], "stop").after(Duration::from_secs(120)),
        Response::chat(&["ok"], "stop"),
    ]));
    let client = client_with(&[server.url()], |c| c.timeout = Duration::from_millis(500));
    let replies = client.chat(&ask(), &params(), 1).unwrap();
    assert_eq!(texts(&replies), ["ok"]);
    assert_eq!(replies[0].attempts, 3);
}

#[test]
fn concurrent_requests_are_spread_over_the_servers() {
    let servers: Vec<ScriptedServer> = (0..2)
        .map(|_| {
            ScriptedServer::start(|_: &Request| {
                Response::chat(&["ok"], "stop").after(Duration::from_millis(100))
            })
        })
        .collect();
    let urls: Vec<String> = servers.iter().map(ScriptedServer::url).collect();
    let client = Arc::new(client(&urls));
    let handles: Vec<_> = (0..10)
        .map(|_| {
            let client = Arc::clone(&client);
            std::thread::spawn(move || client.chat(&ask(), &params(), 1).unwrap())
        })
        .collect();
    for handle in handles {
        assert_eq!(texts(&handle.join().unwrap()), ["ok"]);
    }
    let counts: Vec<usize> = servers.iter().map(|s| s.requests().len()).collect();
    assert_eq!(counts.iter().sum::<usize>(), 10);
    assert!(counts.iter().all(|&count| count > 0), "{counts:?}");
}

#[test]
fn with_one_server_dead_every_request_succeeds_on_the_other() {
    let alive = ScriptedServer::start(|_: &Request| Response::chat(&["ok"], "stop"));
    let dead = ScriptedServer::start(|_: &Request| Response::chat(&["never"], "stop"));
    dead.stop();
    let client = client(&[dead.url(), alive.url()]);
    for _ in 0..10 {
        let replies = client.chat(&ask(), &params(), 1).unwrap();
        assert_eq!(replies[0].server, alive.url());
    }
    assert_eq!(alive.requests().len(), 10);
    assert!(dead.requests().is_empty());
}

#[test]
fn a_server_dying_mid_run_leaves_the_other_to_answer() {
    let first = ScriptedServer::start(|_: &Request| Response::chat(&["first"], "stop"));
    let second = ScriptedServer::start(|_: &Request| Response::chat(&["second"], "stop"));
    let client = client(&[first.url(), second.url()]);
    for _ in 0..4 {
        client.chat(&ask(), &params(), 1).unwrap();
    }
    assert!(!first.requests().is_empty());
    first.stop();
    let before = second.requests().len();
    for _ in 0..6 {
        assert_eq!(
            texts(&client.chat(&ask(), &params(), 1).unwrap()),
            ["second"]
        );
    }
    assert_eq!(second.requests().len(), before + 6);
}

#[test]
fn an_unreachable_server_is_a_clear_error() {
    let gone = ScriptedServer::start(|_: &Request| Response::chat(&["never"], "stop"));
    gone.stop();
    let client = client_with(&[gone.url()], |c| c.max_retries = 2);

    let error = client.check().unwrap_err();
    assert!(
        matches!(error, ClientError::Unreachable { .. }),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains(&gone.url()) && message.contains("--base-url"),
        "{message}"
    );

    let error = client.chat(&ask(), &params(), 1).unwrap_err();
    assert!(
        matches!(
            error,
            ClientError::GaveUp {
                attempts: 3,
                status: None,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("server is running"), "{error}");
}

#[test]
fn check_accepts_the_served_model_and_lists_the_others() {
    let server = ScriptedServer::start(|_: &Request| Response::models(&["qwen-coder", "llama-3"]));
    client_with(&[server.url()], |c| c.model = "qwen-coder".into())
        .check()
        .unwrap();
    let error = client(&[server.url()]).check().unwrap_err();
    assert!(
        matches!(error, ClientError::ModelNotServed { .. }),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains("test-model") && message.contains("qwen-coder, llama-3"),
        "{message}"
    );
    assert_eq!(server.received()[0].path, "/v1/models");
}

#[test]
fn check_accepts_a_server_without_a_model_list() {
    let server = ScriptedServer::start(|_: &Request| Response::status(404, "no such route"));
    client(&[server.url()]).check().unwrap();
}

#[test]
fn extra_body_fields_are_sent_at_the_top_level() {
    let server = ScriptedServer::start(|_: &Request| Response::json(&completion(&["ok"], "stop")));
    let mut params = params();
    params.extra_body.insert("top_k".into(), json!(20));
    params.extra_body.insert(
        "chat_template_kwargs".into(),
        json!({"enable_thinking": false}),
    );
    params.extra_body.insert("max_tokens".into(), json!(128));
    client(&[server.url()]).chat(&ask(), &params, 1).unwrap();
    let sent: &Value = &server.requests()[0];
    assert_eq!(sent["top_k"], 20);
    assert_eq!(sent["chat_template_kwargs"]["enable_thinking"], false);
    assert_eq!(sent["max_tokens"], 128, "extra_body wins");
}

#[test]
fn an_answer_larger_than_the_read_limit_is_an_error_not_an_allocation() {
    let size = afterburner_iof::client::MAX_BODY_BYTES as usize + 1024;
    let huge = format!("{{\"choices\": [], \"pad\": \"{}\"}}", "x".repeat(size));
    let server = ScriptedServer::start(move |_: &Request| Response::status(200, &huge));
    let client = client(&[server.url()]);
    let err = client.chat(&ask(), &params(), 1).unwrap_err();
    assert!(err.to_string().contains("larger than"), "{err}");
    assert_eq!(
        server.requests().len(),
        1,
        "a too-large answer is not retried"
    );
}
