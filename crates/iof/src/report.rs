//! `report.html`: one self-contained page (inline SVG and CSS, no scripts) with the
//! run's curves — Pass@1, Time%, Memory% and Integral% per iteration with their 95%
//! intervals, the paper's figure — the answers and costs per iteration, and every
//! problem's course. Every text that came from a dataset, a program or a model is
//! escaped: none of it is trusted. A failing version is always shown as its verdict, never
//! as a figure, and a figure that is not finite is never drawn.

use std::collections::BTreeMap;
use std::fmt::Write;

use afterburner_litmus::bootstrap::Estimate;
use afterburner_litmus::report::escape_html as escape;
use afterburner_litmus::score::Reference;

use crate::engine::{Step, Trajectory};
use crate::instruction::Instruction;
use crate::output::RunSummary;
use crate::settings::Start;
use crate::summary::{InstructionFigures, IterationFigures};

const STYLE: &str = "body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#1d2330;padding:0 16px}\
h1{font-size:22px;margin:0 0 6px}h2{font-size:18px;margin:36px 0 4px;padding-top:12px;border-top:2px solid #dde2ea}\
h3{font-size:15px;margin:24px 0 4px}.muted{color:#5b6475}.note{color:#5b6475;font-size:13px;margin:2px 0 10px;max-width:900px}\
.demo{background:#fff4d6;border:1px solid #e0b84c;border-left:6px solid #d99a00;padding:10px 14px;border-radius:6px;margin:12px 0}\
.demo strong{display:block;margin-bottom:2px}\
.warn{background:#fdeaea;border:1px solid #d77;padding:8px 12px;border-radius:6px;margin:8px 0}\
.charts{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0}.chart{border:1px solid #dde2ea;border-radius:6px;background:#fff}\
.scroll{overflow:auto;max-height:80vh;margin:8px 0}\
table{border-collapse:collapse;font-variant-numeric:tabular-nums}\
th,td{border-bottom:1px solid #e3e7ee;padding:4px 8px;text-align:right;white-space:nowrap}\
th{background:#f4f6f9;position:sticky;top:0;z-index:1}td.l,th.l{text-align:left}\
.ci,.share{color:#5b6475;font-size:12px}\
td.failed{background:#fdeaea;color:#b3261e;font-weight:600}td.new{box-shadow:inset 4px 0 0 #2b8a3e}\
td.cut{background:#fff4d6}.better{color:#2b8a3e;font-weight:600}.worse{color:#b3261e;font-weight:600}\
.key{display:inline-block;width:22px;height:14px;vertical-align:-2px;margin:0 4px 0 0;border:1px solid #e3e7ee}\
.legend span.item{margin-right:18px}table.problems td:first-child,table.problems th:first-child{position:sticky;left:0;z-index:2;max-width:16em;overflow:hidden;text-overflow:ellipsis}table.problems td:first-child{background:#fff}table.problems th:first-child{z-index:3}";

