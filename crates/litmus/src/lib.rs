//! Litmus: how good is a model's code? Pass@1, and the share of human solutions it beats
//! on time, memory and the time–memory integral, measured on the same machine.
#![deny(missing_docs)]

pub mod bootstrap;
pub mod calibration;
pub mod distribution;
pub mod fidelity;
pub mod percentile;
pub mod provenance;
pub mod report;
pub mod score;
