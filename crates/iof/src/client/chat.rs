//! The client itself: asking for k answers, with `n` where a server honours it, single
//! requests where it does not, and retries.

use std::time::{Duration, Instant};

use super::error::{excerpt, give_up_hint, rejection_hint};
use super::retry::{delay, retryable_status};
use super::servers::{NSupport, Pool};
use super::transport::{self, mentions_n, Failure};
use super::{ChatParams, ClientConfig, ClientError, Message, Reply};

/// Longest wait for a connection to open; a server that does not accept within it is
/// treated like one that refused, so a request moves on instead of waiting out the
/// whole request timeout.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);

/// A chat client for one or several OpenAI-compatible servers serving the same model.
///
/// It is `Send + Sync`: share one by reference (or `Arc`) between all threads, so that
/// what it learns about the servers (load, `n` support, which are down) is shared too.
#[derive(Debug)]
pub struct LlmClient {
    pub(super) config: ClientConfig,
    pub(super) agent: ureq::Agent,
    pub(super) pool: Pool,
}

impl LlmClient {
    /// A client for `config`; checks the base URLs' form but does not contact them (see
    /// [`LlmClient::check`]).
    pub fn new(mut config: ClientConfig) -> Result<LlmClient, ClientError> {
        if config.base_urls.is_empty() {
            return Err(ClientError::NoServer);
        }
        let mut bases = Vec::with_capacity(config.base_urls.len());
        for url in &config.base_urls {
            bases.push(normalise_base(url)?);
        }
        config.base_urls = bases.clone();
        let agent = ureq::AgentBuilder::new()
            .timeout(config.timeout)
            .timeout_connect(CONNECT_TIMEOUT.min(config.timeout))
            .build();
        Ok(LlmClient {
            agent,
            pool: Pool::new(bases),
            config,
        })
    }

