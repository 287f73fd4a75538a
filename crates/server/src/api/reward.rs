//! The GRPO reward over HTTP: `POST /v1/reward` (a batch of answers, each with its
//! reward's parts) and `POST /get_reward` (OpenRLHF's remote reward protocol).
//!
//! One item names its problem (`problem_id` of the set loaded with `serve --dataset`, or
//! the whole Venus record as `problem`), the `instruction`, the `language` and the
//! baseline (`baseline_code`, measured here, and/or `baseline_stats`), optionally the
//! `case_multiplier` the baseline's figures were measured with. The same object, without
//! the completion, is the JSON label of an exported training row.

use std::sync::Arc;

use afterburner_iof::answer::without_end_of_turn;
use afterburner_iof::instruction::Instruction;
use afterburner_monolith::Language;
use afterburner_reward::batch::{Item, Rewarded, Rewarder};
use afterburner_reward::formula::Outcome;
use afterburner_venus::Problem;
use axum::body::Bytes;
use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::error::ApiError;
use super::AppState;

/// Most answers in one reward request.
pub const MAX_REWARD_BATCH: usize = 4096;

/// What is rewarded: one answer, or (as a label) what an answer is compared with.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RewardSpec {
    /// A problem of the loaded set.
    #[serde(default)]
    pub problem_id: Option<Value>,
    /// A whole Venus record instead.
    #[serde(default)]
    pub problem: Option<Value>,
    /// `time`, `memory` or `integral`.
    pub instruction: Instruction,
    /// The model's answer (absent in a label).
    #[serde(default)]
    pub completion: Option<String>,
    /// The language of the code (`python` when absent).
    #[serde(default)]
    pub language: Option<String>,
    /// Code to compare with, measured here.
    #[serde(default)]
    pub baseline_code: Option<String>,
    /// Figures to compare with, measured elsewhere. With `baseline_code` as well, the
    /// code is measured unless the server prefers stored figures
    /// (`serve --reward-baseline stored`).
    #[serde(default)]
    pub baseline_stats: Option<Outcome>,
    /// How many times the cases run (as the baseline's figures were measured); the
    /// server's setting when absent.
    #[serde(default)]
    pub case_multiplier: Option<usize>,
    /// Free-form fields carried along by exporters (index, split, …); ignored.
    #[serde(default)]
    pub meta: Option<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RewardRequest {
    items: Vec<RewardSpec>,
}

/// An item the server cannot even try to judge: the reason, for its penalty.
type Unjudgeable = String;

/// Turns `spec` (with `completion`) into an item for the rewarder.
fn item(state: &AppState, spec: RewardSpec, completion: String) -> Result<Item, Unjudgeable> {
    let language: Language = match spec.language.as_deref() {
        None => Language::Python,
        Some(name) => name
            .parse()
            .map_err(|e: afterburner_monolith::UnknownLanguage| e.to_string())?,
    };
    let problem: Arc<Problem> = match (spec.problem, spec.problem_id) {
        (Some(record), None) => {
            Arc::new(Problem::from_value(record, "problem").map_err(|e| e.to_string())?)
        }
        (None, Some(id)) => {
            let id = match id {
                Value::String(s) => s,
                other => other.to_string(),
            };
            let set = state
                .dataset
                .as_ref()
                .ok_or("this server has no problem set loaded (start it with `serve --dataset D`); send the record as `problem`")?;
            set.problem(&id)
                .ok_or_else(|| format!("problem {id} is not in the loaded set"))?
        }
        _ => return Err("give exactly one of `problem_id` and `problem`".into()),
    };
    let baseline = state
        .reward_baseline
        .choose(spec.baseline_code, spec.baseline_stats)
        .ok_or("give `baseline_code` or `baseline_stats`")?;
    if spec.case_multiplier == Some(0) {
        return Err("`case_multiplier` must be at least 1".into());
    }
    Ok(Item {
        problem,
        instruction: spec.instruction,
        completion,
        language,
        baseline,
        case_multiply: spec.case_multiplier,
    })
}

