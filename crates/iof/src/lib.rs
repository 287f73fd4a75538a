//! IOF, iterative optimisation from feedback: an LLM behind any OpenAI-compatible server
//! proposes code for a problem, Monolith measures it, the measurements go into the next
//! prompt, and the better of the old and new versions is kept, round after round.
//!
//! - [`client`] speaks `POST /v1/chat/completions` to one or several servers, with
//!   retries, and asks for several answers at once only where the server honours `n`;
//!   [`demo`] starts the small local model used when no server is named;
//! - [`prompt`] fills the prompt templates, [`answer`] reads the code out of an answer,
//!   [`decide`] keeps the better of two versions ([`instruction`] says on which metric,
//!   [`measurement`] holds what was measured);
//! - [`engine`] runs the loop over many problems at once, measuring through
//!   [`measure`]'s shared queue and recording everything in the [`transcript`], from which
//!   a run resumes; [`settings`] guards the run folder, [`tasks`] turns a dataset into
//!   problems to run;
//! - [`summary`], [`output`] and [`report`] turn the trajectories into figures per
//!   iteration, `summary.json`, `final.jsonl` and `report.html`.
//!
//! The pieces the GRPO reward shares with the loop (the answer format, the keep-best
//! comparison, the prompts) live here once.
//!
//! ```no_run
//! use afterburner_iof::answer::parse;
//! use afterburner_iof::decide::{choose, Kept, DEFAULT_MIN_GAIN};
//! use afterburner_iof::instruction::Instruction;
//! use afterburner_iof::measurement::Measurement;
//!
//! let answer = parse("<thinking>Use a set.</thinking><solution>\n```python\nprint(1)\n```\n</solution>");
//! assert!(answer.exact_format);
//! # let (old, new): (Measurement, Measurement) = unimplemented!();
//! let decision = choose(Some(&old), &new, Instruction::Integral, DEFAULT_MIN_GAIN);
//! if decision.kept == Kept::New {
//!     println!("kept the new version: {}", decision.reason);
//! }
//! ```
#![deny(missing_docs)]

pub mod answer;
pub mod client;
pub mod decide;
pub mod demo;
pub mod engine;
pub mod instruction;
pub mod measure;
pub mod measurement;
pub mod output;
pub mod prompt;
pub mod report;
pub mod settings;
pub mod summary;
pub mod tasks;
pub mod transcript;
