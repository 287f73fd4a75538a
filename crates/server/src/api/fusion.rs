//! SandboxFusion's protocol: `POST /run_code`, answered as the `sandbox-fusion` client's
//! models (`RunCodeResponse`, `CommandRunResult`) read it, so SandboxFusion clients and
//! verl's sandbox_fusion reward run against this server unchanged.
//!
//! Differences from SandboxFusion, kept deliberately (see
//! `docs/protocols/sandbox-fusion.md`): six languages only; timeouts are capped at
//! [`MAX_TIMEOUT_S`] and memory at [`MAX_MEMORY_MB`]; a program stopped by the memory or
//! output limit is a run `Error` with return code `-9` (SIGKILL), reported under a
//! `Failed` status rather than `SandboxError`; `files` are seen by the run, not by the
//! compiler; `message` says why a run failed and which `fetch_files` were skipped.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use afterburner_monolith::runner::{RunRequest, Runner};
use afterburner_monolith::sandbox::{relative_path, Stdin, WorkDir, WorkDirError};
use afterburner_monolith::{CompileReport, Language, Limits, RunResult, Status};
use axum::body::Bytes;
use axum::extract::State;
use axum::Json;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::error::{from_value, parse_json, ApiError};
use super::{new_task_id, response_of, AppState, Perform};
use crate::metrics::Metrics;
use crate::store::{Protocol, TaskRecord};

/// SandboxFusion's default `compile_timeout` and `run_timeout`, in seconds.
const DEFAULT_TIMEOUT_S: f64 = 10.0;
/// Cap on either timeout, in seconds: a longer run would hold a worker too long.
pub const MAX_TIMEOUT_S: f64 = 120.0;
/// Memory limit when `memory_limit_MB` is absent or not positive, in MiB.
const DEFAULT_MEMORY_MB: f64 = 1024.0;
/// Cap on `memory_limit_MB`, in MiB.
pub const MAX_MEMORY_MB: f64 = 4096.0;
/// Most entries in `files`, and in `fetch_files`.
const MAX_FILES: usize = 1000;
/// Most bytes of `files` after base64 decoding, all together.
const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;
/// Most bytes of fetched files returned, all together.
const MAX_FETCH_BYTES: u64 = 16 * 1024 * 1024;
/// The signal reported for runs the sandbox stopped (memory or output limit).
const SIGKILL: i32 = 9;
/// SandboxFusion's names for the languages this server runs.
const LANGUAGES: &str = "python, cpp, nodejs, go, java, rust";

/// The body of `POST /run_code`. Unknown fields (such as `args`) are ignored.
#[derive(Debug, Deserialize)]
struct RunCodeRequest {
    code: String,
    language: String,
    #[serde(default)]
    stdin: Option<String>,
    #[serde(default)]
    compile_timeout: Option<f64>,
    #[serde(default)]
    run_timeout: Option<f64>,
    #[serde(default, rename = "memory_limit_MB")]
    memory_limit_mb: Option<f64>,
    #[serde(default)]
    files: Option<BTreeMap<String, Option<String>>>,
    #[serde(default)]
    fetch_files: Option<Vec<String>>,
}

/// A validated request: what to run, the files to put in `/work`, the files to return.
#[derive(Debug)]
struct FusionRun {
    request: RunRequest,
    files: Vec<(String, Vec<u8>)>,
    fetch: Vec<String>,
}

/// How one command (the compiler or the program) ended, as SandboxFusion says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
enum CommandStatus {
    Finished,
    TimeLimitExceeded,
    Error,
}

/// SandboxFusion's `CommandRunResult`.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct CommandRunResult {
    /// How the command ended.
    status: CommandStatus,
    /// Wall time in seconds.
    execution_time: f64,
    /// The exit code; `-signal` when a signal ended it; null when the time limit did.
    return_code: Option<i32>,
    /// Standard output.
    stdout: String,
    /// Standard error (for the compiler: everything it printed).
    stderr: String,
    /// CPU time in seconds (null for the compiler, which is not measured).
    cpu_time: Option<f64>,
}

/// The outcome of the whole request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
enum RunStatus {
    /// Every command exited with 0.
    Success,
    /// A command failed, timed out or was stopped.
    Failed,
    /// The sandbox itself failed; `message` says how.
    SandboxError,
}

