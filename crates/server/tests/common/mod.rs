//! Shared set-up for the server's integration tests: a real server on a free loopback
//! port, with real workers and a real sandbox, stopped when the handle drops.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::Arc;

use afterburner_monolith::cache::CompileCache;
use afterburner_monolith::cpuset::CpuSet;
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::runner::Runner;
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
use afterburner_server::{Server, ServerConfig};
use afterburner_venus::Problem;

/// A running server; dropping it shuts the server down.
pub struct TestServer {
    /// Its address.
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TestServer {
    /// `http://addr`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// `http://addr` + `path`.
    pub fn at(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Asks the server to stop and waits until it has finished its work.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// A runner with full isolation and the tests' shared compile cache.
pub fn runner() -> Arc<Runner> {
    let sandbox =
        Sandbox::new(SandboxConfig::default()).expect("the sandbox needs root and cgroups");
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("compile-cache");
    Arc::new(Runner::new(
        Arc::new(sandbox),
        Toolchains::discover_all(),
        CompileCache::new(cache),
    ))
}

/// The default test configuration: loopback port 0, all allowed CPUs.
pub fn config() -> ServerConfig {
    ServerConfig {
        bind: "127.0.0.1:0".parse().unwrap(),
        cpus: CpuSet::allowed().unwrap(),
        ..ServerConfig::default()
    }
}

/// Starts a server with `config` on its own runtime thread.
pub fn start(config: ServerConfig) -> TestServer {
    start_with(config, None)
}

/// Starts a server with `config` and a loaded problem set.
pub fn start_with(config: ServerConfig, problems: Option<Vec<Problem>>) -> TestServer {
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let server = Server::start(config, runner(), problems).await.unwrap();
            addr_tx.send(server.addr()).unwrap();
            server
                .run(async move {
                    let _ = stop_rx.await;
                })
                .await
                .unwrap();
        });
    });
    let addr = addr_rx.recv().expect("the server started");
    TestServer {
        addr,
        stop: Some(stop_tx),
        thread: Some(thread),
    }
}

/// POSTs `body` as JSON; returns the status and the parsed answer (or its text).
pub fn post(url: &str, body: &serde_json::Value) -> (u16, serde_json::Value) {
    answer(ureq::post(url).send_json(body))
}

/// POSTs raw bytes with a JSON content type.
pub fn post_raw(url: &str, body: &[u8]) -> (u16, serde_json::Value) {
    answer(
        ureq::post(url)
            .set("content-type", "application/json")
            .send_bytes(body),
    )
}

/// GETs `url`.
pub fn get(url: &str) -> (u16, serde_json::Value) {
    answer(ureq::get(url).call())
}

fn answer(result: Result<ureq::Response, ureq::Error>) -> (u16, serde_json::Value) {
    let response = match result {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("transport error: {e}"),
    };
    let status = response.status();
    let text = response.into_string().unwrap_or_default();
    let value = serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text));
    (status, value)
}
