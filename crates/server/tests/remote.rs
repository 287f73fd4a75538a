//! The fleet client against real servers over real HTTP: the same results as the local
//! pool, work on every server, patience with a full server, runs moved off a server
//! that went away, and clear errors for dead addresses and refused requests.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::pool::{Execute, Pool};
use afterburner_monolith::runner::{RunRequest, Runner};
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig, Stdin};
use afterburner_monolith::{Language, RunResult, Status};
use afterburner_server::remote::{Fleet, FleetError, RetryPolicy, ServerUrl};
use afterburner_server::{ServeError, Server, ServerConfig};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// A runner as `afterburner serve` builds it, with a compile cache of its own.
fn runner(cache: &tempfile::TempDir) -> Arc<Runner> {
    let sandbox =
        Sandbox::new(SandboxConfig::default()).expect("the sandbox needs root and cgroups");
    Arc::new(Runner::new(
        Arc::new(sandbox),
        Toolchains::discover_all(),
        CompileCache::new(cache.path()),
    ))
}

/// A server started in this process on a free loopback port.
struct Running {
    url: ServerUrl,
    addr: SocketAddr,
    stop: oneshot::Sender<()>,
    serving: JoinHandle<Result<(), ServeError>>,
}

impl Running {
    async fn start(runner: Arc<Runner>, workers: usize, queue: usize) -> Running {
        let config = ServerConfig {
            bind: "127.0.0.1:0".parse().unwrap(),
            cpus: CpuSet::allowed().unwrap(),
            workers: Some(workers),
            queue,
            ..ServerConfig::default()
        };
        let server = Server::start(config, runner, None).await.unwrap();
        let addr = server.addr();
        let (stop, stopped) = oneshot::channel::<()>();
        let serving = tokio::spawn(server.run(async move {
            let _ = stopped.await;
        }));
        Running {
            url: format!("http://{addr}/").parse().unwrap(),
            addr,
            stop,
            serving,
        }
    }

    /// Stops accepting, finishes the work in hand and returns.
    async fn stop(self) {
        let _ = self.stop.send(());
        self.serving.await.unwrap().unwrap();
    }

    /// How many `POST /v1/runs` the server answered with `status`, from `/metrics`.
    async fn answered(&self, status: u16) -> u64 {
        let url = format!("http://{}/metrics", self.addr);
        let text = blocking(move || ureq::get(&url).call().unwrap().into_string().unwrap()).await;
        let series =
            format!("afterburner_http_requests_total{{route=\"/v1/runs\",status=\"{status}\"}} ");
        text.lines()
            .find_map(|line| line.strip_prefix(&series))
            .map_or(0, |count| count.trim().parse().unwrap())
    }

    /// `GET /healthz`.
    async fn health(&self) -> serde_json::Value {
        let url = format!("http://{}/healthz", self.addr);
        blocking(move || ureq::get(&url).call().unwrap().into_json().unwrap()).await
    }
}

/// Runs blocking client code off the runtime's threads.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(work).await.unwrap()
}

fn request(language: Language, source: &str, stdin: Stdin) -> RunRequest {
    let mut request = RunRequest::new(language, source);
    request.stdin = stdin;
    request
}

