//! The server under load: many `POST /execute` requests at once, each answer counted,
//! checked and timed, every 503 refusal and retry counted; then the same against a
//! server whose queue is smaller than the load, where refusals must appear; then the
//! latency the HTTP layer adds over calling the library.
//!
//! The program is a C++ a+b, compiled by the first request and taken from the compile
//! cache afterwards: a native binary starts in about a millisecond, so the figures are
//! those of the server and the sandbox, not of an interpreter starting up. Even requests
//! send `"<i> 7"` on stdin and must print `i + 7`; odd ones send no stdin and must print
//! `hello`.
//!
//! Run as root: `cargo bench -p afterburner-server --bench load`. Environment:
//! - `AFTERBURNER_LOAD_URL`: load a running server (`http://host:port`) instead of one
//!   started in this process;
//! - `AFTERBURNER_LOAD_REQUESTS` (default 10000) and `AFTERBURNER_LOAD_CONCURRENCY`
//!   (default 64): the load, against a queue of at least 1024 that holds it;
//! - `AFTERBURNER_LOAD_OVERLOAD_REQUESTS` (default 2000) and
//!   `AFTERBURNER_LOAD_OVERLOAD_QUEUE` (default an eighth of the concurrency, and less
//!   than it): the load against a server whose queue cannot hold it (skipped with
//!   `AFTERBURNER_LOAD_URL`);
//! - `AFTERBURNER_LOAD_LATENCY_RUNS` (default 300): runs of each side of the latency
//!   comparison (then, with a server started here, the library itself is loaded the
//!   same way: `Runner::run` on every core at once, to tell the sandbox's share of
//!   the cost under load from the server's);
//! - `AFTERBURNER_LOAD_LIBRARY_RUNS` (default 3000, at most the load's requests): runs
//!   of that library comparison;
//! - `AFTERBURNER_LOAD_CORE`: the core of the latency comparison (default: the last
//!   allowed one, as `afterburner run` uses);
//! - `AFTERBURNER_LOAD_CGROUPS=0`: runs without a cgroup each (no memory limit, CPU
//!   time from `/proc`), to see what the per-run cgroups cost the lone run and the
//!   loaded machine;
//! - `AFTERBURNER_LOAD_JSON=1`: the figures as one JSON object on stdout, the report on
//!   stderr.
//!
//! The bench exits with a failure when a request of the load was lost, refused to the
//! end, ended in a 5xx or got a wrong answer; or when the overload got no refusal, lost
//! track of a request (each must be answered or reported unanswered) or got a wrong or
//! failed answer. Requests the overload leaves unanswered are reported, not failures:
//! refusing is what a full queue does. The latency target is reported, not enforced (it
//! depends on the host).

mod client;
mod report;
mod tally;

use std::net::SocketAddr;
use std::sync::Arc;
use std::thread::JoinHandle;

use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::runner::Runner;
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
use afterburner_server::{Server, ServerConfig};

use client::{case, execute_body, is_right, Answer, Client};
use report::{percentile, Figures, Run};
use tally::{added_latency, library_rps, load};

/// What the environment asks for.
struct Settings {
    /// A running server to load instead of an in-process one.
    url: Option<String>,
    /// Requests of the load.
    requests: usize,
    /// Requests in flight at once.
    concurrency: usize,
    /// Requests of the overload.
    overload_requests: usize,
    /// The queue capacity of the overloaded server (less than `concurrency`).
    overload_queue: usize,
    /// Runs of each side of the latency comparison.
    latency_runs: usize,
    /// The core of the latency comparison.
    core: usize,
    /// Runs of the library-under-load comparison.
    library_runs: usize,
    /// Give each run a cgroup (the default).
    cgroups: bool,
    /// Print the figures as JSON on stdout.
    json: bool,
}

/// The positive count in the environment variable `name`, or `default` when unset.
fn env_count(name: &str, default: usize) -> usize {
    match std::env::var(name) {
        Err(_) => default,
        Ok(text) => text
            .trim()
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .unwrap_or_else(|| panic!("{name} must be a positive whole number, got `{text}`")),
    }
}

