//! Reports of an evaluation: a terminal table, Markdown, and a self-contained HTML page
//! with, per problem, the reference distribution and where each candidate falls
//! (the strips are drawn in [`strip`]).

use std::collections::BTreeMap;
use std::fmt::Write;

use afterburner_venus::Verdict;

use crate::bootstrap::Estimate;
use crate::score::{Candidate, CandidateScore, Evaluation, Reference, References, Summary};

mod strip;

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
        // A failing candidate has no figures (NaN): a dash, not `NaN`.
        let shown = |v: f64, decimals: usize| {
            if v.is_finite() {
                format!("{v:.decimals$}")
            } else {
                "–".to_string()
            }
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {:.1} | {:.1} | {:.1} | {} |",
            k.problem_id,
            k.language,
            k.verdict,
            shown(k.time, 1),
            shown(k.memory, 0),
            c.time_pct * 100.0,
            c.memory_pct * 100.0,
            c.integral_pct * 100.0,
            c.references
        );
    }
    out
}

/// `text` made safe inside HTML text and quoted attributes (dataset, program and model
/// text is never trusted).
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Legend of the strips, drawn with the same marks.
fn legend() -> String {
    let mut out = String::from("<svg class=\"legend\" width=\"760\" height=\"24\" font-size=\"12\" role=\"img\"><title>Legend</title>");
    let _ = write!(
        out,
        "<circle cx=\"8\" cy=\"12\" r=\"4\" fill=\"{}\" fill-opacity=\"0.75\"/><text x=\"18\" y=\"16\">passing reference solution</text>",
        strip::REFERENCE
    );
    let _ = write!(
        out,
        "<line x1=\"210\" y1=\"2\" x2=\"210\" y2=\"22\" stroke=\"{}\" stroke-width=\"2\"/><text x=\"218\" y=\"16\">#n passing candidate, at its figure</text>",
        strip::PASSED
    );
    let _ = write!(
        out,
        "<path d=\"M466 8L474 16M466 16L474 8\" stroke=\"{}\" stroke-width=\"2\"/><text x=\"482\" y=\"16\">failing candidate: its verdict, off the scale (scores 0)</text></svg>",
        strip::FAILED
    );
    out
}

/// A self-contained HTML page (inline SVG, no scripts or external files): the summary,
/// then per problem and language its candidates and, per metric, where they fall among
/// the passing references in that language. Candidates are numbered `#n` in the order of the evaluation (the order
/// of the candidates file).
pub fn html(e: &Evaluation, references: &References) -> String {
    let mut out = String::from("<!doctype html><html><head><meta charset=\"utf-8\"><title>Litmus evaluation</title><style>body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}td:first-child,th:first-child{text-align:left}svg{display:block;margin:0.6em 0}ul{padding-left:1.2em}li{margin:0.2em 0}.passed{color:#1a7f37}.failed{color:#cf222e}.note{color:#57606a}</style></head><body><h1>Litmus evaluation</h1>");
    out.push_str("<table><tr><th>group</th><th>n</th><th>Pass@1</th><th>Time%</th><th>Memory%</th><th>Integral%</th></tr>");
    for (name, s) in rows(e) {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape_html(&name),
            s.candidates,
            pct(&s.pass_at_1),
            pct(&s.time),
            pct(&s.memory),
            pct(&s.integral)
        );
    }
    out.push_str("</table><p class=\"note\">Intervals are 95% bootstrap intervals over candidates. Time%, Memory% and Integral%: the share of a problem's passing references that a passing candidate matches or beats; a failing candidate scores 0.</p>");
    if !e.problems_without_reference.is_empty() {
        let _ = write!(
            out,
            "<p class=\"failed\">No passing reference for problems {} (their candidates score 0): measure the dataset with <code>afterburner distribution</code>.</p>",
            escape_html(&e.problems_without_reference.join(", "))
        );
    }
    out.push_str(&legend());
    type Group<'a> = BTreeMap<(&'a str, &'a str), Vec<(usize, &'a CandidateScore)>>;
    let mut problems: Group = BTreeMap::new();
    for (i, c) in e.candidates.iter().enumerate() {
        let key = (
            c.candidate.problem_id.as_str(),
            c.candidate.language.as_str(),
        );
        problems.entry(key).or_default().push((i + 1, c));
    }
    let empty = Reference::default();
    for ((id, language), candidates) in problems {
        let r = references.get(id, language).unwrap_or(&empty);
        let _ = write!(
            out,
            "<h2>Problem {} ({})</h2><p class=\"note\">{} passing reference solutions in {}.</p><ul>",
            escape_html(id),
            escape_html(language),
            r.len(),
            escape_html(language)
        );
        for (number, c) in &candidates {
            out.push_str(&candidate_line(*number, c));
        }
        out.push_str("</ul>");
        if r.is_empty() {
            out.push_str("<p class=\"failed\">No passing reference to compare with: every candidate of this problem scores 0.</p>");
            continue;
        }
        let marks = |f: &dyn Fn(&Candidate) -> f64| -> Vec<strip::Mark> {
            candidates
                .iter()
                .map(|(number, c)| strip::Mark {
                    number: *number,
                    value: f(&c.candidate),
                    verdict: c.candidate.verdict,
                })
                .collect()
        };
        out.push_str(&strip::strip(
            "CPU time",
            "ms",
            &r.time,
            &marks(&|c| c.time),
        ));
        out.push_str(&strip::strip(
            "Peak memory",
            "KiB",
            &r.memory,
            &marks(&|c| c.memory),
        ));
        out.push_str(&strip::strip(
            "Integral",
            "KiB·ms",
            &r.integral,
            &marks(&|c| c.integral),
        ));
    }
    out.push_str("</body></html>\n");
    out
}

