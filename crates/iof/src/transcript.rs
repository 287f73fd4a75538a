//! The run's transcript, `transcript.jsonl`: every model call (messages, raw answers,
//! usage, latency, finish reasons, the code read from each answer), every measurement and
//! every keep-best decision, one JSON line each, appended as it happens.
//!
//! It is also what makes a run resumable: reopened, it answers the model calls and
//! measurements it already holds, so the loop replays to where it stopped without
//! repeating any of them and then carries on.

use std::collections::{HashMap, HashSet};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::answer::Answer;
use crate::client::{Message, Usage};
use crate::decide::Decision;
use crate::instruction::Instruction;
use crate::measurement::Measurement;

/// The transcript could not be read or written.
#[derive(Debug, thiserror::Error)]
#[error("transcript {path}: {source}")]
pub struct TranscriptError {
    /// The transcript file.
    pub path: PathBuf,
    /// The OS error.
    #[source]
    pub source: std::io::Error,
}

/// A short, stable name for a piece of code: the first 16 hex digits of its SHA-256.
pub fn code_hash(code: &str) -> String {
    let digest = Sha256::digest(code.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// One HTTP exchange with a model server.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReplyRecord {
    /// The server's base URL.
    pub server: String,
    /// Seconds from sending to the full answer, retries included, in ms.
    pub latency_ms: f64,
    /// Tokens the server reported.
    pub usage: Usage,
    /// HTTP attempts it took.
    pub attempts: u32,
    /// How many answers it returned.
    pub choices: usize,
}

/// One answer of the model and what was read from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerRecord {
    /// The raw text.
    pub text: String,
    /// Why generation stopped (`length`: cut off by the token limit).
    pub finish_reason: Option<String>,
    /// What the answer holds (code, format).
    pub parsed: Answer,
}

/// Which round of which problem.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Round {
    /// The goal.
    pub instruction: Instruction,
    /// The problem.
    pub problem_id: String,
    /// 0 for the first version, then 1, 2, …
    pub iteration: usize,
}

/// Why a program was measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// To choose between versions.
    Choose,
    /// To score the kept version, independently of the measurement that chose it.
    Score,
    /// To confirm an apparent improvement: the kept and the new version measured again
    /// side by side, in one batch, so that both meet the same machine.
    Confirm,
}

/// One line of the transcript.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// A model call: `k` answers to one prompt.
    Llm {
        /// The round.
        #[serde(flatten)]
        round: Round,
        /// The messages sent.
        messages: Vec<Message>,
        /// The HTTP exchanges it took.
        replies: Vec<ReplyRecord>,
        /// The answers.
        answers: Vec<AnswerRecord>,
    },
    /// A measurement of one program.
    Measurement {
        /// Why it was measured.
        purpose: Purpose,
        /// The problem.
        problem_id: String,
        /// [`code_hash`] of the program.
        code_hash: String,
        /// What was measured.
        measurement: Measurement,
        /// Seconds the measurement took (waiting for the pool included).
        #[serde(default)]
        seconds: f64,
        /// The round it belongs to, for measurements made for one round only
        /// ([`Purpose::Confirm`]).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        round: Option<Round>,
    },
    /// A keep-best decision.
    Decision {
        /// The round.
        #[serde(flatten)]
        round: Round,
        /// Which answer was the best of the round (index into its answers), if any had code.
        best_answer: Option<usize>,
        /// The decision.
        decision: Decision,
        /// [`code_hash`] of the version kept (none while there is no version).
        kept_hash: Option<String>,
        /// The kept code.
        kept_code: Option<String>,
    },
}

/// Why, of which problem, which code, and for which round (when it is for one only).
pub type MeasurementKey = (Purpose, String, String, Option<Round>);

/// A measurement and the seconds it took that nobody has counted yet.
type Known = (Measurement, f64);

/// An open transcript.
pub struct Transcript {
    path: PathBuf,
    file: Mutex<File>,
    calls: HashMap<Round, Event>,
    decided: HashSet<Round>,
    measured: Mutex<HashMap<MeasurementKey, Known>>,
}

impl Transcript {
    /// Opens (or creates) the transcript at `path`, reading what it holds. A torn last
    /// line (from a kill mid-write) is ignored.
    pub fn open(path: &Path) -> Result<Transcript, TranscriptError> {
        let io = |source| TranscriptError {
            path: path.to_path_buf(),
            source,
        };
        let mut calls = HashMap::new();
        let mut decided = HashSet::new();
        let mut measured = HashMap::new();
        if path.exists() {
            for line in BufReader::new(File::open(path).map_err(io)?).lines() {
                let Ok(event) = serde_json::from_str::<Event>(&line.map_err(io)?) else {
                    continue;
                };
                match &event {
                    Event::Llm { round, .. } => {
                        calls.insert(round.clone(), event);
                    }
                    Event::Measurement {
                        purpose,
                        problem_id,
                        code_hash,
                        measurement,
                        seconds,
                        round,
                    } => {
                        measured.insert(
                            (
                                *purpose,
                                problem_id.clone(),
                                code_hash.clone(),
                                round.clone(),
                            ),
                            (measurement.clone(), *seconds),
                        );
                    }
                    Event::Decision { round, .. } => {
                        decided.insert(round.clone());
                    }
                }
            }
        }
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(io)?;
        // A torn last line would glue onto the next event: start on a fresh line.
        if std::fs::metadata(path).map_err(io)?.len() > 0 && !ends_with_newline(path) {
            file.write_all(b"\n").map_err(io)?;
        }
        Ok(Transcript {
            path: path.to_path_buf(),
            file: Mutex::new(file),
            calls,
            decided,
            measured: Mutex::new(measured),
        })
    }