impl Settings {
    fn from_env() -> Settings {
        let allowed = CpuSet::allowed().expect("reading the CPUs this process may use");
        let core = match std::env::var("AFTERBURNER_LOAD_CORE") {
            Err(_) => allowed.iter().last().unwrap_or(0),
            Ok(text) => text
                .trim()
                .parse()
                .ok()
                .filter(|c| allowed.contains(*c))
                .unwrap_or_else(|| {
                    panic!("AFTERBURNER_LOAD_CORE must be one of the allowed CPUs ({allowed}), got `{text}`")
                }),
        };
        let concurrency = env_count("AFTERBURNER_LOAD_CONCURRENCY", 64);
        let overload_queue = env_count("AFTERBURNER_LOAD_OVERLOAD_QUEUE", (concurrency / 8).max(1));
        assert!(
            overload_queue < concurrency,
            "AFTERBURNER_LOAD_OVERLOAD_QUEUE ({overload_queue}) must be less than the concurrency ({concurrency}), or the queue never fills"
        );
        Settings {
            url: std::env::var("AFTERBURNER_LOAD_URL")
                .ok()
                .map(|u| u.trim_end_matches('/').to_string()),
            requests: env_count("AFTERBURNER_LOAD_REQUESTS", 10_000),
            concurrency,
            overload_requests: env_count("AFTERBURNER_LOAD_OVERLOAD_REQUESTS", 2_000),
            overload_queue,
            latency_runs: env_count("AFTERBURNER_LOAD_LATENCY_RUNS", 300),
            core,
            library_runs: env_count("AFTERBURNER_LOAD_LIBRARY_RUNS", 3000),
            cgroups: std::env::var("AFTERBURNER_LOAD_CGROUPS").map_or(true, |v| v.trim() != "0"),
            json: std::env::var("AFTERBURNER_LOAD_JSON").is_ok_and(|v| v == "1"),
        }
    }

    /// Prints a line of the report: to stdout, or to stderr when stdout holds JSON.
    fn say(&self, line: impl std::fmt::Display) {
        if self.json {
            eprintln!("{line}");
        } else {
            println!("{line}");
        }
    }
}

/// A server running in this process on its own runtime thread.
struct LocalServer {
    addr: SocketAddr,
    stop: tokio::sync::oneshot::Sender<()>,
    thread: JoinHandle<()>,
}

impl LocalServer {
    fn start(config: ServerConfig, runner: Arc<Runner>) -> LocalServer {
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .expect("starting the server's runtime");
            runtime.block_on(async move {
                let server = Server::start(config, runner, None)
                    .await
                    .expect("starting the server");
                addr_tx
                    .send(server.addr())
                    .expect("the bench waits for the address");
                let shutdown = async move {
                    let _ = stopped.await;
                };
                server.run(shutdown).await.expect("serving");
            });
        });
        let addr = addr_rx
            .recv()
            .expect("the server did not start: see the panic above");
        LocalServer { addr, stop, thread }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops the server and waits until its workers are done.
    fn stop(self) {
        let _ = self.stop.send(());
        self.thread.join().expect("the server thread panicked");
    }
}