/// The page for `summary` (`references`: each problem's human distribution, for the
/// problem table's count of human solutions).
pub fn html(summary: &RunSummary, references: &BTreeMap<String, Reference>) -> String {
    let mut page = String::new();
    let s = &summary.settings;
    let _ = write!(
        page,
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">\
         <title>Optimisation run: {model}</title><style>{STYLE}</style><h1>Optimisation run: {model}</h1>",
        model = escape(&s.model)
    );
    let mut warnings = summary.warnings.iter();
    if summary.demo_model {
        // The first warning of a demo run is the notice (see the optimize command).
        let notice = warnings.next().map_or_else(
            || "The built-in demo model wrote these answers: its figures say nothing about real code models.".to_string(),
            |w| escape(w),
        );
        let _ = write!(
            page,
            "<div class=\"demo\"><strong>Demo model</strong>{notice}</div>"
        );
    }
    let _ = write!(
        page,
        "<p class=\"muted\">{} of {} in {} · {} {} · {} · {} per round · first version: {} · {} per measurement · case multiplier {} · a new version is kept when more than {}% better{}{}</p>",
        count(s.problems.len(), "problem"),
        escape(&s.dataset),
        s.language,
        if s.instructions.len() == 1 { "goal" } else { "goals" },
        s.instructions.iter().map(|i| i.name()).collect::<Vec<_>>().join(", "),
        count(s.iterations, "feedback round"),
        count(s.samples, "answer"),
        match &s.start {
            Start::None => "written by the model".to_string(),
            Start::Reference => "a human solution".to_string(),
            Start::File { path, .. } => escape(path),
        },
        count(s.runs, "run"),
        s.case_multiply,
        percent(s.min_gain),
        if s.feedback { "" } else { " · no feedback (ablation)" },
        if s.original { "" } else { " · current code hidden (ablation)" },
    );
    for w in warnings {
        let _ = write!(page, "<div class=\"warn\">{}</div>", escape(w));
    }
    let _ = write!(
        page,
        "<p class=\"muted\">{:.0} s wall clock. Model {:.0} s and measuring {:.0} s, each summed over requests and problems (they overlap, so together they can exceed the wall clock). {} prompt + {} completion tokens.</p>",
        summary.wall_seconds,
        summary.llm_seconds,
        summary.measure_seconds,
        summary.prompt_tokens,
        summary.completion_tokens
    );
    if summary.figures.is_empty() {
        page.push_str("<p><strong>No problem was run</strong>: there are no figures to show.</p>");
    }
    for group in &summary.figures {
        let trajectories: Vec<&Trajectory> = summary
            .trajectories
            .iter()
            .filter(|t| t.instruction == group.instruction)
            .collect();
        curves(&mut page, group);
        iteration_tables(&mut page, &group.iterations);
        problem_table(&mut page, group, &trajectories, references, s.min_gain);
    }
    page.push_str("</html>\n");
    page
}

/// `n thing` or `n things`.
fn count(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

/// A measured figure for people: digits grouped from 1000 on (no decimals there), one
/// decimal from 1, two below; a dash for what is not finite.
fn number(v: f64) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    if v.abs() < 1.0 {
        return format!("{v:.2}");
    }
    if v.abs() < 1000.0 {
        return format!("{v:.1}");
    }
    let digits = format!("{:.0}", v.abs());
    let mut grouped = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('\u{202f}');
        }
        grouped.push(d);
    }
    if v < 0.0 {
        format!("−{grouped}")
    } else {
        grouped
    }
}