    /// How many model calls an earlier run already made.
    pub fn earlier_calls(&self) -> usize {
        self.calls.len()
    }

    /// The model call an earlier run made for `round`.
    pub fn call(&self, round: &Round) -> Option<&Event> {
        self.calls.get(round)
    }

    /// A measurement made earlier (in this run or an earlier one), with the seconds it
    /// took in an earlier run if they have not been asked for yet (so a resumed run
    /// counts every measurement's time once, and this run's own not twice).
    pub fn measurement(&self, key: &MeasurementKey) -> Option<(Measurement, f64)> {
        let mut measured = self.measured.lock().unwrap_or_else(|e| e.into_inner());
        let (measurement, seconds) = measured.get_mut(key)?;
        Some((measurement.clone(), std::mem::take(seconds)))
    }

    /// Appends `event` (a decision an earlier run already recorded is not repeated).
    pub fn record(&self, event: &Event) -> Result<(), TranscriptError> {
        match event {
            Event::Decision { round, .. } if self.decided.contains(round) => return Ok(()),
            Event::Measurement {
                purpose,
                problem_id,
                code_hash,
                measurement,
                round,
                ..
            } => {
                // This run counts its own time as it measures: nothing left to count.
                self.measured
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(
                        (
                            *purpose,
                            problem_id.clone(),
                            code_hash.clone(),
                            round.clone(),
                        ),
                        (measurement.clone(), 0.0),
                    );
            }
            _ => {}
        }
        let mut line = serde_json::to_string(event).expect("events serialise");
        line.push('\n');
        let mut file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        file.write_all(line.as_bytes())
            .and_then(|()| file.flush())
            .map_err(|source| TranscriptError {
                path: self.path.clone(),
                source,
            })
    }
}

fn ends_with_newline(path: &Path) -> bool {
    use std::io::{Read, Seek, SeekFrom};
    let mut last = [0u8; 1];
    File::open(path)
        .and_then(|mut f| {
            f.seek(SeekFrom::End(-1))?;
            f.read_exact(&mut last)
        })
        .map(|()| last[0] == b'\n')
        .unwrap_or(true)
}

/// Every event of the transcript at `path`, in order (torn lines skipped).
pub fn read_events(path: &Path) -> Result<Vec<Event>, TranscriptError> {
    let text = std::fs::read_to_string(path).map_err(|source| TranscriptError {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect())
}

#[cfg(test)]
mod tests {
    use afterburner_venus::Verdict;

    use super::*;
    use crate::decide::Kept;

    fn round(iteration: usize) -> Round {
        Round {
            instruction: Instruction::Time,
            problem_id: "7".into(),
            iteration,
        }
    }

    #[test]
    fn a_reopened_transcript_answers_what_it_holds_and_survives_a_torn_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("transcript.jsonl");
        let t = Transcript::open(&path).unwrap();
        t.record(&Event::Llm {
            round: round(0),
            messages: vec![],
            replies: vec![],
            answers: vec![],
        })
        .unwrap();
        t.record(&Event::Measurement {
            purpose: Purpose::Score,
            problem_id: "7".into(),
            code_hash: code_hash("x"),
            measurement: Measurement::failed(Verdict::Timeout, "slow".into()),
            seconds: 2.5,
            round: None,
        })
        .unwrap();
        let decision = Event::Decision {
            round: round(0),
            best_answer: None,
            decision: Decision {
                kept: Kept::Current,
                reason: "no code".into(),
            },
            kept_hash: None,
            kept_code: None,
        };
        t.record(&decision).unwrap();
        drop(t);
        // A kill mid-write leaves half a line.
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(b"{\"event\":\"llm\",\"instr").unwrap();
        drop(f);
        let t = Transcript::open(&path).unwrap();
        assert_eq!(t.earlier_calls(), 1);
        assert!(t.call(&round(0)).is_some() && t.call(&round(1)).is_none());
        let key = |purpose| (purpose, "7".to_string(), code_hash("x"), None);
        let (m, seconds) = t.measurement(&key(Purpose::Score)).unwrap();
        assert_eq!(m.verdict, Verdict::Timeout);
        assert_eq!(seconds, 2.5, "an earlier run's time is counted once");
        assert_eq!(t.measurement(&key(Purpose::Score)).unwrap().1, 0.0);
        assert!(t.measurement(&key(Purpose::Choose)).is_none());
        t.record(&decision).unwrap();
        t.record(&Event::Llm {
            round: round(1),
            messages: vec![],
            replies: vec![],
            answers: vec![],
        })
        .unwrap();
        let events = read_events(&path).unwrap();
        assert_eq!(
            events.len(),
            4,
            "the decision is not repeated and the torn line is skipped"
        );
    }
}