fn main() {
    let settings = Settings::from_env();
    let cache = tempfile::tempdir().expect("a temporary compile cache");
    let state = tempfile::tempdir().expect("a temporary state directory");
    let config = SandboxConfig {
        cgroups: settings.cgroups,
        ..SandboxConfig::default()
    };
    let runner = match Sandbox::new(config) {
        Ok(sandbox) => Arc::new(Runner::new(
            Arc::new(sandbox),
            Toolchains::discover_all(),
            CompileCache::new(cache.path()),
        )),
        Err(e) => panic!("setting up the sandbox: {e}; run the bench as root"),
    };
    let allowed = CpuSet::allowed().expect("reading the CPUs this process may use");
    let queue = settings.concurrency.max(1024);
    let local = |name: &str, cpus: CpuSet, workers: Option<usize>, queue: usize| {
        let config = ServerConfig {
            bind: ([127, 0, 0, 1], 0).into(),
            cpus,
            workers,
            queue,
            state_dir: Some(state.path().join(name)),
            ..ServerConfig::default()
        };
        LocalServer::start(config, Arc::clone(&runner))
    };

    settings.say(format_args!(
        "afterburner serve under load: {} POST /execute of a C++ a+b (compiled once, then cached; every other request with stdin), {} at a time",
        settings.requests, settings.concurrency
    ));
    if !settings.cgroups {
        settings.say("  runs without a cgroup each (AFTERBURNER_LOAD_CGROUPS=0)");
    }
    let load_server = settings
        .url
        .is_none()
        .then(|| local("load", allowed.clone(), None, queue));
    let load_target = match (&settings.url, &load_server) {
        (Some(url), _) => {
            settings.say(format_args!("  server: {url}"));
            url.clone()
        }
        (None, Some(server)) => {
            settings.say(format_args!(
                "  server: in this process at {}, one worker per CPU of {allowed}, queue {queue}, state in a temporary directory",
                server.url()
            ));
            server.url()
        }
        (None, None) => unreachable!("a server is started when no URL is given"),
    };
    let client = Client::new(&load_target, settings.concurrency);
    let (first, _) = client.execute(&execute_body(0).0);
    match first {
        Answer::Http(200, body) if is_right(&body, &case(0).1) => {}
        Answer::Http(status, body) => panic!("the first request failed ({status}): {body}"),
        Answer::Lost(e) => panic!("the first request got no answer: {e}"),
        Answer::GaveUp => panic!("the first request was refused at every attempt"),
    }
    let (tally, elapsed) = load(settings.requests, settings.concurrency, &client);
    drop(client);
    if let Some(server) = load_server {
        server.stop();
    }

    let overload = settings.url.is_none().then(|| {
        settings.say(format_args!(
            "\noverload: {} requests, {} at a time, against a server whose queue holds {}: refused requests are retried after their Retry-After, at most {} attempts",
            settings.overload_requests,
            settings.concurrency,
            settings.overload_queue,
            client::MAX_ATTEMPTS
        ));
        let server = local("overload", allowed.clone(), None, settings.overload_queue);
        let client = Client::new(&server.url(), settings.concurrency);
        let outcome = load(settings.overload_requests, settings.concurrency, &client);
        drop(client);
        server.stop();
        outcome
    });

    settings.say(format_args!(
        "\nadded latency: {} runs each, directly (Runner::run) and over HTTP, one at a time, alternating, on CPU {}",
        settings.latency_runs, settings.core
    ));
    let latency_server = settings.url.is_none().then(|| {
        let cpus: CpuSet = std::iter::once(settings.core).collect();
        local("latency", cpus, Some(1), queue)
    });
    let latency_target = latency_server
        .as_ref()
        .map_or_else(|| load_target.clone(), LocalServer::url);
    if settings.url.is_some() {
        settings.say("  (the server's worker core is its own; the difference holds only for a server on this host)");
    }
    let (direct, http) = added_latency(&settings, &runner, &Client::new(&latency_target, 1));
    if let Some(server) = latency_server {
        server.stop();
    }

    let library = settings.url.is_none().then(|| {
        let cores: Vec<usize> = allowed.iter().collect();
        let requests = settings.requests.min(settings.library_runs);
        settings.say(format_args!(
            "\nthe library under full load: {requests} runs with Runner::run, one thread on each of CPUs {allowed}"
        ));
        library_rps(&runner, &cores, requests)
    });

    let figures = Figures {
        server: load_target,
        load: Run {
            name: "load",
            queue: settings.url.is_none().then_some(queue),
            requests: settings.requests,
            tally: &tally,
            elapsed,
        },
        overload: overload.as_ref().map(|(tally, elapsed)| Run {
            name: "overload",
            queue: Some(settings.overload_queue),
            requests: settings.overload_requests,
            tally,
            elapsed: *elapsed,
        }),
        direct_p50_ms: percentile(&direct, 50.0),
        http_p50_ms: percentile(&http, 50.0),
        cores: settings.url.is_none().then(|| allowed.len()),
        library_rps: library,
    };
    figures.print(&settings);
    if settings.json {
        println!("{}", figures.json(&settings));
    }
    if figures.failed() {
        std::process::exit(1);
    }
}
