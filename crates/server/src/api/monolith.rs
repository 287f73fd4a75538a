//! The original Monolith protocol: `POST /execute`, `GET /results/{task_id}`,
//! `GET /status`, `DELETE /clean/{limit}`.
//!
//! Differences from the original, kept deliberately: results stay fetchable until they
//! expire (the original forgot a result once read), `duration` is the program's wall
//! time measured from `execve` (not the container's life), `integral` is ∫ memory dt in
//! KB·ms (the original summed running peaks per sample), and `libraries` cannot be
//! installed (the sandbox has no network): a request naming any is refused.

use afterburner_monolith::runner::{RunRequest, Runner};
use afterburner_monolith::sandbox::Stdin;
use afterburner_monolith::{Language, Limits, RunResult, Status};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::error::{from_value, parse_json, ApiError};
use super::{new_task_id, response_of, AppState, Perform};
use crate::metrics::Metrics;
use crate::store::{Protocol, TaskRecord, TaskState};

/// The original's default `timeout`, in seconds.
const DEFAULT_TIMEOUT_S: f64 = 30.0;
/// The original's cap on `timeout`, in seconds.
const MAX_TIMEOUT_S: f64 = 120.0;
/// Part of `timeout` kept for compiling and answering, at most a quarter of it.
const ANSWER_MARGIN_MS: u64 = 250;
/// The original's container memory limit.
const MEMORY_KB: u64 = 1024 * 1024;

/// The body of `POST /execute`.
#[derive(Debug, Deserialize)]
struct ExecuteRequest {
    code: Option<String>,
    language: Option<String>,
    #[serde(default)]
    libraries: Option<Vec<String>>,
    #[serde(default)]
    timeout: Option<f64>,
    #[serde(default)]
    run_profiling: Option<bool>,
    #[serde(default)]
    run_memory_profile: Option<bool>,
    #[serde(default)]
    stdin: Option<String>,
    /// Answer with the task id at once and run in the background.
    #[serde(default, rename = "async")]
    asynchronous: Option<bool>,
}

/// Query of `POST /execute`: `?async=true` is the asynchronous flavour.
#[derive(Debug, Deserialize)]
pub struct ExecuteQuery {
    #[serde(default, rename = "async")]
    asynchronous: Option<bool>,
}

/// A validated `/execute` request.
#[derive(Debug, Clone)]
struct Execute {
    request: RunRequest,
    asynchronous: bool,
}

fn validate(body: ExecuteRequest) -> Result<Execute, ApiError> {
    let code = body
        .code
        .filter(|c| !c.trim().is_empty())
        .ok_or_else(|| ApiError::bad_request("No code provided: send the program as `code`"))?;
    let language: Language = body
        .language
        .ok_or_else(|| {
            ApiError::bad_request(
                "No language provided: send `language` (python, cpp, java, javascript, go, rust)",
            )
        })?
        .parse()?;
    if let Some(libraries) = body.libraries.as_ref().filter(|l| !l.is_empty()) {
        return Err(ApiError::bad_request(format!(
            "`libraries` cannot be installed: the sandbox has no network. Remove {libraries:?}; the standard library and the toolchains' own libraries are available"
        )));
    }
    let timeout = body.timeout.unwrap_or(DEFAULT_TIMEOUT_S);
    if timeout.is_nan() || timeout <= 0.0 {
        return Err(ApiError::bad_request(format!(
            "`timeout` must be a positive number of seconds, got {timeout}"
        )));
    }
    // `timeout` covers the whole task, as in the original (where it also paid for the
    // container): the program gets it less a margin for compiling and answering, so the
    // answer arrives before a client that waits `timeout` seconds gives up.
    let timeout_ms = (timeout.min(MAX_TIMEOUT_S) * 1000.0).round() as u64;
    let timeout_ms = timeout_ms - ANSWER_MARGIN_MS.min(timeout_ms / 4);
    let mut request = RunRequest::new(language, code);
    request.stdin = body
        .stdin
        .map(|s| Stdin::Bytes(s.into_bytes().into()))
        .unwrap_or(Stdin::Empty);
    request.limits = Limits {
        wall_ms: timeout_ms,
        cpu_ms: timeout_ms,
        memory_kb: MEMORY_KB,
        ..Limits::default()
    };
    // Profiling is always on here: sampling costs under 1%.
    let _ = (body.run_profiling, body.run_memory_profile);
    Ok(Execute {
        request,
        asynchronous: body.asynchronous.unwrap_or(false),
    })
}

