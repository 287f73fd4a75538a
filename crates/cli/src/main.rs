//! `afterburner`: run untrusted programs isolated and measure them precisely.

mod commands;
mod exit;
mod format;
mod progress;

use clap::{Parser, Subcommand};

/// Afterburner: measure and improve the efficiency of (LLM-written) code.
#[derive(Debug, Parser)]
#[command(name = "afterburner", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run a program in the sandbox and measure its time and memory.
    Run(commands::run::RunArgs),
    /// Report toolchains, isolation features and host settings that affect timing.
    Doctor(commands::doctor::DoctorArgs),
    /// Inspect, validate, convert and build Venus-format datasets.
    Dataset(commands::dataset::DatasetArgs),
    /// Measure every reference solution of a dataset on this machine.
    Distribution(commands::distribution::DistributionArgs),
    /// Score candidate solutions: Pass@1, Time%, Memory% and Integral%.
    Evaluate(commands::evaluate::EvaluateArgs),
    /// Improve code with an LLM, round after round, from measured feedback.
    Optimize(Box<commands::optimize::OptimizeArgs>),
    /// Write training data: SFT, DPO and GRPO datasets, and cold-start data from runs.
    Export(commands::export::ExportArgs),
    /// Check how well fresh runs and repeated measurements agree on this machine.
    Fidelity(commands::fidelity::FidelityArgs),
    /// Serve Monolith over HTTP (Monolith, SandboxFusion and native protocols).
    Serve(commands::serve::ServeArgs),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    // The server logs what it does; the other commands only what goes wrong.
    let default_level = if matches!(cli.command, Command::Serve(_)) {
        "info"
    } else {
        "warn"
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("AFTERBURNER_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default_level)),
        )
        .with_writer(std::io::stderr)
        .init();
    let outcome = match cli.command {
        Command::Run(args) => commands::run::execute(args),
        Command::Doctor(args) => commands::doctor::execute(args),
        Command::Dataset(args) => commands::dataset::execute(args),
        Command::Distribution(args) => commands::distribution::execute(args),
        Command::Evaluate(args) => commands::evaluate::execute(args),
        Command::Export(args) => commands::export::execute(args),
        Command::Fidelity(args) => commands::fidelity::execute(args),
        Command::Optimize(args) => commands::optimize::execute(*args),
        Command::Serve(args) => commands::serve::execute(args),
    };
    match outcome {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            exit::Outcome::Failed.into()
        }
    }
}
