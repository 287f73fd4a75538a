//! What a run is: every setting that changes its results, kept in `config.json` of the
//! output folder so a restart continues only the same run.

use std::path::Path;

use afterburner_monolith::Language;
use serde::{Deserialize, Serialize};

use crate::instruction::Instruction;

/// Where each problem's first version comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Start {
    /// The model writes it (the paper's evaluation: iteration 0 is plain generation).
    None,
    /// A reference solution of the problem in the language, chosen at random (seeded),
    /// failing ones included (the paper's training data).
    Reference,
    /// Given code, one `{problem_id, code, language}` line per problem.
    File {
        /// The file as named.
        path: String,
        /// [`crate::transcript::code_hash`] of its contents.
        sha: String,
    },
}

/// Every setting that changes a run's results (not where it runs or how fast).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The dataset, as named.
    pub dataset: String,
    /// The problems, in order.
    pub problems: Vec<String>,
    /// The model name sent to the server.
    pub model: String,
    /// The goals, run one after another.
    pub instructions: Vec<Instruction>,
    /// Feedback rounds after the first version.
    pub iterations: usize,
    /// Where the first version comes from.
    pub start: Start,
    /// The language of the code.
    pub language: Language,
    /// Answers per round (the best one is kept).
    pub samples: usize,
    /// Sampling temperature.
    pub temperature: f64,
    /// Completion token cap.
    pub max_tokens: Option<u32>,
    /// Seed for the reference choice and, when the server takes one, sampling.
    pub seed: u64,
    /// Extra request fields.
    pub extra_body: serde_json::Map<String, serde_json::Value>,
    /// Runs per measurement (medians kept).
    pub runs: usize,
    /// Case multiplier of every judging run.
    pub case_multiply: usize,
    /// Memory sampling rate in Hz.
    pub sample_hz: u32,
    /// A new passing version must beat the kept one by more than this share.
    pub min_gain: f64,
    /// Measurements are shown to the model.
    pub feedback: bool,
    /// The current code is shown to the model.
    pub original: bool,
    /// The example exchange is shown first.
    pub few_shot: bool,
    /// [`crate::prompt::Prompts::fingerprint`] of the templates in use.
    pub prompt_sha: String,
    /// The built-in demo model answered (its figures say nothing about real models).
    #[serde(default)]
    pub demo_model: bool,
}

/// The output folder holds a different run.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// The settings differ.
    #[error(
        "{dir} holds a run with other settings ({}); use another --out, or the same settings to continue it",
        .differences.join("; ")
    )]
    Different {
        /// The folder.
        dir: String,
        /// `key: then → now` for each difference.
        differences: Vec<String>,
    },
    /// config.json could not be read or written.
    #[error("{path}: {message}")]
    File {
        /// The file.
        path: String,
        /// What went wrong.
        message: String,
    },
}

/// The file the settings are kept in.
pub const CONFIG_FILE: &str = "config.json";

impl Settings {
    /// Writes the settings to `dir`, or checks that the run already there has the same.
    /// Returns whether `dir` held the run already.
    pub fn claim(&self, dir: &Path) -> Result<bool, SettingsError> {
        let path = dir.join(CONFIG_FILE);
        let file_error = |message: String| SettingsError::File {
            path: path.display().to_string(),
            message,
        };
        let ours = serde_json::to_value(self).expect("settings serialise");
        if path.exists() {
            let text = std::fs::read_to_string(&path).map_err(|e| file_error(e.to_string()))?;
            let theirs: serde_json::Value = serde_json::from_str(&text)
                .map_err(|e| file_error(format!("not a run's settings: {e}")))?;
            let differences = differences(&theirs, &ours);
            if differences.is_empty() {
                return Ok(true);
            }
            return Err(SettingsError::Different {
                dir: dir.display().to_string(),
                differences,
            });
        }
        std::fs::create_dir_all(dir).map_err(|e| file_error(e.to_string()))?;
        let text = serde_json::to_string_pretty(&ours).expect("settings serialise");
        std::fs::write(&path, text + "\n").map_err(|e| file_error(e.to_string()))?;
        Ok(false)
    }

    /// The settings of the run in `dir`.
    pub fn read(dir: &Path) -> Result<Settings, SettingsError> {
        let path = dir.join(CONFIG_FILE);
        let file_error = |message: String| SettingsError::File {
            path: path.display().to_string(),
            message,
        };
        let text = std::fs::read_to_string(&path)
            .map_err(|e| file_error(format!("{e} (is this an `optimize --out` folder?)")))?;
        serde_json::from_str(&text).map_err(|e| file_error(e.to_string()))
    }
}

fn differences(then: &serde_json::Value, now: &serde_json::Value) -> Vec<String> {
    let empty = serde_json::Map::new();
    let (a, b) = (
        then.as_object().unwrap_or(&empty),
        now.as_object().unwrap_or(&empty),
    );
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    let short = |v: Option<&serde_json::Value>| {
        let text = v.map_or("(none)".to_string(), |v| v.to_string());
        if text.chars().count() > 60 {
            format!("{}…", text.chars().take(60).collect::<String>())
        } else {
            text
        }
    };
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| format!("{k}: {} → {}", short(a.get(k)), short(b.get(k))))
        .collect()
}