/// SandboxFusion's `RunCodeResponse`.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct RunCodeResponse {
    status: RunStatus,
    /// Why the run failed, and any `fetch_files` skipped; empty on a clean success.
    message: String,
    /// The compile step; null for interpreted languages and for sandbox errors.
    compile_result: Option<CommandRunResult>,
    /// The run; null when compiling failed or the sandbox did.
    run_result: Option<CommandRunResult>,
    /// Always null: there are no pods here.
    executor_pod_name: Option<String>,
    /// Each fetched file's content as base64, by the path asked for.
    files: BTreeMap<String, String>,
}

/// Files read back after a run, and notes on those that were not.
#[derive(Debug, Default)]
struct Fetched {
    files: BTreeMap<String, String>,
    notes: Vec<String>,
}

fn language(name: &str) -> Result<Language, ApiError> {
    name.parse().map_err(|_| {
        ApiError::bad_request(format!(
            "unsupported language `{name}`: this server runs {LANGUAGES} \
             (aliases such as python3, c++, javascript and golang work too)"
        ))
    })
}

/// A timeout in seconds (default when absent), checked and capped, in milliseconds.
fn timeout_ms(field: &str, seconds: Option<f64>) -> Result<u64, ApiError> {
    let seconds = seconds.unwrap_or(DEFAULT_TIMEOUT_S);
    if !(seconds > 0.0 && seconds.is_finite()) {
        return Err(ApiError::bad_request(format!(
            "`{field}` must be a positive number of seconds, got {seconds}"
        )));
    }
    Ok((seconds.min(MAX_TIMEOUT_S) * 1000.0).ceil() as u64)
}

/// `memory_limit_MB` in KiB: capped, and the default when absent or not positive.
fn memory_kb(mb: Option<f64>) -> u64 {
    let mb = mb.filter(|mb| *mb > 0.0).unwrap_or(DEFAULT_MEMORY_MB);
    (mb.min(MAX_MEMORY_MB) * 1024.0).ceil() as u64
}

/// Decodes `files` (null entries are skipped) and checks their paths and sizes.
fn input_files(
    files: BTreeMap<String, Option<String>>,
) -> Result<Vec<(String, Vec<u8>)>, ApiError> {
    let files: Vec<(String, String)> = files
        .into_iter()
        .filter_map(|(path, content)| content.map(|c| (path, c)))
        .collect();
    if files.len() > MAX_FILES {
        return Err(ApiError::bad_request(format!(
            "`files` holds {} files; send at most {MAX_FILES}",
            files.len()
        )));
    }
    let mut seen = BTreeSet::new();
    let mut total = 0;
    let mut decoded = Vec::with_capacity(files.len());
    for (path, content) in files {
        let clean =
            relative_path(&path).map_err(|e| ApiError::bad_request(format!("`files`: {e}")))?;
        if !seen.insert(clean.clone()) {
            return Err(ApiError::bad_request(format!(
                "`files`: `{path}` names a file already given"
            )));
        }
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(content.as_bytes())
            .map_err(|e| {
                ApiError::bad_request(format!(
                    "`files`: the content of `{path}` is not base64: {e}"
                ))
            })?;
        total += bytes.len();
        if total > MAX_INPUT_BYTES {
            return Err(ApiError::bad_request(format!(
                "`files` hold more than {} MiB once decoded; send less",
                MAX_INPUT_BYTES >> 20
            )));
        }
        decoded.push((path, bytes));
    }
    for clean in &seen {
        if let Some(parent) = clean.ancestors().skip(1).find(|a| seen.contains(*a)) {
            return Err(ApiError::bad_request(format!(
                "`files`: `{}` is a file, so `{}` cannot be inside it",
                parent.display(),
                clean.display()
            )));
        }
    }
    Ok(decoded)
}

/// Checks `fetch_files` paths; repeats are dropped.
fn fetch_paths(paths: Vec<String>) -> Result<Vec<String>, ApiError> {
    if paths.len() > MAX_FILES {
        return Err(ApiError::bad_request(format!(
            "`fetch_files` lists {} paths; ask for at most {MAX_FILES}",
            paths.len()
        )));
    }
    let mut seen = BTreeSet::new();
    let mut unique = Vec::with_capacity(paths.len());
    for path in paths {
        relative_path(&path).map_err(|e| ApiError::bad_request(format!("`fetch_files`: {e}")))?;
        if seen.insert(path.clone()) {
            unique.push(path);
        }
    }
    Ok(unique)
}