/// Twenty programs of every kind of outcome, with stdin as text, bytes and a file.
fn mixed_batch(stdin_file: &std::path::Path) -> Vec<RunRequest> {
    let sum_py = "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n";
    let sum_cpp = "#include <cstdio>\nint main(){ long long a, s = 0; while (std::scanf(\"%lld\", &a) == 1) s += a; std::printf(\"%lld\\n\", s); }\n";
    let mut spin = request(Language::Python, "while True:\n    pass\n", Stdin::Empty);
    spin.limits.wall_ms = 1_000;
    spin.limits.cpu_ms = 1_000;
    let mut batch = vec![
        spin,
        request(Language::Cpp, "int main( {\n", Stdin::Empty),
        request(
            Language::Python,
            "import sys\nsys.stdout.write(sys.stdin.buffer.read().hex())\n",
            Stdin::Bytes(vec![0xff, 0x00, b'a'].into()),
        ),
        request(
            Language::Python,
            sum_py,
            Stdin::File(stdin_file.to_path_buf()),
        ),
        request(
            Language::Python,
            "import sys\nprint('failing')\nsys.exit(3)\n",
            Stdin::Empty,
        ),
    ];
    for i in 0..15 {
        let numbers = (0..=i).map(|n| n.to_string()).collect::<Vec<_>>().join(" ");
        batch.push(match i % 3 {
            0 => request(
                Language::Cpp,
                sum_cpp,
                Stdin::Bytes(numbers.into_bytes().into()),
            ),
            1 => request(
                Language::Python,
                sum_py,
                Stdin::Bytes(numbers.into_bytes().into()),
            ),
            _ => request(
                Language::Python,
                &format!("print('run {i}')\n"),
                Stdin::Empty,
            ),
        });
    }
    batch
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mixed_batch_gives_the_local_results_and_is_spread_over_both_servers() {
    let cache = tempfile::tempdir().unwrap();
    let runner = runner(&cache);
    let (one, two) = (
        Running::start(Arc::clone(&runner), 1, 64).await,
        Running::start(Arc::clone(&runner), 2, 64).await,
    );
    let stdin_file = cache.path().join("numbers.txt");
    std::fs::write(&stdin_file, "40 2\n").unwrap();
    let batch = mixed_batch(&stdin_file);

    let urls = vec![one.url.clone(), two.url.clone()];
    let remote_batch = batch.clone();
    let (width, remote, reported) = blocking(move || {
        let fleet = Fleet::connect(&urls).unwrap();
        let reported = AtomicUsize::new(0);
        let results = fleet.run_all(&remote_batch, &|_, _| {
            reported.fetch_add(1, Ordering::Relaxed);
        });
        (fleet.width(), results, reported.into_inner())
    })
    .await;
    let local_runner = Arc::clone(&runner);
    let local = blocking(move || {
        Pool::new(&local_runner, &CpuSet::allowed().unwrap()).run_all(&batch, &|_, _| {})
    })
    .await;

    assert_eq!(width, 3, "the width is the sum of the servers' workers");
    assert_eq!(reported, 20, "every run is reported as it finishes");
    assert_eq!(remote.len(), local.len());
    for (i, (remote, local)) in remote.iter().zip(&local).enumerate() {
        assert_eq!(remote.status, local.status, "run {i}: {remote:?}");
        assert_eq!(remote.stdout, local.stdout, "run {i}");
        assert_eq!(remote.exit_code, local.exit_code, "run {i}");
    }
    let statuses: Vec<Status> = remote[..5].iter().map(|r| r.status).collect();
    assert_eq!(
        statuses,
        [
            Status::Timeout,
            Status::CompileError,
            Status::Success,
            Status::Success,
            Status::RuntimeError
        ]
    );
    assert_eq!(remote[2].stdout, "ff0061");
    assert_eq!(remote[3].stdout, "42\n");
    assert_eq!(remote[17].stdout, "78\n");
    assert_eq!(remote[18].stdout, "91\n");
    assert!(remote[19].metrics.peak_memory_kb > 0);

    let (on_one, on_two) = (one.answered(200).await, two.answered(200).await);
    assert_eq!(on_one + on_two, 20, "each run is sent once");
    assert!(
        on_one > 0 && on_two > 0,
        "both servers get work: {on_one} and {on_two}"
    );
    one.stop().await;
    two.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_server_makes_the_fleet_wait_and_retry_until_it_has_room() {
    let cache = tempfile::tempdir().unwrap();
    let full = Running::start(runner(&cache), 1, 1).await;
    // Another client fills the only worker, then the one queue place, with slow runs
    // (one after the other: two at once could both find the worker not yet free).
    let mut blockers = Vec::new();
    let started = Instant::now();
    for (busy, queued) in [(1, 0), (1, 1)] {
        let url = full.url.at("/v1/runs");
        blockers.push(tokio::task::spawn_blocking(move || {
            let answer = ureq::post(&url).send_json(serde_json::json!({
                "language": "python",
                "code": "import time\ntime.sleep(1.5)\nprint('slept')\n",
            }));
            match answer {
                Ok(response) => response.status(),
                Err(ureq::Error::Status(status, _)) => status,
                Err(e) => panic!("a slow run was not sent: {e}"),
            }
        }));
        loop {
            let health = full.health().await;
            if health["busy_workers"] == busy && health["queue_depth"] == queued {
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(20), "{health}");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    let urls = vec![full.url.clone()];
    let results = blocking(move || {
        let fleet = Fleet::connect(&urls).unwrap();
        let batch = vec![RunRequest::new(Language::Python, "print('patient')\n"); 3];
        fleet.run_all(&batch, &|_, _| {})
    })
    .await;

    for result in &results {
        assert_eq!(result.status, Status::Success, "{result:?}");
        assert_eq!(result.stdout, "patient\n");
    }
    assert!(
        started.elapsed() >= Duration::from_millis(1500),
        "the runs waited for the slow ones"
    );
    for blocker in blockers {
        assert_eq!(blocker.await.unwrap(), 200);
    }
    assert!(
        full.answered(503).await >= 1,
        "the server was full at first"
    );
    assert_eq!(full.answered(200).await, 5);
    full.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_move_off_a_server_that_went_away() {
    let cache = tempfile::tempdir().unwrap();
    let runner = runner(&cache);
    let leaving = Running::start(Arc::clone(&runner), 2, 64).await;
    let staying = Running::start(runner, 1, 64).await;
    let urls = vec![leaving.url.clone(), staying.url.clone()];
    let fleet = blocking(move || Fleet::connect(&urls).unwrap()).await;
    let gone = leaving.url.to_string();
    leaving.stop().await;

    let results = blocking(move || {
        let batch: Vec<RunRequest> = (0..6)
            .map(|i| RunRequest::new(Language::Python, format!("print({i} * {i})\n")))
            .collect();
        fleet.run_all(&batch, &|_, _| {})
    })
    .await;
    for (i, result) in results.iter().enumerate() {
        assert_eq!(
            result.status,
            Status::Success,
            "run {i} (after {gone} stopped): {result:?}"
        );
        assert_eq!(result.stdout, format!("{}\n", i * i));
    }
    assert_eq!(staying.answered(200).await, 6);
    staying.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_no_server_can_take_ends_as_a_sandbox_error_naming_the_server() {
    let cache = tempfile::tempdir().unwrap();
    let server = Running::start(runner(&cache), 1, 8).await;
    let url = server.url.clone();
    let policy = RetryPolicy {
        attempts: 3,
        base_delay: Duration::from_millis(10),
        ..RetryPolicy::default()
    };
    let urls = vec![url.clone()];
    let fleet = blocking(move || Fleet::connect_with(&urls, policy).unwrap()).await;

    // A request the server rejects is answered at once, with the server's reason.
    let (rejected, fleet) = blocking(move || {
        let mut request = RunRequest::new(Language::Python, "print(1)\n");
        request.sample_hz = 0;
        let result = fleet.run_all(&[request], &|_, _| {}).remove(0);
        (result, fleet)
    })
    .await;
    assert_eq!(rejected.status, Status::SandboxError);
    let reason = rejected.reason.unwrap();
    assert!(
        reason.contains(&url.to_string()) && reason.contains("400"),
        "{reason}"
    );
    assert!(reason.contains("sample_hz"), "{reason}");
    assert_eq!(
        server.answered(400).await,
        1,
        "a refused request is not sent again"
    );

    // A server that is gone uses up the attempts, and the run says where and why.
    server.stop().await;
    let started = Instant::now();
    let lost: RunResult = blocking(move || {
        fleet
            .run_all(
                &[RunRequest::new(Language::Python, "print(1)\n")],
                &|_, _| {},
            )
            .remove(0)
    })
    .await;
    assert_eq!(lost.status, Status::SandboxError);
    let reason = lost.reason.unwrap();
    assert!(reason.contains("gave up after 3 attempts"), "{reason}");
    assert!(reason.contains(&url.to_string()), "{reason}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dead_address_among_live_ones_is_named_when_the_fleet_is_made() {
    let cache = tempfile::tempdir().unwrap();
    let live = Running::start(runner(&cache), 1, 8).await;
    // A port that was free a moment ago and has no listener now.
    let dead_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dead: ServerUrl = format!("http://127.0.0.1:{dead_port}").parse().unwrap();
    let urls = vec![live.url.clone(), dead.clone()];
    let error = blocking(move || Fleet::connect(&urls).unwrap_err()).await;
    match &error {
        FleetError::Unhealthy { unhealthy, total } => {
            assert_eq!(*total, 2);
            assert_eq!(unhealthy.len(), 1);
            assert_eq!(unhealthy[0].url, dead);
        }
        other => panic!("expected the dead server to be named: {other}"),
    }
    let message = error.to_string();
    assert!(message.contains(&dead.to_string()), "{message}");
    assert!(message.contains("1 of 2"), "{message}");
    assert!(matches!(Fleet::connect(&[]), Err(FleetError::NoServers)));
    live.stop().await;
}
