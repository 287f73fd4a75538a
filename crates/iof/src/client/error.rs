//! What can go wrong talking to a server, each case with the server and what to do next.

/// Longest piece of a server's error body kept in an error message, in characters.
const BODY_EXCERPT_CHARS: usize = 600;

/// A request that could not be completed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The configuration names no server.
    #[error("no LLM server to ask: name one with --base-url or OPENAI_BASE_URL")]
    NoServer,

    /// A base URL the client cannot use.
    #[error("the base URL `{url}` cannot be used: {reason}")]
    BadBaseUrl {
        /// The URL as given.
        url: String,
        /// Why, and what to write instead.
        reason: String,
    },

    /// The server refused the request with a status a retry cannot cure (400, 401, 404 …).
    #[error("{server} refused the request with HTTP {status}: {body}\n  hint: {hint}")]
    Rejected {
        /// Base URL of the server.
        server: String,
        /// HTTP status.
        status: u16,
        /// The start of the server's error body.
        body: String,
        /// What to change.
        hint: String,
    },

    /// The server answered with success but the body is not what was asked for.
    #[error("{server} answered HTTP {status} but {detail}; the body starts with: {body}")]
    BadReply {
        /// Base URL of the server.
        server: String,
        /// HTTP status (a success).
        status: u16,
        /// What is wrong with the body.
        detail: String,
        /// The start of the body.
        body: String,
    },

    /// Every attempt failed with a cause worth retrying (429, 5xx, connection, timeout).
    #[error("gave up after {attempts} attempts; the last one, to {server}, failed: {cause}\n  hint: {hint}")]
    GaveUp {
        /// Base URL of the server of the last attempt.
        server: String,
        /// HTTP status of the last attempt, `None` when there was no answer.
        status: Option<u16>,
        /// HTTP attempts made.
        attempts: u32,
        /// The last failure.
        cause: String,
        /// What to check.
        hint: String,
    },

    /// The server cannot be reached at all (checked before a run).
    #[error("cannot reach the LLM server at {server}: {cause}\n  hint: start it, or name a running one with --base-url or OPENAI_BASE_URL")]
    Unreachable {
        /// Base URL of the server.
        server: String,
        /// The connection error.
        cause: String,
    },

    /// The server answers but does not list the configured model.
    #[error("{server} does not serve model `{model}`; it serves: {served}\n  hint: name one of these with --model", served = list_or_none(.served))]
    ModelNotServed {
        /// Base URL of the server.
        server: String,
        /// The configured model.
        model: String,
        /// The models the server lists.
        served: Vec<String>,
    },
}

impl ClientError {
    /// The HTTP status behind the error, when a server answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            ClientError::Rejected { status, .. } | ClientError::BadReply { status, .. } => {
                Some(*status)
            }
            ClientError::GaveUp { status, .. } => *status,
            _ => None,
        }
    }

    /// The base URL of the server involved, when one is.
    pub fn server(&self) -> Option<&str> {
        match self {
            ClientError::Rejected { server, .. }
            | ClientError::BadReply { server, .. }
            | ClientError::GaveUp { server, .. }
            | ClientError::Unreachable { server, .. }
            | ClientError::ModelNotServed { server, .. } => Some(server),
            ClientError::BadBaseUrl { url, .. } => Some(url),
            ClientError::NoServer => None,
        }
    }
}

fn list_or_none(served: &[String]) -> String {
    if served.is_empty() {
        "no model at all".to_string()
    } else {
        served.join(", ")
    }
}

/// The start of a body, on one line, safe to put in a message.
pub(crate) fn excerpt(body: &str) -> String {
    let flat: String = body
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(BODY_EXCERPT_CHARS + 1)
        .collect();
    let flat = flat.trim();
    if flat.is_empty() {
        return "(empty body)".to_string();
    }
    if flat.chars().count() > BODY_EXCERPT_CHARS {
        let cut: String = flat.chars().take(BODY_EXCERPT_CHARS).collect();
        format!("{cut} …")
    } else {
        flat.to_string()
    }
}

/// What to change after the server refused a request with `status`.
pub(crate) fn rejection_hint(status: u16, body: &str, server: &str, model: &str) -> String {
    match status {
        401 | 403 => "the server wants a valid API key: set OPENAI_API_KEY or name the variable \
                      holding it with --api-key-env"
            .to_string(),
        404 if !model.is_empty() && body.contains(model) => format!(
            "the server does not serve model `{model}`: see GET {server}/models for the names it \
             serves and pass one with --model"
        ),
        404 => format!(
            "nothing answers at {server}/chat/completions: the base URL usually ends in /v1"
        ),
        413 => "the request is too large for the server: shorten the prompt".to_string(),
        400 | 422 => "the server did not accept the request's parameters: check max_tokens \
                      against its context size and the extra body fields"
            .to_string(),
        _ => "the server refused the request; see its message above".to_string(),
    }
}

/// What to check after retries ran out on `status` (`None`: no answer at all).
pub(crate) fn give_up_hint(status: Option<u16>) -> String {
    match status {
        None => "check that the server is running and reachable at its base URL \
                 (--base-url / OPENAI_BASE_URL), or raise the timeout if it is just slow"
            .to_string(),
        Some(429) => "the server keeps rate-limiting: send fewer requests at once".to_string(),
        Some(_) => "the server keeps failing: see its log".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_cuts_long_bodies_on_a_char_boundary_and_flattens_lines() {
        let body = format!("line one\nline two {}", "é".repeat(2000));
        let short = excerpt(&body);
        assert!(short.starts_with("line one line two"));
        assert!(short.ends_with(" …"));
        assert!(short.chars().count() <= BODY_EXCERPT_CHARS + 2);
        assert_eq!(excerpt("  \n"), "(empty body)");
    }

    #[test]
    fn model_not_served_lists_the_served_models() {
        let error = ClientError::ModelNotServed {
            server: "http://h/v1".into(),
            model: "gpt-x".into(),
            served: vec!["a".into(), "b".into()],
        };
        let text = error.to_string();
        assert!(text.contains("`gpt-x`") && text.contains("a, b"), "{text}");
    }
}