/// Rewards `items` (some already known to be unjudgeable) on a blocking thread.
async fn reward_all(
    state: &AppState,
    items: Vec<Result<Item, Unjudgeable>>,
) -> Result<Vec<Rewarded>, ApiError> {
    let rewarder: Arc<Rewarder<'static>> = Arc::clone(&state.rewarder);
    tokio::task::spawn_blocking(move || {
        let judgeable: Vec<Item> = items
            .iter()
            .filter_map(|i| i.as_ref().ok().cloned())
            .collect();
        let mut judged = rewarder.reward(&judgeable).into_iter();
        items
            .into_iter()
            .map(|i| match i {
                Ok(_) => judged.next().expect("one reward per item"),
                Err(why) => rewarder.settings().penalized(why),
            })
            .collect()
    })
    .await
    .map_err(|_| ApiError::internal("the reward computation failed; see the server log"))
}

/// `POST /v1/reward`: `{"items": [...]}` → `{"rewards": [...]}`, one per item, in order.
pub async fn reward(State(state): State<AppState>, body: Bytes) -> Result<Json<Value>, ApiError> {
    let request: RewardRequest = serde_json::from_slice(&body)
        .map_err(|e| ApiError::bad_request(format!("expected {{\"items\": [{{problem_id or problem, instruction, completion, language, baseline_code and/or baseline_stats, case_multiplier?}}]}}: {e}")))?;
    if request.items.len() > MAX_REWARD_BATCH {
        return Err(ApiError::bad_request(format!(
            "{} items: at most {MAX_REWARD_BATCH} per request",
            request.items.len()
        )));
    }
    let mut items = Vec::with_capacity(request.items.len());
    for (n, mut spec) in request.items.into_iter().enumerate() {
        let completion = spec
            .completion
            .take()
            .ok_or_else(|| ApiError::bad_request(format!("item {n}: `completion` is missing")))?;
        items.push(item(&state, spec, completion));
    }
    let rewards = reward_all(&state, items).await?;
    Ok(Json(json!({ "rewards": rewards })))
}

#[derive(Deserialize)]
struct OpenRlhfRequest {
    query: Vec<String>,
    #[serde(default)]
    prompts: Vec<String>,
    #[serde(default)]
    labels: Vec<String>,
}

/// `POST /get_reward`, OpenRLHF's remote reward: `{"query", "prompts", "labels"}` →
/// `{"rewards", "scores", "extra_logs"}`. Every sample gets an answer: one that cannot
/// be judged (a label that is not ours, an unknown problem) gets the penalty and
/// `extra_logs.error` = 1, because OpenRLHF turns a failed call into a missing reward
/// that breaks training later.
pub async fn get_reward(
    State(state): State<AppState>,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let request: OpenRlhfRequest = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad_request(format!(
            "expected {{\"query\": [...], \"prompts\": [...], \"labels\": [...]}}: {e}"
        ))
    })?;
    if request.query.len() > MAX_REWARD_BATCH {
        return Err(ApiError::bad_request(format!(
            "at most {MAX_REWARD_BATCH} samples per request"
        )));
    }
    let items: Vec<Result<Item, Unjudgeable>> = request
        .query
        .iter()
        .enumerate()
        .map(|(i, query)| {
            let label = request
                .labels
                .get(i)
                .ok_or_else(|| format!("sample {i} has no label"))?;
            let spec: RewardSpec = serde_json::from_str(label).map_err(|e| {
                format!("sample {i}: the label is not an Afterburner reward label: {e}")
            })?;
            // The query is the prompt followed by the answer, decoded as one text with
            // the special tokens kept: the model's end-of-turn token is not its answer.
            let answer = match request.prompts.get(i) {
                Some(prompt) => query.strip_prefix(prompt.as_str()).unwrap_or(query),
                None => query,
            };
            let answer = without_end_of_turn(answer);
            item(&state, spec, answer.to_string())
        })
        .collect();
    let rewards = reward_all(&state, items).await?;
    let column = |f: &dyn Fn(&Rewarded) -> f64| rewards.iter().map(f).collect::<Vec<f64>>();
    let passed = column(&|r| f64::from(u8::from(r.candidate.as_ref().is_some_and(|m| m.passed()))));
    Ok(Json(json!({
        "rewards": column(&|r| r.parts.score),
        // 0–1 for OpenRLHF's dynamic filtering: whether the answer passed.
        "scores": passed.clone(),
        "extra_logs": {
            "format": column(&|r| r.parts.format),
            "pass": column(&|r| r.parts.pass),
            "gain": column(&|r| r.parts.gain),
            "passed": passed,
            "error": column(&|r| f64::from(u8::from(r.error.is_some()))),
        },
    })))
}
