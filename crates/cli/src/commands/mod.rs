//! One module per subcommand; each parses its arguments, calls the libraries, prints.

pub mod dataset;
pub mod distribution;
pub mod doctor;
pub mod evaluate;
pub mod executor;
pub mod export;
pub mod fidelity;
pub mod optimize;
pub mod run;
pub mod serve;
