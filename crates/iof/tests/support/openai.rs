//! A scripted OpenAI-compatible server for tests: real HTTP on 127.0.0.1, answers decided
//! by a closure, every request recorded.
//!
//! Include it from a test crate with `mod support { pub mod openai; }`.
//!
//! ```ignore
//! let server = ScriptedServer::start(|request: &Request| {
//!     if request.n().is_some() {
//!         Response::status(400, r#"{"error":{"message":"n is not supported"}}"#)
//!     } else {
//!         Response::chat(&["int main() {}"], "stop")
//!     }
//! });
//! // … point the client at server.url(), then look at server.requests()
//! ```
//!
//! It speaks just enough HTTP/1.1 for the client: one request per connection
//! (`Connection: close`), bodies by `Content-Length`. Each connection has its own thread,
//! so delayed answers do not hold up others.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::{json, Value};

/// One request the server received.
#[derive(Debug, Clone)]
pub struct Request {
    /// Order of arrival at this server, from 0, all paths counted.
    pub index: usize,
    /// `GET`, `POST` …
    pub method: String,
    /// The path, such as `/v1/chat/completions`.
    pub path: String,
    /// Header names in lower case, with their values.
    pub headers: Vec<(String, String)>,
    /// The body parsed as JSON (`Null` when empty or not JSON).
    pub body: Value,
}

impl Request {
    /// The value of a header (name in any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.as_str())
    }

    /// Whether this is a chat completion request.
    pub fn is_chat(&self) -> bool {
        self.method == "POST" && self.path.ends_with("/chat/completions")
    }

    /// The `n` the request asked for, when present.
    pub fn n(&self) -> Option<u64> {
        self.body.get("n").and_then(Value::as_u64)
    }

    /// The content of the last message (empty when there is none).
    pub fn last_message(&self) -> &str {
        self.body["messages"]
            .as_array()
            .and_then(|messages| messages.last())
            .and_then(|message| message["content"].as_str())
            .unwrap_or("")
    }
}

/// What the server does with one request.
#[derive(Debug, Clone)]
pub struct Response {
    /// HTTP status.
    pub status: u16,
    /// Extra headers, such as `Retry-After`.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: String,
    /// Wait before answering (or closing).
    pub delay: Duration,
    /// Close the connection without answering.
    pub close: bool,
}

impl Response {
    /// `status` with `body` as JSON text.
    pub fn status(status: u16, body: &str) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body: body.to_string(),
            delay: Duration::ZERO,
            close: false,
        }
    }

    /// 200 with a JSON value.
    pub fn json(value: &Value) -> Response {
        Response::status(200, &value.to_string())
    }

    /// 200 with a chat completion of one choice per text (see [`completion`]).
    pub fn chat(texts: &[&str], finish_reason: &str) -> Response {
        Response::json(&completion(texts, finish_reason))
    }

    /// 200 with a model list, as `GET /v1/models` answers.
    pub fn models(ids: &[&str]) -> Response {
        let data: Vec<Value> = ids
            .iter()
            .map(|id| json!({"id": id, "object": "model", "owned_by": "test"}))
            .collect();
        Response::json(&json!({"object": "list", "data": data}))
    }

    /// Closes the connection once the request is read, without a word.
    pub fn close() -> Response {
        Response {
            close: true,
            ..Response::status(0, "")
        }
    }

    /// The same, with one more header.
    pub fn with_header(mut self, name: &str, value: &str) -> Response {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    /// The same, answered after `delay`.
    pub fn after(mut self, delay: Duration) -> Response {
        self.delay = delay;
        self
    }
}

/// A chat completion body with one choice per text, all ending with `finish_reason`;
/// usage counts 10 prompt tokens and one completion token per whitespace-separated word.
pub fn completion(texts: &[&str], finish_reason: &str) -> Value {
    let choices: Vec<Value> = texts
        .iter()
        .enumerate()
        .map(|(index, text)| {
            json!({
                "index": index,
                "message": {"role": "assistant", "content": text},
                "finish_reason": finish_reason,
            })
        })
        .collect();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    json!({
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "model": "scripted",
        "choices": choices,
        "usage": {"prompt_tokens": 10, "completion_tokens": words, "total_tokens": 10 + words},
    })
}

