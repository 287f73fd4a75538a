//! Reports of an evaluation: a terminal table, Markdown, and a self-contained HTML page
//! with, per problem, the reference distribution and where each candidate falls.

use std::collections::BTreeMap;
use std::fmt::Write;

use afterburner_venus::Verdict;

use crate::bootstrap::Estimate;
use crate::score::{Evaluation, Reference, Summary};

fn pct(e: &Estimate) -> String {
    format!(
        "{:5.1}% [{:.1}–{:.1}]",
        e.mean * 100.0,
        e.low * 100.0,
        e.high * 100.0
    )
}

fn rows(e: &Evaluation) -> Vec<(String, &Summary)> {
    let mut rows = vec![("all".to_string(), &e.overall)];
    rows.extend(
        e.by_difficulty
            .iter()
            .map(|(k, v)| (format!("difficulty {k}"), v)),
    );
    rows.extend(
        e.by_language
            .iter()
            .map(|(k, v)| (format!("language {k}"), v)),
    );
    rows
}

/// A plain-text table for the terminal.
pub fn table(e: &Evaluation) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<22} {:>5}  {:<22} {:<22} {:<22} {:<22}",
        "group", "n", "Pass@1", "Time%", "Memory%", "Integral%"
    );
    for (name, s) in rows(e) {
        let _ = writeln!(
            out,
            "{name:<22} {:>5}  {:<22} {:<22} {:<22} {:<22}",
            s.candidates,
            pct(&s.pass_at_1),
            pct(&s.time),
            pct(&s.memory),
            pct(&s.integral)
        );
    }
    if !e.problems_without_reference.is_empty() {
        let _ = writeln!(
            out,
            "warning: no passing reference for problems {} (their candidates score 0); measure the dataset with `afterburner distribution`",
            e.problems_without_reference.join(", ")
        );
    }
    out
}

/// A Markdown report: the summary table and the per-candidate detail.
pub fn markdown(e: &Evaluation) -> String {
    let mut out = String::from("# Litmus evaluation\n\n| group | n | Pass@1 | Time% | Memory% | Integral% |\n|---|---:|---|---|---|---|\n");
    for (name, s) in rows(e) {
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} |",
            s.candidates,
            pct(&s.pass_at_1),
            pct(&s.time),
            pct(&s.memory),
            pct(&s.integral)
        );
    }
    out.push_str("\nIntervals are 95% bootstrap intervals over candidates.\n\n## Candidates\n\n| problem | language | verdict | time ms | memory KiB | Time% | Memory% | Integral% | references |\n|---|---|---|---:|---:|---:|---:|---:|---:|\n");
    for c in &e.candidates {
        let k = &c.candidate;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {:.1} | {:.0} | {:.1} | {:.1} | {:.1} | {} |",
            k.problem_id,
            k.language,
            k.verdict,
            k.time,
            k.memory,
            c.time_pct * 100.0,
            c.memory_pct * 100.0,
            c.integral_pct * 100.0,
            c.references
        );
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One strip of a metric: reference dots, candidate markers, on a log axis.
fn strip(label: &str, unit: &str, references: &[f64], candidates: &[(f64, bool)]) -> String {
    let (w, h, pad) = (640.0, 46.0, 10.0);
    let values = references
        .iter()
        .copied()
        .chain(candidates.iter().map(|c| c.0))
        .filter(|v| *v > 0.0);
    let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let mut svg = format!(
        "<svg width=\"{w}\" height=\"{h}\" role=\"img\"><title>{}</title>",
        escape(label)
    );
    if lo > hi {
        svg.push_str("<text x=\"10\" y=\"25\">no measurements</text></svg>");
        return svg;
    }
    let (lo, hi) = if lo == hi {
        (lo * 0.9, hi * 1.1)
    } else {
        (lo, hi)
    };
    let x = |v: f64| pad + (v.ln() - lo.ln()) / (hi.ln() - lo.ln()) * (w - 2.0 * pad);
    let _ = write!(
        svg,
        "<line x1=\"{pad}\" y1=\"30\" x2=\"{}\" y2=\"30\" stroke=\"#999\"/>",
        w - pad
    );
    for r in references {
        let _ = write!(
            svg,
            "<circle cx=\"{:.1}\" cy=\"30\" r=\"3\" fill=\"#8888\"/>",
            x(*r)
        );
    }
    for (v, passed) in candidates {
        let colour = if *passed { "#1a7f37" } else { "#cf222e" };
        let _ = write!(svg, "<line x1=\"{0:.1}\" y1=\"16\" x2=\"{0:.1}\" y2=\"42\" stroke=\"{colour}\" stroke-width=\"2\"/>", x(*v));
    }
    let _ = write!(
        svg,
        "<text x=\"{pad}\" y=\"12\" font-size=\"11\">{} ({unit}, log scale): {lo:.3} … {hi:.3}</text></svg>",
        escape(label)
    );
    svg
}