fn validate(body: RunCodeRequest) -> Result<FusionRun, ApiError> {
    let language = language(&body.language)?;
    let run_ms = timeout_ms("run_timeout", body.run_timeout)?;
    let compile_ms = timeout_ms("compile_timeout", body.compile_timeout)?;
    let mut request = RunRequest::new(language, body.code);
    request.stdin = body
        .stdin
        .map(|s| Stdin::Bytes(s.into_bytes().into()))
        .unwrap_or(Stdin::Empty);
    request.limits = Limits {
        wall_ms: run_ms,
        // Workers pin the program to one core: its CPU time cannot outrun the wall.
        cpu_ms: run_ms,
        memory_kb: memory_kb(body.memory_limit_mb),
        ..Limits::default()
    };
    request.compile_wall_ms = Some(compile_ms);
    Ok(FusionRun {
        request,
        files: input_files(body.files.unwrap_or_default())?,
        fetch: fetch_paths(body.fetch_files.unwrap_or_default())?,
    })
}

/// The compile step that succeeded (or came from the cache, in no time).
fn compiled(report: &CompileReport) -> CommandRunResult {
    CommandRunResult {
        status: CommandStatus::Finished,
        execution_time: report.compile_ms / 1000.0,
        return_code: Some(0),
        stdout: String::new(),
        stderr: report.output.clone(),
        cpu_time: None,
    }
}

/// The compile step that failed: the compiler's exit code, or how it was stopped.
fn compile_failed(result: &RunResult, compile_wall_ms: u64) -> CommandRunResult {
    let report = result.compile.clone().unwrap_or_default();
    let (status, return_code) = match result.exit_code {
        Some(code) => (CommandStatus::Finished, Some(code)),
        None if report.compile_ms >= compile_wall_ms as f64 => {
            (CommandStatus::TimeLimitExceeded, None)
        }
        None => (
            CommandStatus::Error,
            Some(-result.signal.unwrap_or(SIGKILL)),
        ),
    };
    CommandRunResult {
        status,
        execution_time: report.compile_ms / 1000.0,
        return_code,
        stdout: String::new(),
        stderr: report.output,
        cpu_time: None,
    }
}

/// The program's run.
fn ran(result: &RunResult) -> CommandRunResult {
    let killed = -result.signal.unwrap_or(SIGKILL);
    let (status, return_code) = match result.status {
        Status::Timeout => (CommandStatus::TimeLimitExceeded, None),
        Status::MemoryLimit | Status::OutputLimit => (CommandStatus::Error, Some(killed)),
        _ => (
            CommandStatus::Finished,
            Some(result.exit_code.unwrap_or(killed)),
        ),
    };
    CommandRunResult {
        status,
        execution_time: result.metrics.wall_ms / 1000.0,
        return_code,
        stdout: result.stdout.clone(),
        stderr: result.stderr.clone(),
        cpu_time: Some(result.metrics.cpu_ms / 1000.0),
    }
}

/// SandboxFusion's answer for a finished request.
fn respond(result: &RunResult, compile_wall_ms: u64, fetched: Fetched) -> RunCodeResponse {
    let (status, compile_result, run_result) = match result.status {
        Status::SandboxError => (RunStatus::SandboxError, None, None),
        Status::CompileError => (
            RunStatus::Failed,
            Some(compile_failed(result, compile_wall_ms)),
            None,
        ),
        _ => {
            let run = ran(result);
            let clean = run.status == CommandStatus::Finished && run.return_code == Some(0);
            let status = if clean {
                RunStatus::Success
            } else {
                RunStatus::Failed
            };
            (status, result.compile.as_ref().map(compiled), Some(run))
        }
    };
    let mut notes = fetched.notes;
    if status != RunStatus::Success {
        notes.splice(0..0, result.reason.clone());
    }
    RunCodeResponse {
        status,
        message: notes.join("; "),
        compile_result,
        run_result,
        executor_pod_name: None,
        files: fetched.files,
    }
}

/// Reads back the files asked for, within [`MAX_FETCH_BYTES`] in all.
fn fetch(work: &WorkDir, paths: &[String]) -> Fetched {
    let mut fetched = Fetched::default();
    let mut budget = MAX_FETCH_BYTES;
    for path in paths {
        match work.read(path, budget) {
            Ok(bytes) => {
                budget -= bytes.len() as u64;
                let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
                fetched.files.insert(path.clone(), encoded);
            }
            Err(WorkDirError::TooLarge { .. }) => fetched.notes.push(format!(
                "fetch_files: `{path}` skipped: at most {} MiB of files are returned in all",
                MAX_FETCH_BYTES >> 20
            )),
            Err(e) => fetched.notes.push(format!("fetch_files: {e}")),
        }
    }
    fetched
}