    /// The configuration, base URLs without trailing slashes.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// `k` answers to the same messages. Returns one [`Reply`] per HTTP request that
    /// succeeded, holding `k` completions in all; `k = 0` makes no request.
    ///
    /// Where a server honours `n` one request brings all answers; elsewhere the missing
    /// answers are asked for with single requests, sent in parallel.
    pub fn chat(
        &self,
        messages: &[Message],
        params: &ChatParams,
        k: usize,
    ) -> Result<Vec<Reply>, ClientError> {
        let mut replies = Vec::new();
        let mut have = 0;
        while have < k && k - have > 1 && self.pool.any_may_honour_n() {
            let reply = self.request(messages, params, k - have)?;
            have += reply.completions.len();
            replies.push(reply);
        }
        let missing = k - have;
        if missing == 1 {
            replies.push(self.request(messages, params, 1)?);
        } else if missing > 1 {
            let singles: Vec<Result<Reply, ClientError>> = std::thread::scope(|scope| {
                let handles: Vec<_> = (0..missing)
                    .map(|_| scope.spawn(|| self.request(messages, params, 1)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("a chat request thread panicked"))
                    .collect()
            });
            for single in singles {
                replies.push(single?);
            }
        }
        Ok(replies)
    }

    /// One request for up to `want` answers, retried until it succeeds or cannot.
    fn request(
        &self,
        messages: &[Message],
        params: &ChatParams,
        want: usize,
    ) -> Result<Reply, ClientError> {
        let model = &self.config.model;
        let api_key = self.config.api_key.as_deref();
        let mut attempts = 0u32;
        let mut retries = 0u32;
        let mut avoid = None;
        // After a 400 to a request with `n` that does not say why, the same server is
        // asked again without `n`; only if that succeeds was `n` the trouble. (A prompt
        // too long for the context is a 400 too, and must not cost vLLM its `n`.)
        let mut probe: Option<usize> = None;
        loop {
            let lease = match probe {
                Some(index) => self.pool.lease_on(index),
                None => self.pool.lease(avoid.take()),
            };
            let probing = probe.take().is_some();
            let server = lease.server();
            let n =
                (want > 1 && !probing && server.n_support() != NSupport::Ignored).then_some(want);
            let body = transport::request_body(model, messages, params, n);
            let url = format!("{}/chat/completions", server.base);
            attempts += 1;
            let started = Instant::now();
            let outcome = transport::post(&self.agent, &url, api_key, &body);
            let latency_ms = started.elapsed().as_secs_f64() * 1000.0;
            let failure = match outcome {
                Ok((status, text)) => {
                    self.pool.mark_up(lease.index);
                    let parsed = transport::parse_completion(&text).map_err(|detail| {
                        ClientError::BadReply {
                            server: server.base.clone(),
                            status,
                            detail,
                            body: excerpt(&text),
                        }
                    })?;
                    let mut completions = parsed.completions;
                    if probing {
                        tracing::info!(server = %server.base, "server refuses n; asking one answer per request");
                        server.set_n_support(NSupport::Ignored);
                    }
                    if let Some(n) = n {
                        server.set_n_support(if completions.len() >= n {
                            NSupport::Honoured
                        } else {
                            NSupport::Ignored
                        });
                    }
                    completions.truncate(want);
                    return Ok(Reply {
                        completions,
                        usage: parsed.usage,
                        latency_ms,
                        server: server.base.clone(),
                        attempts,
                    });
                }
                Err(failure) => failure,
            };
            if let Failure::Status { .. } = failure {
                self.pool.mark_up(lease.index);
            }
            let wait = match failure {
                // A server that says it cannot take `n`: one answer per request from now on.
                Failure::Status {
                    status, ref body, ..
                } if n.is_some() && matches!(status, 400 | 422) && mentions_n(body) => {
                    tracing::info!(server = %server.base, status, "server refuses n; asking one answer per request");
                    server.set_n_support(NSupport::Ignored);
                    continue;
                }
                Failure::Status { status: 400, .. } if n.is_some() => {
                    probe = Some(lease.index);
                    continue;
                }
                Failure::Status {
                    status,
                    body,
                    retry_after,
                } if retryable_status(status) => {
                    let cause = format!("HTTP {status}: {}", excerpt(&body));
                    self.give_up_after(&mut retries, attempts, &server.base, Some(status), &cause)?;
                    tracing::warn!(server = %server.base, attempt = attempts, "{cause}; retrying");
                    delay(self.config.backoff_base, retries, retry_after)
                }
                Failure::Status { status, body, .. } => {
                    return Err(ClientError::Rejected {
                        hint: rejection_hint(status, &body, &server.base, model),
                        server: server.base.clone(),
                        status,
                        body: excerpt(&body),
                    })
                }
                Failure::Connection { cause, refused } => {
                    self.give_up_after(&mut retries, attempts, &server.base, None, &cause)?;
                    tracing::warn!(server = %server.base, attempt = attempts, "{cause}; retrying");
                    avoid = Some(lease.index);
                    if refused {
                        self.pool.mark_down(lease.index);
                    }
                    if self.pool.has_other_up(lease.index) {
                        Duration::ZERO
                    } else {
                        delay(self.config.backoff_base, retries, None)
                    }
                }
                Failure::BadReply {
                    status,
                    detail,
                    body,
                } => {
                    return Err(ClientError::BadReply {
                        server: server.base.clone(),
                        status,
                        detail,
                        body: excerpt(&body),
                    })
                }
                Failure::Setup { cause } => {
                    return Err(ClientError::BadBaseUrl {
                        url: server.base.clone(),
                        reason: cause,
                    })
                }
            };
            drop(lease);
            std::thread::sleep(wait);
        }
    }

    /// Counts one more retry, or gives up when the budget is spent.
    fn give_up_after(
        &self,
        retries: &mut u32,
        attempts: u32,
        server: &str,
        status: Option<u16>,
        cause: &str,
    ) -> Result<(), ClientError> {
        if *retries >= self.config.max_retries {
            return Err(ClientError::GaveUp {
                server: server.to_string(),
                status,
                attempts,
                cause: cause.to_string(),
                hint: give_up_hint(status),
            });
        }
        *retries += 1;
        Ok(())
    }
}

/// The base URL without trailing slashes, or why it cannot be used.
fn normalise_base(url: &str) -> Result<String, ClientError> {
    let trimmed = url.trim().trim_end_matches('/');
    let bad = |reason: &str| ClientError::BadBaseUrl {
        url: url.to_string(),
        reason: reason.to_string(),
    };
    let Some(rest) = trimmed
        .strip_prefix("http://")
        .or_else(|| trimmed.strip_prefix("https://"))
    else {
        return Err(bad(
            "it must start with http:// or https://, like http://127.0.0.1:8000/v1",
        ));
    };
    if rest.is_empty() || rest.starts_with('/') {
        return Err(bad("it names no host, like http://127.0.0.1:8000/v1"));
    }
    Ok(trimmed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_checked_and_trimmed() {
        assert_eq!(
            normalise_base(" http://h:1/v1/ ").unwrap(),
            "http://h:1/v1".to_string()
        );
        assert_eq!(
            normalise_base("https://api.openai.com/v1").unwrap(),
            "https://api.openai.com/v1".to_string()
        );
        for bad in ["", "h:1/v1", "ftp://h/v1", "http:///v1", "https:///v1"] {
            assert!(normalise_base(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_client_is_shared_between_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<LlmClient>();
    }

    #[test]
    fn no_server_is_an_error_and_zero_answers_make_no_request() {
        let config = ClientConfig::new(Vec::new(), "m");
        assert!(matches!(LlmClient::new(config), Err(ClientError::NoServer)));
        let config = ClientConfig::new(vec!["http://127.0.0.1:9/v1".into()], "m");
        let client = LlmClient::new(config).unwrap();
        let replies = client.chat(&[], &ChatParams::default(), 0).unwrap();
        assert!(replies.is_empty());
    }
}
