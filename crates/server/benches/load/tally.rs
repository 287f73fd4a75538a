//! Sending the load and timing the comparison: what happened to each request, and
//! the round trips of the same requests made directly and over HTTP.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use afterburner_monolith::runner::Runner;
use afterburner_monolith::Status;

use crate::client::{case, direct_request, execute_body, is_right, Answer, Attempts, Client};
use crate::Settings;

/// Unmeasured runs of each side before the latency comparison.
const WARMUP: usize = 5;

/// What happened to the requests of a load.
#[derive(Default)]
pub struct Tally {
    /// Requests sent (each counted once, however often it was retried).
    pub sent: usize,
    /// Requests that got a final HTTP answer.
    pub answered: usize,
    /// Requests that got none: a connection error or a timeout.
    pub lost: usize,
    /// Requests refused with 503 at every attempt, until the client gave up.
    pub gave_up: usize,
    /// Final answers with a 5xx status (a 503 only when it named no `Retry-After`).
    pub server_errors: usize,
    /// Final answers with another status than 200 or 5xx.
    pub client_errors: usize,
    /// 503 answers, over all attempts of all requests.
    pub refused_503: usize,
    /// Requests refused with 503 at least once.
    pub refused_requests: usize,
    /// Attempts after the first, over all requests.
    pub retries: usize,
    /// 200 answers whose run did not succeed or printed something else.
    pub wrong: usize,
    /// Of each answered request, from its first attempt to its final answer, in ms.
    pub latencies_ms: Vec<f64>,
    /// The first failure seen, to show what went wrong.
    pub first_failure: Option<String>,
}

impl Tally {
    fn record(&mut self, answer: Answer, attempts: Attempts, expected: &str, elapsed: Duration) {
        self.sent += 1;
        self.refused_503 += attempts.refused_503;
        self.refused_requests += usize::from(attempts.refused_503 > 0);
        self.retries += attempts.retries;
        let failure = match answer {
            Answer::Lost(e) => {
                self.lost += 1;
                Some(format!("lost: {e}"))
            }
            Answer::GaveUp => {
                self.gave_up += 1;
                Some(format!(
                    "gave up after {} attempts, each refused with 503",
                    attempts.refused_503
                ))
            }
            Answer::Http(status, body) => {
                self.answered += 1;
                self.latencies_ms.push(elapsed.as_secs_f64() * 1000.0);
                match status {
                    200 if is_right(&body, expected) => None,
                    200 => {
                        self.wrong += 1;
                        Some(format!("wrong answer (expected {expected:?}): {body}"))
                    }
                    500.. => {
                        self.server_errors += 1;
                        Some(format!("{status}: {body}"))
                    }
                    _ => {
                        self.client_errors += 1;
                        Some(format!("{status}: {body}"))
                    }
                }
            }
        };
        if self.first_failure.is_none() {
            self.first_failure = failure;
        }
    }

    fn merge(&mut self, other: Tally) {
        self.sent += other.sent;
        self.answered += other.answered;
        self.lost += other.lost;
        self.gave_up += other.gave_up;
        self.server_errors += other.server_errors;
        self.client_errors += other.client_errors;
        self.refused_503 += other.refused_503;
        self.refused_requests += other.refused_requests;
        self.retries += other.retries;
        self.wrong += other.wrong;
        self.latencies_ms.extend(other.latencies_ms);
        self.first_failure = self.first_failure.take().or(other.first_failure);
    }

    /// Requests that ended without an answer: lost, or given up after refusals.
    pub fn unanswered(&self) -> usize {
        self.lost + self.gave_up
    }

    /// Whether every request sent is accounted for: answered or reported unanswered.
    pub fn accounted(&self) -> bool {
        self.sent == self.answered + self.unanswered()
    }

    /// Whether any request failed: unanswered, not 200, or wrong.
    pub fn failed(&self) -> bool {
        self.unanswered() + self.server_errors + self.client_errors + self.wrong > 0
    }
}

/// Sends `requests` requests from `concurrency` threads; returns the tally and the
/// time the whole load took.
pub fn load(requests: usize, concurrency: usize, client: &Client) -> (Tally, Duration) {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let step = (requests / 10).max(1);
    let started = Instant::now();
    let tallies: Vec<Tally> = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..concurrency)
            .map(|_| {
                scope.spawn(|| {
                    let mut tally = Tally::default();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= requests {
                            return tally;
                        }
                        let (body, expected) = execute_body(i);
                        let sent = Instant::now();
                        let (answer, attempts) = client.execute(&body);
                        tally.record(answer, attempts, &expected, sent.elapsed());
                        let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
                        if finished % step == 0 {
                            eprintln!(
                                "    {finished}/{requests} done after {:.1} s",
                                started.elapsed().as_secs_f64()
                            );
                        }
                    }
                })
            })
            .collect();
        threads
            .into_iter()
            .map(|t| t.join().expect("a load thread panicked"))
            .collect()
    });
    let elapsed = started.elapsed();
    let mut total = Tally::default();
    for tally in tallies {
        total.merge(tally);
    }
    (total, elapsed)
}

/// Times request `i` made over HTTP (until the whole body is read), checking its answer.
fn http_ms(client: &Client, i: usize) -> f64 {
    let (body, expected) = execute_body(i);
    let started = Instant::now();
    let (answer, _) = client.execute(&body);
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    match answer {
        Answer::Http(200, text) if is_right(&text, &expected) => ms,
        Answer::Http(status, text) => panic!("request {i} over HTTP: {status} {text}"),
        Answer::Lost(e) => panic!("request {i} over HTTP got no answer: {e}"),
        Answer::GaveUp => panic!("request {i} over HTTP was refused at every attempt"),
    }
}

/// Times request `i` made with `Runner::run`, checking its result.
fn direct_ms(runner: &Runner, i: usize, core: usize) -> f64 {
    let request = direct_request(i, core);
    let started = Instant::now();
    let result = runner.run(&request);
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    assert_eq!(
        result.status,
        Status::Success,
        "direct run {i}: {:?}",
        result.reason
    );
    assert_eq!(result.stdout, case(i).1, "direct run {i}");
    ms
}

/// Runs per second of the library itself with every core busy: one thread per core of
/// `cores`, each calling `Runner::run` on its own core, `requests` runs in all. What the
/// server's workers could do with no HTTP, queue or store in the way.
pub fn library_rps(runner: &Runner, cores: &[usize], requests: usize) -> f64 {
    let next = AtomicUsize::new(0);
    let started = Instant::now();
    std::thread::scope(|scope| {
        for &core in cores {
            let next = &next;
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= requests {
                    break;
                }
                direct_ms(runner, i, core);
            });
        }
    });
    requests as f64 / started.elapsed().as_secs_f64()
}

/// Round trips (ms) of the same requests made directly and over HTTP, one at a time,
/// alternating so that a noisy period of the host disturbs both sides alike.
pub fn added_latency(
    settings: &Settings,
    runner: &Runner,
    client: &Client,
) -> (Vec<f64>, Vec<f64>) {
    for i in 0..WARMUP {
        direct_ms(runner, i, settings.core);
        http_ms(client, i);
    }
    let (mut direct, mut http) = (Vec::new(), Vec::new());
    for i in 0..settings.latency_runs {
        direct.push(direct_ms(runner, i, settings.core));
        http.push(http_ms(client, i));
    }
    (direct, http)
}
