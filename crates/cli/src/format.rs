//! Terminal summaries of results, in the manner of hyperfine.

use std::fmt::Write;
use std::path::Path;

use afterburner_monolith::repeat::RepeatReport;
use afterburner_monolith::stats::Summary;
use afterburner_monolith::{Language, RunResult, Status};

/// Most characters of program output echoed in a summary.
const ECHO_CHARS: usize = 2000;

fn memory(kb: f64) -> String {
    if kb >= 1024.0 * 1024.0 {
        format!("{:.2} GiB", kb / 1024.0 / 1024.0)
    } else if kb >= 1024.0 {
        format!("{:.2} MiB", kb / 1024.0)
    } else {
        format!("{kb:.0} KiB")
    }
}

fn integral(kb_ms: f64) -> String {
    format!("{} · s", memory(kb_ms / 1000.0))
}

fn echo(out: &mut String, label: &str, text: &str, truncated: bool) {
    if text.is_empty() {
        return;
    }
    let shown: String = text.chars().take(ECHO_CHARS).collect();
    let cut = if truncated || shown.len() < text.len() {
        " (truncated)"
    } else {
        ""
    };
    let _ = writeln!(out, "  {label}{cut}:");
    for line in shown.lines() {
        let _ = writeln!(out, "    {line}");
    }
}

/// One run: verdict, measurements, isolation notes and the program's output.
pub fn single(source: &Path, language: Language, r: &RunResult) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Program: {} ({language})", source.display());
    let _ = write!(out, "  Status:       {}", r.status);
    if let Some(reason) = &r.reason {
        let _ = write!(out, " — {reason}");
    }
    out.push('\n');
    if let Some(c) = &r.compile {
        let how = if c.cached {
            "cached".to_string()
        } else {
            format!("{:.1} ms", c.compile_ms)
        };
        let _ = writeln!(out, "  Compile:      {how} (not counted in the run)");
    }
    if r.status != Status::CompileError && r.status != Status::SandboxError {
        let m = &r.metrics;
        let _ = writeln!(out, "  Wall time:    {:>10.2} ms", m.wall_ms);
        let _ = writeln!(out, "  CPU time:     {:>10.2} ms", m.cpu_ms);
        let _ = writeln!(
            out,
            "  Peak memory:  {:>13}",
            memory(m.peak_memory_kb as f64)
        );
        let _ = writeln!(out, "  Integral:     {:>17}", integral(m.integral_kb_ms));
        let _ = writeln!(
            out,
            "  Samples:      {} at {:.0} Hz",
            m.samples, m.sample_hz
        );
    }
    if r.isolation.mode != "full" && !r.isolation.mode.is_empty() {
        let _ = writeln!(
            out,
            "  Isolation:    {} ({})",
            r.isolation.mode,
            r.isolation.notes.join("; ")
        );
    }
    echo(&mut out, "stdout", &r.stdout, r.stdout_truncated);
    echo(&mut out, "stderr", &r.stderr, r.stderr_truncated);
    out
}

fn row(out: &mut String, name: &str, s: &Summary, show: &dyn Fn(f64) -> String) {
    let _ = writeln!(
        out,
        "  {name:<13} {:>14} median   [{} … {}]   CV {:.2}%",
        show(s.median),
        show(s.min),
        show(s.max),
        s.cv * 100.0
    );
}

/// Repeated runs: per-metric median, range and coefficient of variation, then warnings.
pub fn repeated(source: &Path, language: Language, report: &RepeatReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Benchmark: {} ({language}), {} runs after {} warm-up{}",
        source.display(),
        report.runs.len(),
        report.warmup,
        if report.warmup == 1 { "" } else { "s" }
    );
    if let Some(c) = report.runs.first().and_then(|r| r.compile.as_ref()) {
        let how = if c.cached {
            "cached".to_string()
        } else {
            format!("{:.1} ms", c.compile_ms)
        };
        let _ = writeln!(out, "  Compile:      {how} (not counted)");
    }
    match &report.summary {
        Some(s) => {
            row(&mut out, "Wall time", &s.wall_ms, &|v| format!("{v:.2} ms"));
            row(&mut out, "CPU time", &s.cpu_ms, &|v| format!("{v:.2} ms"));
            row(&mut out, "Peak memory", &s.peak_memory_kb, &memory);
            row(&mut out, "Integral", &s.integral_kb_ms, &integral);
            let _ = writeln!(
                out,
                "  Sampling      {:>11.0} Hz median",
                s.sample_hz.median
            );
        }
        None => {
            let _ = writeln!(out, "  No run succeeded; nothing to summarise.");
        }
    }
    let failed = report.runs.len() - report.successes;
    if failed > 0 {
        let first = report.runs.iter().find(|r| r.status != Status::Success);
        let why = first
            .map(|r| format!("{} ({})", r.status, r.reason.as_deref().unwrap_or("")))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  Warning: {failed} of {} runs failed, e.g. {why}",
            report.runs.len()
        );
    }
    for w in &report.outliers {
        let runs: Vec<String> = w.runs.iter().map(|i| (i + 1).to_string()).collect();
        let _ = writeln!(
            out,
            "  Warning: outliers in {} (run {}): {}",
            w.metric,
            runs.join(", "),
            w.advice
        );
    }
    out
}