/// A share as a percentage, without decimals unless it has them (5%, 2.5%).
fn percent(share: f64) -> String {
    let text = format!("{:.2}", share * 100.0);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn finite(e: &Estimate) -> bool {
    e.mean.is_finite() && e.low.is_finite() && e.high.is_finite()
}

/// A curve: its name, what it measures, its figure per iteration and its colour.
type Series = (
    &'static str,
    &'static str,
    fn(&IterationFigures) -> Estimate,
    &'static str,
);

fn curves(page: &mut String, group: &InstructionFigures) {
    let instruction = group.instruction;
    let problems = group.iterations.first().map_or(0, |i| i.problems);
    let _ = write!(
        page,
        "<h2>Goal: lower {instruction} ({}) — {}</h2>\
         <p class=\"note\">Each chart: the mean over the problems of the kept version's score after each iteration \
         (0 is the first version), with its 95% bootstrap interval as a band. \
         <b>Pass@1</b>: share of problems whose kept version passes every test. \
         <b>Time%</b>, <b>Memory%</b>, <b>Integral%</b>: share of the problem's human solutions the kept version is at \
         least as good as (a failing version counts 0). Scores come from a second measurement of each kept version, \
         not the one that chose it.</p><div class=\"charts\">",
        instruction.unit(),
        count(problems, "problem")
    );
    let series: [Series; 4] = [
        (
            "Pass@1",
            "share of problems passing",
            |i| i.pass_at_1,
            "#2f6fdf",
        ),
        (
            "Time%",
            "human solutions at least as slow",
            |i| i.time,
            "#d9480f",
        ),
        (
            "Memory%",
            "human solutions using at least as much memory",
            |i| i.memory,
            "#2b8a3e",
        ),
        (
            "Integral%",
            "human solutions with at least as large a time–memory integral",
            |i| i.integral,
            "#862e9c",
        ),
    ];
    for (name, meaning, value, colour) in series {
        let points: Vec<Estimate> = group.iterations.iter().map(value).collect();
        page.push_str(&chart(name, meaning, &points, colour));
    }
    page.push_str("</div>");
}

/// A line chart of `points` (shares 0–1, one per iteration from 0) with each interval as
/// a band (a bar when there is one iteration). Points that are not finite are left out.
fn chart(name: &str, meaning: &str, points: &[Estimate], colour: &str) -> String {
    let (w, h, left, right, top, bottom) = (255.0, 196.0, 34.0, 34.0, 30.0, 38.0);
    let plot_w: f64 = w - left - right;
    let plot_h: f64 = h - top - bottom;
    let n = points.len();
    let x = |i: usize| {
        if n <= 1 {
            left + plot_w / 2.0
        } else {
            // Inset from the axes so the first and last points clear the tick labels.
            left + 6.0 + (plot_w - 12.0) * i as f64 / (n - 1) as f64
        }
    };
    let y = |v: f64| top + plot_h * (1.0 - v.clamp(0.0, 1.0));
    let mut svg = format!(
        "<svg class=\"chart\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" font-size=\"10\">\
         <title>{name} per iteration: {meaning} (%)</title>\
         <text x=\"10\" y=\"18\" font-size=\"13\" font-weight=\"600\">{name}</text>\
         <text x=\"{}\" y=\"18\" text-anchor=\"end\" fill=\"#5b6475\">%</text>",
        w - 10.0
    );
    for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
        let _ = write!(
            svg,
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{y0:.1}\" y2=\"{y0:.1}\" stroke=\"{}\"/>",
            w - right,
            if tick == 0.0 { "#b8c0cc" } else { "#eef0f4" },
            y0 = y(tick)
        );
        if tick == 0.0 || tick == 0.5 || tick == 1.0 {
            let _ = write!(
                svg,
                "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#5b6475\">{:.0}</text>",
                left - 4.0,
                y(tick) + 3.5,
                tick * 100.0
            );
        }
    }
    // At most about ten iteration labels, so they never run into each other.
    let every = n.div_ceil(10).max(1);
    for i in (0..n).filter(|i| i % every == 0) {
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"#5b6475\">{i}</text>",
            x(i),
            top + plot_h + 13.0
        );
    }
    let _ = write!(
        svg,
        "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"#5b6475\">iteration</text>",
        left + plot_w / 2.0,
        h - 6.0
    );
    let shown: Vec<(usize, &Estimate)> = points
        .iter()
        .enumerate()
        .filter(|(_, p)| finite(p))
        .collect();
    match shown.len() {
        0 => {
            let _ = write!(
                svg,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#5b6475\">no figures</text>",
                left + plot_w / 2.0,
                top + plot_h / 2.0
            );
        }
        1 => {
            let (i, p) = shown[0];
            let _ = write!(
                svg,
                "<line x1=\"{x0:.1}\" x2=\"{x0:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-opacity=\"0.35\" stroke-width=\"8\"/>",
                y(p.high),
                y(p.low),
                x0 = x(i)
            );
        }
        _ => {
            let upper = shown
                .iter()
                .map(|(i, p)| format!("{:.1},{:.1}", x(*i), y(p.high)));
            let lower = shown
                .iter()
                .rev()
                .map(|(i, p)| format!("{:.1},{:.1}", x(*i), y(p.low)));
            let band: Vec<String> = upper.chain(lower).collect();
            let line: Vec<String> = shown
                .iter()
                .map(|(i, p)| format!("{:.1},{:.1}", x(*i), y(p.mean)))
                .collect();
            let _ = write!(
                svg,
                "<polygon points=\"{}\" fill=\"{colour}\" fill-opacity=\"0.16\"/>\
                 <polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>",
                band.join(" "),
                line.join(" ")
            );
        }
    }
    for (i, p) in &shown {
        let _ = write!(
            svg,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{colour}\"><title>iteration {i}: {:.1}% [{:.1}–{:.1}]</title></circle>",
            x(*i),
            y(p.mean),
            p.mean * 100.0,
            p.low * 100.0,
            p.high * 100.0
        );
    }
    if let Some((i, p)) = shown.last() {
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"{colour}\" font-size=\"11\" font-weight=\"600\">{:.0}</text>",
            x(*i) + 5.0,
            y(p.mean) + 4.0,
            p.mean * 100.0
        );
    }
    svg.push_str("</svg>");
    svg
}

