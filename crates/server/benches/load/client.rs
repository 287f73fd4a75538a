//! The requests of the bench and the HTTP client that sends them: a C++ a+b whose
//! answers are known, and `POST /execute` retried after each 503 as its
//! `Retry-After` says, every refusal and retry counted.

use std::time::Duration;

use afterburner_monolith::runner::RunRequest;
use afterburner_monolith::sandbox::Stdin;
use afterburner_monolith::Language;
use serde_json::{json, Value};

/// Sums two numbers from stdin, or greets when there are none.
const PROGRAM: &str = "#include <cstdio>\n\
int main() {\n\
    long a, b;\n\
    if (std::scanf(\"%ld %ld\", &a, &b) == 2) std::printf(\"%ld\\n\", a + b);\n\
    else std::puts(\"hello\");\n\
}\n";
/// The `timeout` each request sends, in seconds.
const TIMEOUT_S: u64 = 10;
/// Most attempts of one request while the server answers 503.
pub const MAX_ATTEMPTS: usize = 30;

/// Request number `i`: its stdin and the stdout it must produce.
pub fn case(i: usize) -> (Option<String>, String) {
    if i % 2 == 0 {
        (Some(format!("{i} 7\n")), format!("{}\n", i + 7))
    } else {
        (None, "hello\n".to_string())
    }
}

/// The `/execute` body of request `i`, and the stdout it must produce.
pub fn execute_body(i: usize) -> (String, String) {
    let (stdin, expected) = case(i);
    let mut body = json!({"code": PROGRAM, "language": "cpp", "timeout": TIMEOUT_S});
    if let Some(stdin) = stdin {
        body["stdin"] = Value::String(stdin);
    }
    (body.to_string(), expected)
}

/// Request number `i` made directly: the same program and stdin, on `core`. The limits
/// are the defaults (10 s, 1 GiB), close to what `/execute` sets for `timeout: 10`;
/// the program comes nowhere near them, so they do not change its time.
pub fn direct_request(i: usize, core: usize) -> RunRequest {
    let mut request = RunRequest::new(Language::Cpp, PROGRAM);
    request.stdin = case(i)
        .0
        .map_or(Stdin::Empty, |s| Stdin::Bytes(s.into_bytes().into()));
    request.cpu = Some(core);
    request
}

/// How one request ended.
pub enum Answer {
    /// The server answered with this status and body.
    Http(u16, String),
    /// No answer: the connection failed or timed out.
    Lost(String),
    /// Every attempt was refused with 503; the client gave up.
    GaveUp,
}

/// What one request took besides its final answer.
#[derive(Debug, Default, Clone, Copy)]
pub struct Attempts {
    /// 503 answers received (each refused attempt, the last one included).
    pub refused_503: usize,
    /// Attempts after the first.
    pub retries: usize,
}

/// A blocking HTTP client for `POST /execute`, keeping its connections alive.
pub struct Client {
    agent: ureq::Agent,
    url: String,
}

impl Client {
    /// A client of the server at `base` (`http://host:port`) keeping up to
    /// `connections` connections open.
    pub fn new(base: &str, connections: usize) -> Client {
        let agent = ureq::AgentBuilder::new()
            .timeout(Duration::from_secs(120))
            .max_idle_connections(connections)
            .max_idle_connections_per_host(connections)
            .build();
        Client {
            agent,
            url: format!("{base}/execute"),
        }
    }

    /// One POST; returns its answer and, for a 503, the `Retry-After` in seconds.
    fn post(&self, body: &str) -> (Answer, Option<u64>) {
        let request = self
            .agent
            .post(&self.url)
            .set("Content-Type", "application/json");
        let (status, response) = match request.send_string(body) {
            Ok(response) => (response.status(), response),
            Err(ureq::Error::Status(status, response)) => (status, response),
            Err(ureq::Error::Transport(e)) => return (Answer::Lost(e.to_string()), None),
        };
        let retry_after = response
            .header("Retry-After")
            .and_then(|v| v.trim().parse().ok());
        match response.into_string() {
            Ok(text) => (Answer::Http(status, text), retry_after),
            Err(e) => (Answer::Lost(format!("reading the body: {e}")), None),
        }
    }

    /// POSTs `body`, again after each 503 once its `Retry-After` has passed, at most
    /// [`MAX_ATTEMPTS`] times; returns the final answer ([`Answer::GaveUp`] when every
    /// attempt was refused) and the refusals and retries on the way.
    pub fn execute(&self, body: &str) -> (Answer, Attempts) {
        let mut attempts = Attempts::default();
        loop {
            let (answer, retry_after) = self.post(body);
            if !matches!(answer, Answer::Http(503, _)) {
                return (answer, attempts);
            }
            attempts.refused_503 += 1;
            let Some(seconds) = retry_after else {
                // A 503 that does not say when to come back is the final answer.
                return (answer, attempts);
            };
            if attempts.retries + 1 >= MAX_ATTEMPTS {
                return (Answer::GaveUp, attempts);
            }
            attempts.retries += 1;
            std::thread::sleep(Duration::from_secs(seconds));
        }
    }
}

/// Whether an `/execute` answer is a successful run printing `expected`.
pub fn is_right(body: &str, expected: &str) -> bool {
    serde_json::from_str::<Value>(body).is_ok_and(|v| {
        v["status"] == "success" && v["output_dict"]["stdout"].as_str() == Some(expected)
    })
}
