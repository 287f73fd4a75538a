//! One HTTP exchange with one server: the request body, the call, a bounded read of the
//! answer, and the answer taken apart into completions.
//!
//! Failures come back as [`Failure`], sorted by what the caller can do about them, so the
//! retry policy lives in one place and this module stays about bytes.

use std::io::Read;
use std::time::Duration;

use serde_json::{Map, Value};

use super::retry::parse_retry_after;
use super::{ChatParams, Completion, Message, Usage};

/// Largest answer body read, in bytes; a larger one is an error, not an allocation.
pub const MAX_BODY_BYTES: u64 = 16 * 1024 * 1024;

/// Largest error body read, in bytes (only its start goes into messages).
const MAX_ERROR_BODY_BYTES: u64 = 64 * 1024;

/// Request fields that `extra_body` may not replace: the client needs them to read the answer.
const RESERVED_FIELDS: [&str; 4] = ["model", "messages", "n", "stream"];

/// Why one attempt failed.
#[derive(Debug)]
pub(crate) enum Failure {
    /// No answer: connection refused or dropped, timeout. `refused` when the connection
    /// never opened, which suggests the server is down rather than slow.
    Connection { cause: String, refused: bool },
    /// The server answered with a status other than 2xx.
    Status {
        status: u16,
        body: String,
        retry_after: Option<Duration>,
    },
    /// A 2xx whose body cannot be used.
    BadReply {
        status: u16,
        detail: String,
        body: String,
    },
    /// The request could not be made at all (bad URL); retrying cannot help.
    Setup { cause: String },
}

/// A chat completion taken apart.
#[derive(Debug)]
pub(crate) struct Parsed {
    pub(crate) completions: Vec<Completion>,
    pub(crate) usage: Usage,
}

/// The JSON body of a chat request asking for `n` answers (`n` omitted when `None`).
pub(crate) fn request_body(
    model: &str,
    messages: &[Message],
    params: &ChatParams,
    n: Option<usize>,
) -> Value {
    let mut body = Map::new();
    body.insert("temperature".into(), Value::from(params.temperature));
    if let Some(max_tokens) = params.max_tokens {
        body.insert("max_tokens".into(), Value::from(max_tokens));
    }
    if let Some(seed) = params.seed {
        body.insert("seed".into(), Value::from(seed));
    }
    for (key, value) in &params.extra_body {
        if !RESERVED_FIELDS.contains(&key.as_str()) {
            body.insert(key.clone(), value.clone());
        }
    }
    if let Some(n) = n {
        body.insert("n".into(), Value::from(n));
    }
    body.insert("model".into(), Value::from(model));
    let messages = messages
        .iter()
        .map(|m| serde_json::json!({"role": m.role, "content": m.content}))
        .collect();
    body.insert("messages".into(), Value::Array(messages));
    Value::Object(body)
}

/// POSTs `body` to `url` and returns the status and the body of a 2xx answer.
pub(crate) fn post(
    agent: &ureq::Agent,
    url: &str,
    api_key: Option<&str>,
    body: &Value,
) -> Result<(u16, String), Failure> {
    let mut request = agent.post(url).set("Content-Type", "application/json");
    if let Some(key) = api_key {
        request = request.set("Authorization", &format!("Bearer {key}"));
    }
    finish(request.send_string(&body.to_string()))
}

/// GETs `url` and returns the status and the body of a 2xx answer.
pub(crate) fn get(
    agent: &ureq::Agent,
    url: &str,
    api_key: Option<&str>,
) -> Result<(u16, String), Failure> {
    let mut request = agent.get(url);
    if let Some(key) = api_key {
        request = request.set("Authorization", &format!("Bearer {key}"));
    }
    finish(request.call())
}

fn finish(result: Result<ureq::Response, ureq::Error>) -> Result<(u16, String), Failure> {
    match result {
        Ok(response) => {
            let status = response.status();
            let body = read_capped(response, MAX_BODY_BYTES)?;
            match body {
                Some(body) => Ok((status, body)),
                None => Err(Failure::BadReply {
                    status,
                    detail: format!("its body is larger than {MAX_BODY_BYTES} bytes"),
                    body: String::new(),
                }),
            }
        }
        Err(ureq::Error::Status(status, response)) => {
            let retry_after = response.header("retry-after").and_then(parse_retry_after);
            // A failure while reading an error body still leaves the status to act on.
            let body = read_capped(response, MAX_ERROR_BODY_BYTES)
                .ok()
                .flatten()
                .unwrap_or_default();
            Err(Failure::Status {
                status,
                body,
                retry_after,
            })
        }
        Err(ureq::Error::Transport(transport)) => Err(transport_failure(&transport)),
    }
}

fn transport_failure(transport: &ureq::Transport) -> Failure {
    use ureq::ErrorKind;
    let cause = transport.to_string();
    match transport.kind() {
        ErrorKind::InvalidUrl | ErrorKind::UnknownScheme | ErrorKind::InsecureRequestHttpsOnly => {
            Failure::Setup { cause }
        }
        ErrorKind::ConnectionFailed | ErrorKind::Dns => Failure::Connection {
            cause,
            refused: true,
        },
        _ => Failure::Connection {
            cause,
            refused: false,
        },
    }
}