/// A self-contained HTML page (inline SVG, no scripts or external files).
pub fn html(e: &Evaluation, references: &BTreeMap<String, Reference>) -> String {
    let mut out = String::from("<!doctype html><html><head><meta charset=\"utf-8\"><title>Litmus evaluation</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}td:first-child{text-align:left}</style></head><body><h1>Litmus evaluation</h1>");
    out.push_str("<table><tr><th>group</th><th>n</th><th>Pass@1</th><th>Time%</th><th>Memory%</th><th>Integral%</th></tr>");
    for (name, s) in rows(e) {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&name),
            s.candidates,
            pct(&s.pass_at_1),
            pct(&s.time),
            pct(&s.memory),
            pct(&s.integral)
        );
    }
    out.push_str("</table><p>Grey dots: passing reference solutions. Green lines: passing candidates; red: failing ones (drawn at their measured value).</p>");
    let mut problems: BTreeMap<&str, Vec<&crate::score::CandidateScore>> = BTreeMap::new();
    for c in &e.candidates {
        problems
            .entry(c.candidate.problem_id.as_str())
            .or_default()
            .push(c);
    }
    let empty = Reference::default();
    for (id, candidates) in problems {
        let r = references.get(id).unwrap_or(&empty);
        let _ = write!(out, "<h2>Problem {}</h2>", escape(id));
        let marks = |f: &dyn Fn(&crate::score::CandidateScore) -> f64| -> Vec<(f64, bool)> {
            candidates
                .iter()
                .map(|c| (f(c), c.candidate.verdict == Verdict::Passed))
                .collect()
        };
        out.push_str(&strip(
            "CPU time",
            "ms",
            &r.time,
            &marks(&|c| c.candidate.time),
        ));
        out.push_str(&strip(
            "Peak memory",
            "KiB",
            &r.memory,
            &marks(&|c| c.candidate.memory),
        ));
        out.push_str(&strip(
            "Integral",
            "KiB·ms",
            &r.integral,
            &marks(&|c| c.candidate.integral),
        ));
    }
    out.push_str("</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::{evaluate, Candidate};

    fn evaluation() -> (Evaluation, BTreeMap<String, Reference>) {
        let mut refs = BTreeMap::new();
        refs.insert(
            "7".to_string(),
            Reference {
                time: vec![10.0, 20.0, 40.0],
                memory: vec![100.0, 200.0, 300.0],
                integral: vec![1e3, 4e3, 1.2e4],
            },
        );
        let c = Candidate {
            problem_id: "7".into(),
            difficulty: "Easy".into(),
            language: "python".into(),
            verdict: Verdict::Passed,
            time: 15.0,
            memory: 100.0,
            integral: 1.5e3,
        };
        (evaluate(vec![c], &refs, 1), refs)
    }

    #[test]
    fn the_table_and_markdown_carry_every_figure() {
        let (e, _) = evaluation();
        let t = table(&e);
        assert!(
            t.contains("Pass@1") && t.contains("100.0%") && t.contains(" 66.7%"),
            "{t}"
        );
        let md = markdown(&e);
        assert!(
            md.contains("| all | 1 |")
                && md.contains("| 7 | python | passed | 15.0 | 100 | 66.7 | 100.0 | 66.7 | 3 |"),
            "{md}"
        );
    }

    #[test]
    fn the_html_page_is_self_contained_and_draws_every_point() {
        let (e, refs) = evaluation();
        let page = html(&e, &refs);
        assert!(page.starts_with("<!doctype html>") && page.ends_with("</html>\n"));
        assert!(!page.contains("<script") && !page.contains("http"));
        assert_eq!(page.matches("<circle").count(), 9);
        assert_eq!(page.matches("stroke=\"#1a7f37\"").count(), 3);
    }
}
