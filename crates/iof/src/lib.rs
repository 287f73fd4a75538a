//! IOF, iterative optimisation from feedback: an LLM behind any OpenAI-compatible server
//! proposes code for a problem, Monolith measures it, the measurements go into the next
//! prompt, and the better of the old and new versions is kept, round after round.
//!
//! - [`client`] speaks `POST /v1/chat/completions` to one or several servers, with
//!   retries, and asks for several answers at once only where the server honours `n`;
//! - [`demo`] starts the small local model used when no server is named.
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