/// The original's answer for a finished run.
fn respond(task_id: &str, result: &RunResult) -> Value {
    let (status, error) = match result.status {
        // The program ran to its end: its exit code and output tell the rest.
        Status::Success | Status::RuntimeError => ("success", Value::Null),
        Status::Timeout => ("timeout", json!("Task timed out.")),
        _ => (
            "error",
            json!(result
                .reason
                .clone()
                .unwrap_or_else(|| result.status.name().to_string())),
        ),
    };
    let mut log = format!(
        "status={} exit_code={} cpu_ms={:.3} samples={} sample_hz={:.0}",
        result.status,
        result
            .exit_code
            .map_or_else(|| "none".to_string(), |c| c.to_string()),
        result.metrics.cpu_ms,
        result.metrics.samples,
        result.metrics.sample_hz,
    );
    if let Some(reason) = &result.reason {
        log.push_str(&format!(" reason={reason}"));
    }
    if let Some(compile) = result.compile.as_ref().filter(|c| !c.output.is_empty()) {
        log.push_str(&format!("\ncompiler output:\n{}", compile.output));
    }
    json!({
        "task_id": task_id,
        "status": status,
        "error": error,
        "output_dict": {
            "stdout": result.stdout,
            "stderr": result.stderr,
            "duration": result.metrics.wall_ms,
            "cpu_time": result.metrics.cpu_ms,
            "peak_memory": result.metrics.peak_memory_kb,
            "integral": result.metrics.integral_kb_ms,
            "exit_code": result.exit_code,
            "verdict": result.status,
            "log": log,
        },
    })
}

fn perform(task_id: String, request: RunRequest) -> Perform {
    Box::new(
        move |runner: &Runner, core: Option<usize>, metrics: &Metrics| {
            let mut pinned = request;
            pinned.cpu = core;
            let result = runner.run(&pinned);
            metrics.record_run(pinned.language, &result);
            respond(&task_id, &result)
        },
    )
}

/// Rebuilds a stored `/execute` task's work.
pub fn perform_stored(task: &TaskRecord) -> Result<Perform, ApiError> {
    let execute = validate(from_value(task.request.clone())?)?;
    Ok(perform(task.id.clone(), execute.request))
}

/// `POST /execute`.
pub async fn execute(
    State(state): State<AppState>,
    Query(query): Query<ExecuteQuery>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let raw: Value = parse_json(&body)?;
    let execute = validate(from_value(raw.clone())?)?;
    let asynchronous = execute.asynchronous || query.asynchronous.unwrap_or(false);
    let task_id = new_task_id();
    let task = TaskRecord::queued(task_id.clone(), Protocol::Monolith, raw);
    let work = perform(task_id.clone(), execute.request);
    if asynchronous {
        let accept = {
            let state = state.clone();
            tokio::task::spawn_blocking(move || state.accept(task, true, work))
        };
        accept
            .await
            .map_err(|e| ApiError::internal(e.to_string()))??;
        return Ok(Json(
            json!({"task_id": task_id, "status": "processing", "error": null}),
        ));
    }
    let rx = state.accept(task, false, work)?;
    Ok(Json(response_of(rx).await?))
}