fn interval(e: &Estimate) -> String {
    if !finite(e) {
        return "–".into();
    }
    format!(
        "{:.1} <span class=\"ci\">[{:.1}–{:.1}]</span>",
        e.mean * 100.0,
        e.low * 100.0,
        e.high * 100.0
    )
}

/// The scores per iteration, then what the answers held and what they cost: two tables,
/// so neither is wider than the page.
fn iteration_tables(page: &mut String, iterations: &[IterationFigures]) {
    page.push_str(
        "<h3>Scores per iteration</h3><p class=\"note\">In %, with the 95% interval in brackets. \
         <b>improved</b>: problems where a better version was kept in that round (a passing one in place of \
         a failing one, or one better by more than the minimum gain); <b>improved so far</b>: problems where \
         that happened in any feedback round up to then.</p>\
         <div class=\"scroll\"><table><tr><th>iteration</th><th>Pass@1</th><th>Time%</th><th>Memory%</th><th>Integral%</th>\
         <th>improved</th><th>improved so far</th></tr>",
    );
    for it in iterations {
        let _ = write!(
            page,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            it.iteration,
            interval(&it.pass_at_1),
            interval(&it.time),
            interval(&it.memory),
            interval(&it.integral),
            it.accepted,
            it.improved,
        );
    }
    page.push_str(
        "</table></div><h3>Answers and cost per iteration</h3>\
         <p class=\"note\"><b>cut off</b>: answers that hit the token limit (<code>--max-tokens</code>); \
         seconds are summed over requests and problems.</p>\
         <div class=\"scroll\"><table><tr><th>iteration</th><th>answers</th><th>with code</th><th>exact format</th>\
         <th>cut off</th><th>prompt tokens</th><th>completion tokens</th><th>model s</th><th>measuring s</th></tr>",
    );
    for it in iterations {
        let c = &it.counts;
        let _ = write!(
            page,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td{}>{}</td><td>{}</td><td>{}</td><td>{:.1}</td><td>{:.1}</td></tr>",
            it.iteration,
            c.answers,
            c.with_code,
            c.exact_format,
            if c.truncated > 0 { " class=\"cut\"" } else { "" },
            c.truncated,
            it.prompt_tokens,
            it.completion_tokens,
            it.llm_seconds,
            it.measure_seconds
        );
    }
    page.push_str("</table></div>");
}

