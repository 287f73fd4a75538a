//! Starting one program in isolation and supervising it.

pub mod seccomp;
pub mod spec;

pub use spec::{BindMount, CommandSpec, SandboxSpec, Stdin, WorkDir, APP_DIR, WORK_DIR};