/// Runs `request` in a work directory holding `files`, then reads back `paths`.
fn run_with_files(
    runner: &Runner,
    mut request: RunRequest,
    files: &[(String, Vec<u8>)],
    paths: &[String],
) -> (RunResult, Fetched) {
    // Room for the inputs (a page per file at least) on top of the usual work space.
    let input_kb: u64 = files.iter().map(|(_, b)| b.len() as u64 / 1024 + 4).sum();
    let work = match runner
        .sandbox()
        .work_dir(request.limits.work_dir_kb + input_kb)
    {
        Ok(work) => work,
        Err(e) => return (RunResult::sandbox_error(e.to_string()), Fetched::default()),
    };
    for (path, contents) in files {
        if let Err(e) = work.write(path, contents) {
            let reason = format!("putting `files` in place: {e}");
            return (RunResult::sandbox_error(reason), Fetched::default());
        }
    }
    request.work_dir = Some(PathBuf::from(work.path()));
    let result = runner.run(&request);
    (result, fetch(&work, paths))
}

fn perform(run: FusionRun) -> Perform {
    Box::new(
        move |runner: &Runner, core: Option<usize>, metrics: &Metrics| {
            let FusionRun {
                mut request,
                files,
                fetch,
            } = run;
            request.cpu = core;
            let compile_wall_ms = request.compile_wall_ms.unwrap_or(u64::MAX);
            let language = request.language;
            let (result, fetched) = if files.is_empty() && fetch.is_empty() {
                (runner.run(&request), Fetched::default())
            } else {
                run_with_files(runner, request, &files, &fetch)
            };
            metrics.record_run(language, &result);
            serde_json::to_value(respond(&result, compile_wall_ms, fetched))
                .expect("a response serializes")
        },
    )
}

/// The request as kept in the task store: file contents are replaced by their size.
fn recorded(raw: &Value) -> Value {
    let mut kept = raw.clone();
    if let Some(files) = kept.get_mut("files").and_then(Value::as_object_mut) {
        for content in files.values_mut() {
            if let Some(text) = content.as_str() {
                *content = format!("<{} base64 characters, not kept>", text.len()).into();
            }
        }
    }
    kept
}