/// A handler answering the requests with `responses` in order, the last one again once
/// they run out.
pub fn in_order(responses: Vec<Response>) -> impl Fn(&Request) -> Response + Send + Sync {
    assert!(
        !responses.is_empty(),
        "in_order needs at least one response"
    );
    let queue = Mutex::new(VecDeque::from(responses));
    move |_: &Request| {
        let mut queue = queue.lock().unwrap();
        if queue.len() > 1 {
            queue.pop_front().unwrap()
        } else {
            queue[0].clone()
        }
    }
}

type Handler = dyn Fn(&Request) -> Response + Send + Sync;

/// A running scripted server; stopped when dropped.
pub struct ScriptedServer {
    address: SocketAddr,
    received: Arc<Mutex<Vec<Request>>>,
    stopping: Arc<AtomicBool>,
    acceptor: Mutex<Option<JoinHandle<()>>>,
}

impl ScriptedServer {
    /// Listens on a free port of 127.0.0.1 and answers every request with `handler`.
    pub fn start(handler: impl Fn(&Request) -> Response + Send + Sync + 'static) -> ScriptedServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let address = listener.local_addr().unwrap();
        let received = Arc::new(Mutex::new(Vec::new()));
        let stopping = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        let acceptor = {
            let received = Arc::clone(&received);
            let stopping = Arc::clone(&stopping);
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stopping.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let received = Arc::clone(&received);
                    let handler = Arc::clone(&handler);
                    std::thread::spawn(move || serve(stream, &received, &*handler));
                }
                // The listener drops here: from now on connections are refused.
            })
        };
        ScriptedServer {
            address,
            received,
            stopping,
            acceptor: Mutex::new(Some(acceptor)),
        }
    }

    /// The base URL, `http://127.0.0.1:PORT/v1`.
    pub fn url(&self) -> String {
        format!("http://{}/v1", self.address)
    }

    /// The bodies of the chat completion requests received so far, in order.
    pub fn requests(&self) -> Vec<Value> {
        self.received()
            .into_iter()
            .filter(Request::is_chat)
            .map(|request| request.body)
            .collect()
    }

    /// Every request received so far, in order.
    pub fn received(&self) -> Vec<Request> {
        self.received.lock().unwrap().clone()
    }

    /// Stops accepting and closes the port: later connections are refused. Answers
    /// already being prepared still go out.
    pub fn stop(&self) {
        let Some(acceptor) = self.acceptor.lock().unwrap().take() else {
            return;
        };
        self.stopping.store(true, Ordering::SeqCst);
        // Wake the acceptor blocked in accept(); it sees the flag and drops the listener.
        let _ = TcpStream::connect(self.address);
        acceptor.join().expect("the acceptor thread panicked");
    }
}

impl Drop for ScriptedServer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn serve(stream: TcpStream, received: &Mutex<Vec<Request>>, handler: &Handler) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let mut reader = BufReader::new(&stream);
    let Some((method, path, headers, body)) = read_request(&mut reader) else {
        return;
    };
    let request = {
        let mut received = received.lock().unwrap();
        let request = Request {
            index: received.len(),
            method,
            path,
            headers,
            body: serde_json::from_slice(&body).unwrap_or(Value::Null),
        };
        received.push(request.clone());
        request
    };
    let response = handler(&request);
    std::thread::sleep(response.delay);
    if response.close {
        return;
    }
    let mut head = format!(
        "HTTP/1.1 {} Scripted\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
        response.status,
        response.body.len()
    );
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut stream = &stream;
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(response.body.as_bytes());
    let _ = stream.flush();
}

/// Method, path, headers and body of one request; `None` when the client went away or
/// sent something that is not HTTP.
type RawRequest = (String, String, Vec<(String, String)>, Vec<u8>);

fn read_request(reader: &mut impl BufRead) -> Option<RawRequest> {
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let path = parts.next()?.to_string();
    let mut headers = Vec::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':')?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
    }
    let length: usize = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .map_or(Some(0), |(_, value)| value.parse().ok())?;
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some((method, path, headers, body))
}