/// One row per problem: the kept version's instructed metric at every iteration, with
/// its share of human solutions beaten, and the change from the first version to the
/// last; a failing version shows its verdict, never a number that could pass for a good
/// one.
fn problem_table(
    page: &mut String,
    group: &InstructionFigures,
    trajectories: &[&Trajectory],
    references: &BTreeMap<String, Reference>,
    min_gain: f64,
) {
    let instruction = group.instruction;
    let rounds = trajectories
        .iter()
        .map(|t| t.steps.len())
        .max()
        .unwrap_or(0);
    let passing = trajectories
        .iter()
        .filter(|t| {
            t.steps
                .last()
                .and_then(|s| s.score.as_ref())
                .is_some_and(|m| m.passed())
        })
        .count();
    let replaced = trajectories
        .iter()
        .filter(|t| t.steps.iter().any(|s| s.accepted))
        .count();
    let _ = write!(
        page,
        "<h3>Each problem</h3><p class=\"note\">The kept version's median {instruction} in {unit} after each iteration, \
         and in small print the share of the problem's human solutions it is at least as good as. \
         <b>change</b>: the last iteration against the first version. Hover over a cell for why that version is kept \
         and, for a failure, what went wrong. At the end {} of {} pass; {} improved in a feedback round.</p>\
         <p class=\"note legend\"><span class=\"item\"><span class=\"key\" style=\"box-shadow:inset 4px 0 0 #2b8a3e\"></span>a better version was kept in this round</span>\
         <span class=\"item\"><span class=\"key\" style=\"background:#fdeaea\"></span>the kept version fails: its verdict, no figure</span></p>\
         <div class=\"scroll\"><table class=\"problems\"><tr><th class=\"l\">problem</th><th class=\"l\">difficulty</th>         <th title=\"passing human solutions measured for the problem's scale\">humans</th>",
        passing,
        count(trajectories.len(), "problem"),
        replaced,
        unit = instruction.unit(),
    );
    for i in 0..rounds {
        let _ = write!(page, "<th>{i}</th>");
    }
    page.push_str("<th>change</th></tr>");
    for t in trajectories {
        let humans = references.get(&t.problem_id).map_or(0, Reference::len);
        let _ = write!(
            page,
            "<tr><td class=\"l\" title=\"{id}\">{id}</td><td class=\"l\">{}</td><td>{humans}</td>",
            escape(&t.difficulty),
            id = escape(&t.problem_id),
        );
        for step in &t.steps {
            page.push_str(&cell(step, instruction));
        }
        for _ in t.steps.len()..rounds {
            page.push_str("<td></td>");
        }
        page.push_str(&change(t, instruction, min_gain));
        page.push_str("</tr>");
    }
    page.push_str("</table></div>");
}

fn cell(step: &Step, instruction: Instruction) -> String {
    let new = if step.accepted { " new" } else { "" };
    let why = escape(&step.reason);
    let share = match instruction {
        Instruction::Time => step.shares[0],
        Instruction::Memory => step.shares[1],
        Instruction::Integral => step.shares[2],
    };
    let Some(m) = &step.score else {
        return format!(
            "<td class=\"failed{new}\" title=\"no version with code yet: {why}\">no code</td>"
        );
    };
    match m
        .metric(instruction)
        .filter(|v| m.passed() && v.is_finite())
    {
        Some(v) => format!(
            "<td class=\"{}\" title=\"{why}\">{} <span class=\"share\">{:.0}%</span></td>",
            new.trim(),
            number(v),
            share * 100.0
        ),
        None if m.passed() => {
            format!("<td class=\"failed{new}\" title=\"{why}\">no figure</td>")
        }
        None => format!(
            "<td class=\"failed{new}\" title=\"{}: {} (kept: {why})\">{}</td>",
            m.verdict.name().replace('_', " "),
            escape(m.reason.as_deref().unwrap_or("")),
            m.verdict.name().replace('_', " ")
        ),
    }
}