/// `POST /run_code`: runs at once (on a worker) and answers when done.
pub async fn run_code(State(state): State<AppState>, body: Bytes) -> Result<Json<Value>, ApiError> {
    let raw: Value = parse_json(&body)?;
    let task = TaskRecord::queued(new_task_id(), Protocol::Fusion, recorded(&raw));
    let run = validate(from_value(raw)?)?;
    let rx = state.accept(task, false, perform(run))?;
    Ok(Json(response_of(rx).await?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn body(value: Value) -> Result<FusionRun, ApiError> {
        validate(from_value(value)?)
    }

    fn b64(text: &str) -> String {
        base64::engine::general_purpose::STANDARD.encode(text)
    }

    #[test]
    fn defaults_follow_sandbox_fusion_and_limits_are_capped() {
        let run = body(json!({"code": "print(1)", "language": "python", "stdin": null})).unwrap();
        assert_eq!(run.request.limits.wall_ms, 10_000);
        assert_eq!(run.request.compile_wall_ms, Some(10_000));
        assert_eq!(run.request.limits.memory_kb, 1024 * 1024);
        assert_eq!(run.request.stdin, Stdin::Empty);
        let run = body(json!({
            "code": "x", "language": "nodejs", "stdin": "1 2\n", "run_timeout": 0.5,
            "compile_timeout": 1000, "memory_limit_MB": 100000, "args": []
        }))
        .unwrap();
        assert_eq!(run.request.language, Language::JavaScript);
        assert_eq!(run.request.limits.wall_ms, 500);
        assert_eq!(run.request.compile_wall_ms, Some(120_000));
        assert_eq!(run.request.limits.memory_kb, 4096 * 1024);
        assert_eq!(run.request.stdin, Stdin::Bytes(b"1 2\n".to_vec().into()));
        let run = body(json!({"code": "x", "language": "cpp", "memory_limit_MB": -1})).unwrap();
        assert_eq!(run.request.limits.memory_kb, 1024 * 1024);
    }

    #[test]
    fn unsupported_languages_name_the_supported_ones() {
        for name in ["ruby", "php", "bash", "python2", "go_test"] {
            let err = body(json!({"code": "x", "language": name})).unwrap_err();
            assert_eq!(err.status, axum::http::StatusCode::BAD_REQUEST);
            assert!(
                err.message.contains(name) && err.message.contains(LANGUAGES),
                "{}",
                err.message
            );
        }
        for name in ["python", "cpp", "nodejs", "go", "java", "rust", "python3"] {
            assert!(
                body(json!({"code": "x", "language": name})).is_ok(),
                "{name}"
            );
        }
    }

    #[test]
    fn bad_fields_are_named() {
        let err = body(json!({"language": "python"})).unwrap_err();
        assert!(err.message.contains("code"), "{}", err.message);
        let err = body(json!({"code": "x", "language": "python", "run_timeout": 0})).unwrap_err();
        assert!(err.message.contains("run_timeout"), "{}", err.message);
        let err =
            body(json!({"code": "x", "language": "python", "compile_timeout": -2})).unwrap_err();
        assert!(err.message.contains("compile_timeout"), "{}", err.message);
        let err =
            body(json!({"code": "x", "language": "python", "files": {"a": "!!"}})).unwrap_err();
        assert!(
            err.message.contains("base64") && err.message.contains("`a`"),
            "{}",
            err.message
        );
    }

    #[test]
    fn file_paths_must_stay_inside_the_working_directory() {
        for bad in ["/etc/passwd", "../up", "a/../../up", ""] {
            let err = body(json!({"code": "x", "language": "python", "files": {bad: b64("x")}}))
                .unwrap_err();
            assert!(err.message.contains("`files`"), "{bad}: {}", err.message);
            let err =
                body(json!({"code": "x", "language": "python", "fetch_files": [bad]})).unwrap_err();
            assert!(
                err.message.contains("`fetch_files`"),
                "{bad}: {}",
                err.message
            );
        }
        let err = body(json!({"code": "x", "language": "python",
            "files": {"a": b64("x"), "a/b": b64("y")}}))
        .unwrap_err();
        assert!(err.message.contains("cannot be inside"), "{}", err.message);
        let err = body(json!({"code": "x", "language": "python",
            "files": {"a": b64("x"), "./a": b64("y")}}))
        .unwrap_err();
        assert!(err.message.contains("already"), "{}", err.message);
    }

    #[test]
    fn null_files_are_skipped_and_repeated_fetches_dropped() {
        let run = body(json!({"code": "x", "language": "python",
            "files": {"skip": null, "dir/in.txt": b64("42")},
            "fetch_files": ["out.txt", "out.txt", "./dir/in.txt"]}))
        .unwrap();
        assert_eq!(run.files, vec![("dir/in.txt".to_string(), b"42".to_vec())]);
        assert_eq!(run.fetch, vec!["out.txt", "./dir/in.txt"]);
    }

    #[test]
    fn inputs_past_the_cap_are_refused() {
        let big = b64(&"x".repeat(MAX_INPUT_BYTES / 2 + 1));
        let err = body(json!({"code": "x", "language": "python",
            "files": {"a": big.clone(), "b": big}}))
        .unwrap_err();
        assert!(err.message.contains("MiB"), "{}", err.message);
    }

    #[test]
    fn stored_requests_keep_no_file_contents() {
        let raw = json!({"code": "x", "files": {"a": b64("secret"), "b": null}});
        let kept = recorded(&raw);
        assert_eq!(kept["code"], "x");
        assert!(kept["files"]["a"].as_str().unwrap().contains("not kept"));
        assert_eq!(kept["files"]["b"], Value::Null);
    }

    fn result(status: Status, exit_code: Option<i32>, signal: Option<i32>) -> RunResult {
        let mut result = RunResult::sandbox_error("x");
        result.status = status;
        result.exit_code = exit_code;
        result.signal = signal;
        result.reason = (status != Status::Success).then(|| format!("{status}"));
        result.metrics.wall_ms = 1500.0;
        result.metrics.cpu_ms = 1000.0;
        result
    }

    fn answer(result: &RunResult) -> RunCodeResponse {
        respond(result, 10_000, Fetched::default())
    }

    #[test]
    fn run_statuses_map_to_sandbox_fusions() {
        let ok = answer(&result(Status::Success, Some(0), None));
        assert_eq!((ok.status, ok.message.as_str()), (RunStatus::Success, ""));
        let run = ok.run_result.unwrap();
        assert_eq!(
            (
                run.status,
                run.return_code,
                run.execution_time,
                run.cpu_time
            ),
            (CommandStatus::Finished, Some(0), 1.5, Some(1.0))
        );
        assert_eq!(ok.compile_result, None);

        for (status, exit, signal, expected, code) in [
            (
                Status::RuntimeError,
                Some(3),
                None,
                CommandStatus::Finished,
                Some(3),
            ),
            (
                Status::RuntimeError,
                None,
                Some(11),
                CommandStatus::Finished,
                Some(-11),
            ),
            (
                Status::Timeout,
                None,
                Some(9),
                CommandStatus::TimeLimitExceeded,
                None,
            ),
            (
                Status::MemoryLimit,
                None,
                Some(9),
                CommandStatus::Error,
                Some(-9),
            ),
            (
                Status::MemoryLimit,
                None,
                None,
                CommandStatus::Error,
                Some(-9),
            ),
            (
                Status::OutputLimit,
                None,
                Some(9),
                CommandStatus::Error,
                Some(-9),
            ),
        ] {
            let failed = answer(&result(status, exit, signal));
            assert_eq!(failed.status, RunStatus::Failed, "{status}");
            assert_eq!(failed.message, status.name(), "{status}");
            let run = failed.run_result.unwrap();
            assert_eq!((run.status, run.return_code), (expected, code), "{status}");
        }

        let broken = answer(&result(Status::SandboxError, None, None));
        assert_eq!(broken.status, RunStatus::SandboxError);
        assert_eq!(broken.message, "sandbox_error");
        assert_eq!((broken.compile_result, broken.run_result), (None, None));
    }

    #[test]
    fn compile_steps_map_to_compile_results() {
        let report = CompileReport {
            cached: false,
            compile_ms: 800.0,
            cache_key: "k".into(),
            output: "warning: unused".into(),
        };
        let mut ok = result(Status::Success, Some(0), None);
        ok.compile = Some(report.clone());
        let compile = answer(&ok).compile_result.unwrap();
        assert_eq!(
            (compile.status, compile.return_code, compile.execution_time),
            (CommandStatus::Finished, Some(0), 0.8)
        );
        assert_eq!(compile.stderr, "warning: unused");

        let mut broken = result(Status::CompileError, Some(1), None);
        broken.compile = Some(CompileReport {
            output: "error: expected ';'".into(),
            ..report.clone()
        });
        let failed = answer(&broken);
        assert_eq!(
            (failed.status, failed.run_result),
            (RunStatus::Failed, None)
        );
        let compile = failed.compile_result.unwrap();
        assert_eq!(
            (compile.status, compile.return_code),
            (CommandStatus::Finished, Some(1))
        );
        assert_eq!(compile.stderr, "error: expected ';'");

        let mut slow = result(Status::CompileError, None, Some(9));
        slow.compile = Some(CompileReport {
            compile_ms: 10_002.0,
            ..report.clone()
        });
        let compile = answer(&slow).compile_result.unwrap();
        assert_eq!(
            (compile.status, compile.return_code),
            (CommandStatus::TimeLimitExceeded, None)
        );

        let mut killed = result(Status::CompileError, None, Some(9));
        killed.compile = Some(report);
        let compile = answer(&killed).compile_result.unwrap();
        assert_eq!(
            (compile.status, compile.return_code),
            (CommandStatus::Error, Some(-9))
        );
    }

    #[test]
    fn responses_have_every_field_the_client_models_read() {
        let mut fetched = Fetched::default();
        fetched.files.insert("out.txt".into(), b64("hi"));
        fetched.notes.push("fetch_files: `x` does not exist".into());
        let value = serde_json::to_value(respond(
            &result(Status::Success, Some(0), None),
            10_000,
            fetched,
        ))
        .unwrap();
        for key in [
            "status",
            "message",
            "compile_result",
            "run_result",
            "executor_pod_name",
            "files",
        ] {
            assert!(value.get(key).is_some(), "{key} missing from {value}");
        }
        assert_eq!(value["status"], "Success");
        assert_eq!(value["run_result"]["status"], "Finished");
        assert_eq!(value["files"]["out.txt"], b64("hi"));
        assert!(value["message"]
            .as_str()
            .unwrap()
            .contains("does not exist"));
    }
}