/// Reads at most `limit` bytes; `None` when the body is longer. Invalid UTF-8 is replaced,
/// not refused: the JSON parser will say what is wrong.
fn read_capped(response: ureq::Response, limit: u64) -> Result<Option<String>, Failure> {
    let mut bytes = Vec::new();
    response
        .into_reader()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| Failure::Connection {
            cause: format!("the answer broke off: {error}"),
            refused: false,
        })?;
    if bytes.len() as u64 > limit {
        return Ok(None);
    }
    Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
}

/// Takes a chat completion body apart; `Err` says what is missing.
pub(crate) fn parse_completion(body: &str) -> Result<Parsed, String> {
    let value: Value =
        serde_json::from_str(body).map_err(|e| format!("its body is not JSON ({e})"))?;
    if let Some(error) = value.get("error").filter(|e| !e.is_null()) {
        let message = error
            .get("message")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| error.to_string());
        return Err(format!(
            "with an error instead of a chat completion: {message}"
        ));
    }
    let choices = value
        .get("choices")
        .and_then(Value::as_array)
        .ok_or_else(|| "not with a chat completion (no `choices` list)".to_string())?;
    let mut indexed = Vec::with_capacity(choices.len());
    for (position, choice) in choices.iter().enumerate() {
        let index = choice
            .get("index")
            .and_then(Value::as_u64)
            .unwrap_or(position as u64);
        indexed.push((index, completion_of(choice)?));
    }
    if indexed.is_empty() {
        return Err("with an empty `choices` list".to_string());
    }
    indexed.sort_by_key(|(index, _)| *index);
    let usage = value.get("usage");
    let count = |field: &str| {
        usage
            .and_then(|u| u.get(field))
            .and_then(Value::as_u64)
            .unwrap_or(0)
    };
    Ok(Parsed {
        completions: indexed.into_iter().map(|(_, c)| c).collect(),
        usage: Usage {
            prompt_tokens: count("prompt_tokens"),
            completion_tokens: count("completion_tokens"),
        },
    })
}

fn completion_of(choice: &Value) -> Result<Completion, String> {
    let message = choice
        .get("message")
        .filter(|m| m.is_object())
        .ok_or_else(|| "not with a chat completion (a choice has no `message`)".to_string())?;
    let text = match message.get("content") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        // Content parts, as some servers send them: the text parts in order.
        Some(Value::Array(parts)) => parts
            .iter()
            .filter_map(|part| part.get("text").and_then(Value::as_str))
            .collect(),
        Some(other) => return Err(format!("with a message content that is not text: {other}")),
    };
    let finish_reason = choice
        .get("finish_reason")
        .and_then(Value::as_str)
        .map(str::to_string);
    Ok(Completion {
        text,
        finish_reason,
    })
}

/// Whether an error body names the parameter `n` as a word of its own.
pub(crate) fn mentions_n(body: &str) -> bool {
    body.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|word| word == "n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_body_wins_except_over_the_fields_the_client_reads() {
        let mut params = ChatParams {
            max_tokens: Some(64),
            seed: Some(7),
            ..ChatParams::default()
        };
        for (key, value) in [
            ("temperature", Value::from(0.5)),
            ("top_k", Value::from(20)),
            ("model", Value::from("other")),
            ("n", Value::from(9)),
            ("stream", Value::from(true)),
        ] {
            params.extra_body.insert(key.into(), value);
        }
        let body = request_body("m", &[Message::user("hi")], &params, None);
        assert_eq!(body["temperature"], 0.5);
        assert_eq!(body["top_k"], 20);
        assert_eq!(body["model"], "m");
        assert_eq!(body["max_tokens"], 64);
        assert_eq!(body["seed"], 7);
        assert!(body.get("n").is_none() && body.get("stream").is_none());
        assert!(body.get("max_completion_tokens").is_none());
        assert_eq!(body["messages"][0]["content"], "hi");
        let body = request_body("m", &[], &params, Some(3));
        assert_eq!(body["n"], 3);
    }

    #[test]
    fn odd_completions_parse_or_fail_without_panicking() {
        let parsed = parse_completion(
            r#"{"choices":[{"index":1,"message":{"content":null},"finish_reason":"length"},
                {"index":0,"message":{"content":[{"type":"text","text":"a"},{"text":"b"}]}}]}"#,
        )
        .unwrap();
        assert_eq!(parsed.completions[0].text, "ab");
        assert_eq!(parsed.completions[0].finish_reason, None);
        assert_eq!(parsed.completions[1].text, "");
        assert_eq!(
            parsed.completions[1].finish_reason.as_deref(),
            Some("length")
        );
        assert_eq!(parsed.usage, Usage::default());
        for bad in [
            "",
            "[]",
            "null",
            r#"{"choices":[]}"#,
            r#"{"choices":[1]}"#,
            r#"{"choices":{"a":1}}"#,
            r#"{"choices":[{"message":{"content":5}}]}"#,
            r#"{"error":{"message":"overloaded"}}"#,
        ] {
            assert!(parse_completion(bad).is_err(), "{bad}");
        }
        let error = parse_completion(r#"{"error":{"message":"overloaded"}}"#).unwrap_err();
        assert!(error.contains("overloaded"));
    }

    #[test]
    fn n_is_recognised_only_as_a_word() {
        assert!(mentions_n(r#"{"loc":["body","n"]}"#));
        assert!(mentions_n("'n' is not supported"));
        assert!(mentions_n("n must be 1"));
        assert!(!mentions_n("invalid model name"));
    }
}