/// The last iteration against the first version: the relative change of the metric when
/// both pass, else whether it passes now.
fn change(t: &Trajectory, instruction: Instruction, min_gain: f64) -> String {
    let metric = |s: Option<&Step>| {
        s.and_then(|s| s.score.as_ref())
            .filter(|m| m.passed())
            .and_then(|m| m.metric(instruction))
            .filter(|v| v.is_finite())
    };
    let (first, last) = (metric(t.steps.first()), metric(t.steps.last()));
    match (first, last) {
        _ if t.steps.len() < 2 && last.is_some() => "<td class=\"muted\">–</td>".into(),
        (_, None) => "<td class=\"failed\">fails</td>".into(),
        (None, Some(_)) => "<td class=\"better\">now passes</td>".into(),
        (Some(a), Some(b)) if a > 0.0 => {
            let rel = (b - a) / a;
            let class = if rel < -min_gain {
                "better"
            } else if rel > min_gain {
                "worse"
            } else {
                "muted"
            };
            let sign = if rel < 0.0 { "−" } else { "+" };
            format!("<td class=\"{class}\">{sign}{:.0}%</td>", rel.abs() * 100.0)
        }
        (Some(_), Some(_)) => "<td class=\"muted\">–</td>".into(),
    }
}

#[cfg(test)]
mod tests {
    use afterburner_venus::Verdict;

    use super::*;
    use crate::engine::AnswerCounts;
    use crate::measurement::Measurement;
    use crate::settings::Settings;

    fn step(iteration: usize, accepted: bool, score: Option<Measurement>) -> Step {
        Step {
            iteration,
            kept_hash: score.as_ref().map(|_| "ab".into()),
            accepted,
            reason: "why <it> was kept".into(),
            chosen: score.clone(),
            score,
            shares: [0.5; 3],
            usage: Default::default(),
            llm_seconds: 0.0,
            measure_seconds: 0.0,
            counts: AnswerCounts::default(),
        }
    }

    fn passing(time_ms: f64) -> Measurement {
        Measurement {
            verdict: Verdict::Passed,
            reason: None,
            failing_case: None,
            time_ms: Some(time_ms),
            memory_kb: Some(2048.0),
            integral_kb_ms: Some(4096.0),
            runs: 3,
        }
    }

    fn estimate(mean: f64) -> Estimate {
        Estimate {
            mean,
            low: (mean - 0.1).max(0.0),
            high: (mean + 0.1).min(1.0),
        }
    }

    fn figures(i: usize, value: f64) -> IterationFigures {
        IterationFigures {
            iteration: i,
            problems: 1,
            pass_at_1: estimate(value),
            time: estimate(value),
            memory: estimate(value),
            integral: estimate(value),
            accepted: 0,
            improved: 0,
            prompt_tokens: 10,
            completion_tokens: 5,
            llm_seconds: 0.5,
            measure_seconds: 1.0,
            counts: AnswerCounts {
                answers: 1,
                with_code: 1,
                exact_format: 1,
                truncated: 0,
            },
        }
    }

    fn settings() -> Settings {
        serde_json::from_value(serde_json::json!({
            "dataset": "<data>", "problems": ["p<1>"], "model": "m<&>", "instructions": ["time"],
            "iterations": 0, "start": {"kind": "none"}, "language": "python", "samples": 1,
            "temperature": 0.0, "max_tokens": 100, "seed": 1, "extra_body": {}, "runs": 1,
            "case_multiply": 1, "sample_hz": 1000, "min_gain": 0.05, "feedback": true,
            "original": true, "few_shot": false, "prompt_sha": ""
        }))
        .expect("settings parse")
    }

    fn summary(figures: Vec<InstructionFigures>, trajectories: Vec<Trajectory>) -> RunSummary {
        RunSummary {
            settings: settings(),
            servers: vec![],
            demo_model: false,
            figures,
            wall_seconds: 1.0,
            llm_seconds: 0.5,
            measure_seconds: 1.0,
            prompt_tokens: 10,
            completion_tokens: 5,
            resumed_calls: 0,
            warnings: vec![],
            trajectories,
        }
    }