/// `#n language verdict: figures and scores`, as a list item.
fn candidate_line(number: usize, c: &CandidateScore) -> String {
    let k = &c.candidate;
    if k.verdict == Verdict::Passed {
        format!(
            "<li><b>#{number}</b> {}: <span class=\"passed\">passed</span>, {} ms, {} KiB, {} KiB·ms; Time% {:.1}, Memory% {:.1}, Integral% {:.1}</li>",
            escape_html(&k.language),
            strip::figure(k.time),
            strip::figure(k.memory),
            strip::figure(k.integral),
            c.time_pct * 100.0,
            c.memory_pct * 100.0,
            c.integral_pct * 100.0
        )
    } else {
        format!(
            "<li><b>#{number}</b> {}: <span class=\"failed\">failed: {}</span>; scores 0</li>",
            escape_html(&k.language),
            k.verdict
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::{evaluate, Candidate};

    fn evaluation() -> (Evaluation, References) {
        let mut refs = References::default();
        refs.insert(
            "7",
            "python",
            Reference {
                time: vec![10.0, 20.0, 40.0],
                memory: vec![100.0, 200.0, 300.0],
                integral: vec![1e3, 4e3, 1.2e4],
            },
        );
        let passing = Candidate {
            problem_id: "7".into(),
            difficulty: "Easy".into(),
            language: "python".into(),
            verdict: Verdict::Passed,
            time: 15.0,
            memory: 100.0,
            integral: 1.5e3,
        };
        // As `evaluate` measures a failing candidate: no figures.
        let failing = Candidate {
            verdict: Verdict::WrongAnswer,
            time: f64::NAN,
            memory: f64::NAN,
            integral: f64::NAN,
            ..passing.clone()
        };
        (evaluate(vec![passing, failing], &refs, 1), refs)
    }

    #[test]
    fn the_table_and_markdown_carry_every_figure() {
        let (e, _) = evaluation();
        let t = table(&e);
        assert!(
            t.contains("Pass@1") && t.contains(" 50.0%") && t.contains(" 33.3%"),
            "{t}"
        );
        let md = markdown(&e);
        assert!(
            md.contains("| all | 2 |")
                && md.contains("| 7 | python | passed | 15.0 | 100 | 66.7 | 100.0 | 66.7 | 3 |")
                && md.contains("| 7 | python | wrong_answer | – | – | 0.0 | 0.0 | 0.0 | 3 |"),
            "{md}"
        );
        assert!(!md.contains("NaN"), "{md}");
    }

    #[test]
    fn the_html_page_is_self_contained_and_draws_every_point() {
        let (e, refs) = evaluation();
        let page = html(&e, &refs);
        assert!(page.starts_with("<!doctype html>") && page.ends_with("</html>\n"));
        assert!(!page.contains("<script") && !page.contains("http"));
        assert_eq!(page.matches("class=\"reference\"").count(), 9);
        assert_eq!(page.matches("class=\"candidate\"").count(), 3);
        assert!(!page.contains("NaN"), "{page}");
    }

    #[test]
    fn a_problem_without_references_gets_a_sentence_not_empty_strips() {
        let (mut e, refs) = evaluation();
        let mut lone = e.candidates[0].clone();
        lone.candidate.problem_id = "8".into();
        e.candidates.push(lone);
        let page = html(&e, &refs);
        let eight = &page[page.find("<h2>Problem 8 (python)</h2>").unwrap()..];
        assert!(
            eight.contains("No passing reference to compare with"),
            "{eight}"
        );
        assert!(!eight.contains("<svg"), "{eight}");
    }

    #[test]
    fn a_failing_candidate_is_drawn_as_a_failure_never_on_a_scale() {
        let (e, refs) = evaluation();
        let page = html(&e, &refs);
        // Per metric: the scale holds only the passing candidate #1; #2 is in the
        // failed lane with its verdict.
        for svg in page.split("<svg class=\"strip\"").skip(1) {
            let scale = &svg[svg.find("<g class=\"scale\">").unwrap()..];
            let scale = &scale[..scale.find("</g>").unwrap()];
            assert!(scale.contains(">#1<") && !scale.contains("#2"), "{scale}");
            assert_eq!(scale.matches("class=\"candidate\"").count(), 1);
            let lane = &svg[svg.find("<g class=\"failed\">").expect("a failed lane")..];
            assert!(lane.contains("#2 failed: wrong_answer"), "{lane}");
        }
        assert!(page.contains("failing candidate: its verdict, off the scale"));
        assert_eq!(page.matches("<svg class=\"strip\"").count(), 3);
        assert!(
            page.contains("<b>#2</b> python: <span class=\"failed\">failed: wrong_answer</span>")
        );
    }
}