/// `GET /results/{task_id}`: the stored answer, or `processing` while it runs.
pub async fn results(
    State(state): State<AppState>,
    Path(task_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let task = state.task(&task_id)?;
    Ok(Json(match (task.state, task.response) {
        (TaskState::Done, Some(response)) => response,
        (TaskState::Interrupted, response) => json!({
            "task_id": task.id,
            "status": "error",
            "error": response.unwrap_or_else(|| json!("the task was interrupted")),
        }),
        _ => json!({"task_id": task.id, "status": "processing", "error": null}),
    }))
}

/// `GET /status`: the original's fields, plus the store's size.
pub async fn status(State(state): State<AppState>) -> Json<Value> {
    let busy = state.queue.busy();
    let stored = state.store.len().unwrap_or(0);
    Json(json!({
        "max_queue_size": state.queue.capacity(),
        "current_queue_size": state.queue.depth(),
        "current_result_cache_size": stored,
        "number_of_worker": state.workers,
        // The original's convention: true means idle.
        "worker_status": busy.iter().map(|b| !b).collect::<Vec<bool>>(),
    }))
}

/// `DELETE /clean/{limit}`: keeps the `limit` newest finished results.
pub async fn clean(
    State(state): State<AppState>,
    Path(limit): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let limit: usize = limit.parse().map_err(|_| {
        ApiError::bad_request(format!(
            "`{limit}` is not a count: DELETE /clean/N keeps the N newest results"
        ))
    })?;
    let store = std::sync::Arc::clone(&state.store);
    let removed = tokio::task::spawn_blocking(move || store.trim(limit))
        .await
        .map_err(|e| ApiError::internal(e.to_string()))?
        .map_err(|e| ApiError::internal(e.to_string()))?;
    Ok(Json(json!({
        "status": "success",
        "removed": removed,
        "current_result_cache_size": state.store.len().unwrap_or(0),
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(value: Value) -> Result<Execute, ApiError> {
        validate(from_value(value)?)
    }

    #[test]
    fn requests_are_checked_with_messages_that_say_what_to_fix() {
        let err = body(json!({"language": "python"})).unwrap_err();
        assert!(err.message.contains("No code"), "{}", err.message);
        let err = body(json!({"code": "x", "language": "ruby"})).unwrap_err();
        assert!(
            err.message.contains("ruby") && err.message.contains("python"),
            "{}",
            err.message
        );
        let err = body(json!({"code": "x", "language": "python", "timeout": -1})).unwrap_err();
        assert!(err.message.contains("timeout"), "{}", err.message);
        let err =
            body(json!({"code": "x", "language": "python", "libraries": ["numpy"]})).unwrap_err();
        assert!(err.message.contains("numpy"), "{}", err.message);
    }

    #[test]
    fn the_timeout_defaults_to_30_s_and_is_capped_at_120_s() {
        let ok = body(json!({"code": "x", "language": "cpp"})).unwrap();
        assert_eq!(ok.request.limits.wall_ms, 30_000 - ANSWER_MARGIN_MS);
        assert_eq!(ok.request.language, Language::Cpp);
        let ok = body(json!({"code": "x", "language": "python", "timeout": 500, "libraries": []}))
            .unwrap();
        assert_eq!(ok.request.limits.wall_ms, 120_000 - ANSWER_MARGIN_MS);
        let ok = body(json!({"code": "x", "language": "python", "timeout": 0.4})).unwrap();
        assert_eq!(ok.request.limits.wall_ms, 300);
        assert_eq!(ok.request.limits.memory_kb, 1024 * 1024);
    }

    #[test]
    fn statuses_map_to_the_originals_three() {
        let mut result = RunResult::sandbox_error("x");
        for (status, expected) in [
            (Status::Success, "success"),
            (Status::RuntimeError, "success"),
            (Status::Timeout, "timeout"),
            (Status::MemoryLimit, "error"),
            (Status::CompileError, "error"),
        ] {
            result.status = status;
            assert_eq!(respond("t", &result)["status"], expected, "{status}");
        }
    }
}