    /// An SVG or HTML element closed with `/>` right after an unquoted attribute value
    /// takes the slash into the value and stays open, swallowing what follows (the
    /// curves once disappeared under an opaque band this way).
    fn assert_well_formed_marks(html: &str) {
        for (at, _) in html.match_indices("/>") {
            let before = html[..at].chars().last();
            assert!(
                matches!(before, Some('"') | Some(' ')),
                "unquoted attribute before '/>' at {at}: {}",
                &html[at.saturating_sub(60)..at + 2]
            );
        }
    }

    #[test]
    fn text_from_programs_and_models_is_escaped() {
        assert_eq!(
            escape("<script>'x'&\"y\"</script>"),
            "&lt;script&gt;&#39;x&#39;&amp;&quot;y&quot;&lt;/script&gt;"
        );
        let t = Trajectory {
            instruction: Instruction::Time,
            problem_id: "p<1>".into(),
            difficulty: "<b>hard</b>".into(),
            steps: vec![step(0, false, Some(passing(10.0)))],
            final_code: None,
        };
        let s = summary(
            vec![InstructionFigures {
                instruction: Instruction::Time,
                iterations: vec![figures(0, 0.5)],
            }],
            vec![t],
        );
        let html = html(&s, &BTreeMap::new());
        for raw in ["p<1>", "<b>hard", "m<&>", "<data>", "<it>"] {
            assert!(!html.contains(raw), "{raw} unescaped");
        }
        assert!(html.contains("p&lt;1&gt;") && html.contains("m&lt;&amp;&gt;"));
    }

    #[test]
    fn a_failing_version_shows_its_verdict_not_a_number() {
        let mut s = step(
            1,
            false,
            Some(Measurement::failed(Verdict::Timeout, "<b>slow</b>".into())),
        );
        s.shares = [0.0; 3];
        let html = cell(&s, Instruction::Time);
        assert!(
            html.contains("class=\"failed\"") && html.contains(">timeout</td>"),
            "{html}"
        );
        assert!(
            html.contains("&lt;b&gt;slow") && !html.contains("<b>"),
            "{html}"
        );
        let none = cell(&step(0, false, None), Instruction::Time);
        assert!(
            none.contains("class=\"failed\"") && none.contains(">no code<"),
            "{none}"
        );
        let replaced = cell(
            &step(
                2,
                true,
                Some(Measurement::failed(Verdict::WrongAnswer, "x".into())),
            ),
            Instruction::Time,
        );
        assert!(replaced.contains("class=\"failed new\"") && replaced.contains(">wrong answer<"));
    }

    #[test]
    fn a_passing_version_shows_its_figure_readably() {
        let html = cell(&step(1, true, Some(passing(45344.0))), Instruction::Time);
        assert!(html.contains("class=\"new\""), "{html}");
        assert!(
            html.contains("45\u{202f}344 <span class=\"share\">50%</span>"),
            "{html}"
        );
        assert_eq!(number(866.56), "866.6");
        assert_eq!(number(0.123), "0.12");
        assert_eq!(number(12_345_678.4), "12\u{202f}345\u{202f}678");
        assert_eq!(number(f64::NAN), "–");
        assert_eq!(
            (percent(0.05), percent(0.025), percent(0.0)),
            ("5".into(), "2.5".into(), "0".into())
        );
    }

    #[test]
    fn the_change_column_compares_the_last_version_with_the_first() {
        let course = |steps| Trajectory {
            instruction: Instruction::Time,
            problem_id: "p".into(),
            difficulty: "Easy".into(),
            steps,
            final_code: None,
        };
        let fail = || Some(Measurement::failed(Verdict::Timeout, "slow".into()));
        let c = |steps| change(&course(steps), Instruction::Time, 0.05);
        assert!(c(vec![
            step(0, false, Some(passing(100.0))),
            step(1, true, Some(passing(25.0)))
        ])
        .contains("better\">−75%"));
        assert!(c(vec![
            step(0, false, fail()),
            step(1, true, Some(passing(25.0)))
        ])
        .contains("now passes"));
        assert!(c(vec![
            step(0, false, Some(passing(100.0))),
            step(1, true, fail())
        ])
        .contains("failed\">fails"));
        assert!(c(vec![step(0, false, None)]).contains("fails"));
        // One iteration: nothing to compare with.
        assert!(c(vec![step(0, false, Some(passing(100.0)))]).contains("muted\">–"));
        assert!(c(vec![
            step(0, false, Some(passing(100.0))),
            step(1, false, Some(passing(102.0)))
        ])
        .contains("muted\">+2%"));
    }

