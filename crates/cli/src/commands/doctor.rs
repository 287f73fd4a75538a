//! `afterburner doctor`: toolchains, isolation features and timing noise on this host.

use std::process::ExitCode;

use afterburner_monolith::host::{probe, CheckState, HostPaths};
use afterburner_monolith::languages::Toolchains;
use afterburner_monolith::sandbox::{Sandbox, SandboxConfig};
use clap::Args;
use serde::Serialize;

/// Arguments of `afterburner doctor`.
#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct ToolchainLine {
    language: String,
    found: bool,
    version: Option<String>,
    problem: Option<String>,
}

#[derive(Serialize)]
struct Report {
    toolchains: Vec<ToolchainLine>,
    isolation: Option<afterburner_monolith::Isolation>,
    isolation_error: Option<String>,
    host: afterburner_monolith::host::HostReport,
}

pub fn execute(args: DoctorArgs) -> anyhow::Result<ExitCode> {
    let toolchains = Toolchains::discover_all();
    let lines: Vec<ToolchainLine> = toolchains
        .iter()
        .map(|(language, found)| match found {
            Ok(t) => ToolchainLine {
                language: language.to_string(),
                found: true,
                version: Some(t.version.clone()),
                problem: None,
            },
            Err(e) => ToolchainLine {
                language: language.to_string(),
                found: false,
                version: None,
                problem: Some(e.to_string()),
            },
        })
        .collect();
    let (isolation, isolation_error) = match Sandbox::new(SandboxConfig::default()) {
        Ok(sandbox) => (Some(sandbox.isolation()), None),
        Err(e) => (None, Some(e.to_string())),
    };
    let report = Report {
        toolchains: lines,
        isolation,
        isolation_error,
        host: probe(&HostPaths::default()),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_text(&report);
    }
    let broken = report.isolation.is_none()
        || report
            .host
            .checks
            .iter()
            .any(|c| c.state == CheckState::Fail);
    Ok(if broken {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn mark(state: CheckState) -> &'static str {
    match state {
        CheckState::Ok => "ok  ",
        CheckState::Info => "info",
        CheckState::Warn => "warn",
        CheckState::Fail => "FAIL",
    }
}

fn print_text(report: &Report) {
    println!("Toolchains");
    for t in &report.toolchains {
        match (&t.version, &t.problem) {
            (Some(v), _) => println!("  ok    {:<11} {v}", t.language),
            (None, Some(p)) => println!("  FAIL  {:<11} {p}", t.language),
            _ => {}
        }
    }
    println!("\nSandbox");
    match (&report.isolation, &report.isolation_error) {
        (Some(i), _) => {
            println!(
                "  {}: namespaces {}, cgroup {}, seccomp {}, memory from {}",
                i.mode,
                i.namespaces.join("+"),
                i.cgroup,
                if i.seccomp { "on" } else { "off" },
                i.memory_source
            );
            for note in &i.notes {
                println!("  note: {note}");
            }
        }
        (None, Some(e)) => println!("  FAIL  {e}"),
        _ => {}
    }
    println!("\nHost");
    for c in &report.host.checks {
        println!("  {}  {:<16} {}", mark(c.state), c.name, c.value);
        println!("        {:<16} {}", "", c.meaning);
    }
}
