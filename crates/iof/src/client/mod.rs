//! The OpenAI-compatible chat client.
//!
//! The optimisation loop asks for many answers from many threads at once, against one or
//! several servers whose abilities differ: vLLM and SGLang honour `n` (several answers in
//! one request), llama-cpp-python's server silently returns one answer whatever `n` says,
//! Ollama documents `n` as unsupported. So the client finds out per server whether `n`
//! works instead of trusting it, spreads requests over the servers by load, and retries
//! what a retry can cure (rate limits, 5xx, dropped connections, timeouts).
//!
//! ```no_run
//! use afterburner_iof::client::{ChatParams, ClientConfig, LlmClient, Message};
//!
//! let config = ClientConfig::new(vec!["http://127.0.0.1:8000/v1".into()], "my-model");
//! let client = LlmClient::new(config)?;
//! client.check()?;
//! let messages = [Message::user("Write hello world in C.")];
//! let replies = client.chat(&messages, &ChatParams::default(), 4)?;
//! let answers = replies.iter().flat_map(|r| &r.completions).count();
//! assert_eq!(answers, 4);
//! # Ok::<(), afterburner_iof::client::ClientError>(())
//! ```
//!
//! Everything a server sends back is untrusted: bodies are read up to
//! [`MAX_BODY_BYTES`], and any JSON shape becomes either an answer or an error, never a
//! panic.

mod chat;
mod error;
mod models;
mod retry;
mod servers;
mod transport;

use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use chat::LlmClient;
pub use error::ClientError;
pub use transport::MAX_BODY_BYTES;

pub(crate) use models::served_models;

/// One chat message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// `system`, `user` or `assistant`.
    pub role: String,
    /// The text.
    pub content: String,
}

impl Message {
    /// A `system` message.
    pub fn system(content: impl Into<String>) -> Message {
        Message {
            role: "system".into(),
            content: content.into(),
        }
    }

    /// A `user` message.
    pub fn user(content: impl Into<String>) -> Message {
        Message {
            role: "user".into(),
            content: content.into(),
        }
    }

    /// An `assistant` message.
    pub fn assistant(content: impl Into<String>) -> Message {
        Message {
            role: "assistant".into(),
            content: content.into(),
        }
    }
}

/// How to reach the servers.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// Base URLs such as `http://gpu1:8000/v1` (requests go to `{base}/chat/completions`).
    pub base_urls: Vec<String>,
    /// Sent as `Authorization: Bearer …` when set.
    pub api_key: Option<String>,
    /// The model name sent with every request.
    pub model: String,
    /// Longest wait for one HTTP request, connection to last byte of the answer.
    pub timeout: Duration,
    /// Retries after the first attempt of a request (so `max_retries + 1` attempts at most)
    /// on 429, 500, 502, 503, 504, connection errors and timeouts.
    pub max_retries: u32,
    /// Wait before the first retry; it doubles with each further retry (with jitter, at
    /// most 30 s). A `Retry-After` header replaces it.
    pub backoff_base: Duration,
}

impl ClientConfig {
    /// A configuration with the default timeout (600 s), 6 retries and a 500 ms backoff base.
    pub fn new(base_urls: Vec<String>, model: impl Into<String>) -> ClientConfig {
        ClientConfig {
            base_urls,
            api_key: None,
            model: model.into(),
            timeout: Duration::from_secs(600),
            max_retries: 6,
            backoff_base: Duration::from_millis(500),
        }
    }
}

/// Sampling settings of one request.
#[derive(Debug, Clone)]
pub struct ChatParams {
    /// Sampling temperature.
    pub temperature: f64,
    /// Completion token cap, sent as `max_tokens` (never `max_completion_tokens`, which
    /// many OpenAI-compatible servers do not know).
    pub max_tokens: Option<u32>,
    /// Seed, when the server supports one.
    pub seed: Option<u64>,
    /// Extra top-level JSON fields merged into the request body; they win over the
    /// client's own fields except `model`, `messages`, `n` and `stream`, which the client
    /// needs to control to read the answer.
    pub extra_body: serde_json::Map<String, serde_json::Value>,
}

impl Default for ChatParams {
    /// Temperature 0, no token cap, no seed, no extra fields.
    fn default() -> ChatParams {
        ChatParams {
            temperature: 0.0,
            max_tokens: None,
            seed: None,
            extra_body: serde_json::Map::new(),
        }
    }
}

/// Token counts the server reported.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Usage {
    /// Prompt tokens.
    pub prompt_tokens: u64,
    /// Completion tokens.
    pub completion_tokens: u64,
}

/// One answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Completion {
    /// The assistant's text (empty when the server sent `null` content).
    pub text: String,
    /// `stop`, `length` (truncated), …
    pub finish_reason: Option<String>,
}

/// What one successful HTTP request brought back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    /// The answers of this request: one, or several when the server honoured `n`.
    pub completions: Vec<Completion>,
    /// Token counts of this request (zeros when the server reported none).
    pub usage: Usage,
    /// Wall time of the successful attempt, request sent to answer read, in milliseconds.
    pub latency_ms: f64,
    /// Base URL of the server that answered.
    pub server: String,
    /// HTTP attempts made for this reply, the successful one and every retry included.
    pub attempts: u32,
}