    #[test]
    fn curves_are_drawn_for_one_iteration_and_for_many() {
        let one = chart("Pass@1", "share", &[estimate(0.5)], "#000");
        assert!(
            one.contains("<circle cx=\"127.5\""),
            "one point sits in the middle: {one}"
        );
        assert!(!one.contains("NaN") && !one.contains("inf"), "{one}");
        assert_well_formed_marks(&one);
        let many: Vec<Estimate> = (0..31).map(|i| estimate(i as f64 / 30.0)).collect();
        let svg = chart("Time%", "share", &many, "#000");
        assert_eq!(svg.matches("<circle").count(), 31);
        assert!(
            svg.contains("<polygon") && svg.contains("<polyline"),
            "{svg}"
        );
        // 31 iterations: labels every 4th, not all 31 crowded together.
        assert_eq!(
            svg.matches("text-anchor=\"middle\" fill=\"#5b6475\">")
                .count(),
            8 + 1
        );
        assert_well_formed_marks(&svg);
    }

    #[test]
    fn figures_that_are_not_finite_are_never_drawn() {
        let nan = Estimate {
            mean: f64::NAN,
            low: f64::NAN,
            high: f64::NAN,
        };
        let svg = chart("Time%", "share", &[nan, estimate(0.4), nan], "#000");
        assert!(!svg.contains("NaN"), "{svg}");
        assert_eq!(svg.matches("<circle").count(), 1);
        assert!(chart("Time%", "share", &[nan], "#000").contains("no figures"));
        assert_eq!(interval(&nan), "–");
    }

    #[test]
    fn a_run_with_one_iteration_renders_without_nan() {
        let t = Trajectory {
            instruction: Instruction::Time,
            problem_id: "p".into(),
            difficulty: "Easy".into(),
            steps: vec![step(0, false, Some(passing(10.0)))],
            final_code: None,
        };
        let s = summary(
            vec![InstructionFigures {
                instruction: Instruction::Time,
                iterations: vec![figures(0, 0.5)],
            }],
            vec![t],
        );
        let html = html(&s, &BTreeMap::new());
        assert!(!html.contains("NaN") && !html.contains("inf"));
        assert_eq!(html.matches("<svg").count(), 4);
        assert!(!html.contains("<script"));
        assert_well_formed_marks(&html);
    }

    #[test]
    fn a_run_with_no_problems_says_so() {
        let html = html(&summary(vec![], vec![]), &BTreeMap::new());
        assert!(html.contains("No problem was run"), "{html}");
        assert!(!html.contains("NaN"));
    }

    #[test]
    fn the_demo_notice_stands_apart_from_other_warnings() {
        let mut s = summary(vec![], vec![]);
        s.demo_model = true;
        s.warnings = vec!["the demo <model>".into(), "measured differently".into()];
        let html = html(&s, &BTreeMap::new());
        assert!(
            html.contains(
                "<div class=\"demo\"><strong>Demo model</strong>the demo &lt;model&gt;</div>"
            ),
            "{html}"
        );
        assert!(
            html.contains("<div class=\"warn\">measured differently</div>"),
            "{html}"
        );
        s.warnings.clear();
        assert!(html_has_demo(&s));
        s.demo_model = false;
        s.warnings = vec!["measured differently".into()];
        assert!(!html_has_demo(&s));
    }

    fn html_has_demo(s: &RunSummary) -> bool {
        html(s, &BTreeMap::new()).contains("class=\"demo\"")
    }
}
