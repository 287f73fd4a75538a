//! The native protocol's request bodies, shared by the server and the remote client.

use afterburner_monolith::runner::RunRequest;
use afterburner_monolith::sandbox::{Stdin, DEFAULT_SAMPLE_HZ};
use afterburner_monolith::{Language, Limits};
use base64::Engine as _;
use serde::{Deserialize, Serialize};

/// Most measured runs one request may ask for.
pub const MAX_REPEAT: usize = 100;

/// One program to run: the body of `POST /v1/runs` and each item of
/// `POST /v1/runs:batch`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunSpec {
    /// The language (`python`, `cpp`, `java`, `javascript`, `go`, `rust` or an alias).
    pub language: String,
    /// The source code.
    pub code: String,
    /// Standard input as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdin: Option<String>,
    /// Standard input as base64, for bytes that are not UTF-8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdin_base64: Option<String>,
    /// Limits; fields left out keep their defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<Limits>,
    /// Measured runs (default 1); with more, the answer carries statistics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeat: Option<usize>,
    /// Unmeasured runs first (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warmup: Option<usize>,
    /// Keep the memory timeline (at most 1000 points).
    #[serde(default)]
    pub timeline: bool,
    /// Memory sampling rate in Hz (default 20 kHz).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample_hz: Option<u32>,
    /// Wall-clock limit of the compile step in milliseconds (default 60 s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compile_wall_ms: Option<u64>,
}

/// A [`RunSpec`] that failed validation: what to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidSpec(pub String);

/// A validated run: the request and how many times to make it.
#[derive(Debug, Clone)]
pub struct Planned {
    /// The request (its `cpu` is set by the worker).
    pub request: RunRequest,
    /// Measured runs.
    pub repeat: usize,
    /// Unmeasured runs first.
    pub warmup: usize,
}

impl RunSpec {
    /// The spec of a single run of `request` (stdin read from its file if need be).
    pub fn from_request(request: &RunRequest) -> std::io::Result<RunSpec> {
        let bytes = match &request.stdin {
            Stdin::Empty => Vec::new(),
            Stdin::Bytes(bytes) => bytes.to_vec(),
            Stdin::File(path) => std::fs::read(path)?,
        };
        let (stdin, stdin_base64) = match String::from_utf8(bytes) {
            Ok(text) if text.is_empty() => (None, None),
            Ok(text) => (Some(text), None),
            Err(e) => (
                None,
                Some(base64::engine::general_purpose::STANDARD.encode(e.into_bytes())),
            ),
        };
        Ok(RunSpec {
            language: request.language.name().to_string(),
            code: request.source.clone(),
            stdin,
            stdin_base64,
            limits: Some(request.limits.clone()),
            repeat: None,
            warmup: None,
            timeline: request.timeline,
            sample_hz: Some(request.sample_hz),
            compile_wall_ms: request.compile_wall_ms,
        })
    }

    /// Checks the spec and turns it into a request.
    pub fn plan(self) -> Result<Planned, InvalidSpec> {
        let language: Language = self
            .language
            .parse()
            .map_err(|e: afterburner_monolith::UnknownLanguage| InvalidSpec(e.to_string()))?;
        if self.code.trim().is_empty() {
            return Err(InvalidSpec(
                "`code` is empty: send the program's source".into(),
            ));
        }
        let stdin = match (self.stdin, self.stdin_base64) {
            (Some(_), Some(_)) => {
                return Err(InvalidSpec(
                    "send either `stdin` or `stdin_base64`, not both".into(),
                ))
            }
            (Some(text), None) => Stdin::Bytes(text.into_bytes().into()),
            (None, Some(encoded)) => Stdin::Bytes(
                base64::engine::general_purpose::STANDARD
                    .decode(encoded.as_bytes())
                    .map_err(|e| InvalidSpec(format!("`stdin_base64` is not base64: {e}")))?
                    .into(),
            ),
            (None, None) => Stdin::Empty,
        };
        let repeat = self.repeat.unwrap_or(1);
        let warmup = self.warmup.unwrap_or(0);
        if repeat == 0 || repeat > MAX_REPEAT || warmup > MAX_REPEAT {
            return Err(InvalidSpec(format!(
                "`repeat` must be 1–{MAX_REPEAT} and `warmup` 0–{MAX_REPEAT} (got {repeat} and {warmup})"
            )));
        }
        let sample_hz = self.sample_hz.unwrap_or(DEFAULT_SAMPLE_HZ);
        if !(1..=100_000).contains(&sample_hz) {
            return Err(InvalidSpec(format!(
                "`sample_hz` must be 1–100000, got {sample_hz}"
            )));
        }
        let mut request = RunRequest::new(language, self.code);
        request.stdin = stdin;
        request.limits = self.limits.unwrap_or_default();
        request.timeline = self.timeline;
        request.sample_hz = sample_hz;
        request.compile_wall_ms = self.compile_wall_ms;
        Ok(Planned {
            request,
            repeat,
            warmup,
        })
    }
}

/// The body of `POST /v1/runs:batch`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BatchSpec {
    /// The runs, answered in the same order.
    pub runs: Vec<RunSpec>,
}

/// The body of `POST /v1/evaluate`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluateSpec {
    /// The id of a problem in the server's loaded set (`serve --dataset`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem_id: Option<serde_json::Value>,
    /// Or a whole Venus problem record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<serde_json::Value>,
    /// The solution's source.
    pub code: String,
    /// Its language (default `python`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(language: &str, code: &str) -> RunSpec {
        RunSpec {
            language: language.into(),
            code: code.into(),
            stdin: None,
            stdin_base64: None,
            limits: None,
            repeat: None,
            warmup: None,
            timeline: false,
            sample_hz: None,
            compile_wall_ms: None,
        }
    }

    #[test]
    fn a_request_survives_the_round_trip_through_a_spec() {
        let mut request = RunRequest::new(Language::Go, "package main");
        request.stdin = Stdin::Bytes(vec![0xff, 0x00, b'a'].into());
        request.limits.cpu_ms = 1234;
        let planned = RunSpec::from_request(&request).unwrap().plan().unwrap();
        assert_eq!(planned.request.stdin, request.stdin);
        assert_eq!(planned.request.limits, request.limits);
        assert_eq!(planned.request.language, Language::Go);
        assert_eq!((planned.repeat, planned.warmup), (1, 0));
    }

    #[test]
    fn bad_specs_say_what_to_fix() {
        assert!(spec("ruby", "x").plan().unwrap_err().0.contains("ruby"));
        assert!(spec("python", " ").plan().unwrap_err().0.contains("empty"));
        let mut s = spec("python", "x");
        s.repeat = Some(0);
        assert!(s.plan().unwrap_err().0.contains("repeat"));
        let mut s = spec("python", "x");
        s.repeat = Some(MAX_REPEAT + 1);
        assert!(s.plan().unwrap_err().0.contains("repeat"));
        let mut s = spec("python", "x");
        s.sample_hz = Some(0);
        assert!(s.plan().unwrap_err().0.contains("sample_hz"));
        let mut s = spec("python", "x");
        s.stdin_base64 = Some("!!".into());
        assert!(s.plan().unwrap_err().0.contains("base64"));
        let partial: RunSpec = serde_json::from_value(serde_json::json!({
            "language": "py", "code": "x", "limits": {"cpu_ms": 5}
        }))
        .unwrap();
        let planned = partial.plan().unwrap();
        assert_eq!(planned.request.limits.cpu_ms, 5);
        assert_eq!(planned.request.limits.wall_ms, Limits::default().wall_ms);
    }
}
