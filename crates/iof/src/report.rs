//! `report.html`: one self-contained page (inline SVG and CSS, no scripts) with the
//! run's curves — Pass@1, Time%, Memory% and Integral% per iteration with their 95%
//! intervals, the paper's figure — and every problem's course. Every text that came from
//! a dataset, a program or a model is escaped: none of it is trusted.

use std::collections::BTreeMap;
use std::fmt::Write;

use afterburner_litmus::bootstrap::Estimate;
use afterburner_litmus::report::escape_html as escape;
use afterburner_litmus::score::Reference;

use crate::engine::{Step, Trajectory};
use crate::output::RunSummary;
use crate::summary::{InstructionFigures, IterationFigures};

const STYLE: &str = "body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#1d2330;padding:0 16px}\
h1{font-size:22px;margin-bottom:4px}h2{font-size:18px;margin-top:32px}.muted{color:#5b6475}\
.demo{background:#fff4d6;border:1px solid #e0b84c;padding:10px 14px;border-radius:6px;margin:14px 0}\
.warn{background:#fdeaea;border:1px solid #d77;padding:8px 12px;border-radius:6px;margin:8px 0}\
.charts{display:flex;flex-wrap:wrap;gap:14px}.chart{border:1px solid #dde2ea;border-radius:6px;padding:6px}\
table{border-collapse:collapse;margin:10px 0;font-variant-numeric:tabular-nums}\
th,td{border-bottom:1px solid #e3e7ee;padding:4px 8px;text-align:right;white-space:nowrap}th{background:#f4f6f9}\
td.l,th.l{text-align:left}.fail{color:#b3261e;font-weight:600}.kept{background:#e6f4ea}";

/// The page for `summary` (`references`: each problem's human distribution, for the
/// problem table's scale).
pub fn html(summary: &RunSummary, references: &BTreeMap<String, Reference>) -> String {
    let mut page = String::new();
    let s = &summary.settings;
    let _ = write!(
        page,
        "<!doctype html><html lang=en><meta charset=utf-8><title>Afterburner optimisation run</title><style>{STYLE}</style>\
         <h1>Optimisation run: {}</h1><p class=muted>{} problems of {} in {} · instructions {} · {} feedback rounds · {} answer(s) per round · start: {} · {} run(s) per measurement · case multiplier {} · min gain {:.0}%{}{}</p>",
        escape(&s.model),
        s.problems.len(),
        escape(&s.dataset),
        s.language,
        s.instructions.iter().map(|i| i.name()).collect::<Vec<_>>().join(", "),
        s.iterations,
        s.samples,
        match &s.start {
            crate::settings::Start::None => "written by the model".to_string(),
            crate::settings::Start::Reference => "a human solution".to_string(),
            crate::settings::Start::File { path, .. } => escape(path),
        },
        s.runs,
        s.case_multiply,
        s.min_gain * 100.0,
        if s.feedback { "" } else { " · no feedback" },
        if s.original { "" } else { " · current code hidden" },
    );
    for (i, w) in summary.warnings.iter().enumerate() {
        let class = if summary.demo_model && i == 0 {
            "demo"
        } else {
            "warn"
        };
        let _ = write!(page, "<div class={class}>{}</div>", escape(w));
    }
    let _ = write!(
        page,
        "<p class=muted>{:.0} s wall · model {:.0} s · measuring {:.0} s (summed over requests and problems) · {} prompt + {} completion tokens</p>",
        summary.wall_seconds, summary.llm_seconds, summary.measure_seconds, summary.prompt_tokens, summary.completion_tokens
    );
    for group in &summary.figures {
        curves(&mut page, group);
        iteration_table(&mut page, &group.iterations);
        let trajectories: Vec<&Trajectory> = summary
            .trajectories
            .iter()
            .filter(|t| t.instruction == group.instruction)
            .collect();
        problem_table(&mut page, group, &trajectories, references);
    }
    page.push_str("</html>\n");
    page
}

fn curves(page: &mut String, group: &InstructionFigures) {
    let _ = write!(
        page,
        "<h2>Goal: {} — scores per iteration</h2><div class=charts>",
        group.instruction
    );
    let series: [(&str, fn(&IterationFigures) -> Estimate, &str); 4] = [
        ("Pass@1", |i| i.pass_at_1, "#2f6fdf"),
        ("Time%", |i| i.time, "#d9480f"),
        ("Memory%", |i| i.memory, "#2b8a3e"),
        ("Integral%", |i| i.integral, "#862e9c"),
    ];
    for (name, value, colour) in series {
        let points: Vec<Estimate> = group.iterations.iter().map(value).collect();
        page.push_str(&chart(name, &points, colour));
    }
    page.push_str("</div>");
}

/// A line chart of `points` (0–1) over iterations 0…n with the interval as a band.
fn chart(name: &str, points: &[Estimate], colour: &str) -> String {
    let (w, h, left, bottom, top, right) = (250.0, 170.0, 34.0, 24.0, 22.0, 10.0);
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let n = points.len().max(2) - 1;
    let x = |i: usize| left + plot_w * i as f64 / n as f64;
    let y = |v: f64| top + plot_h * (1.0 - v.clamp(0.0, 1.0));
    let mut svg = format!(
        "<svg class=chart width={w} height={h} viewBox='0 0 {w} {h}' role=img aria-label='{name} per iteration'>\
         <text x={left} y=14 font-size=13 font-weight=600>{name} (%)</text>"
    );
    for tick in [0.0, 0.5, 1.0] {
        let _ = write!(
            svg,
            "<line x1={left} x2={} y1={y0:.1} y2={y0:.1} stroke='#e3e7ee'/><text x={} y={:.1} font-size=10 text-anchor=end fill='#5b6475'>{:.0}</text>",
            w - right,
            left - 4.0,
            y(tick) + 3.0,
            tick * 100.0,
            y0 = y(tick)
        );
    }
    for i in 0..points.len() {
        let _ = write!(
            svg,
            "<text x={:.1} y={} font-size=10 text-anchor=middle fill='#5b6475'>{i}</text>",
            x(i),
            h - 8.0
        );
    }
    if !points.is_empty() {
        let upper: Vec<String> = points
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{:.1},{:.1}", x(i), y(p.high)))
            .collect();
        let lower: Vec<String> = points
            .iter()
            .enumerate()
            .rev()
            .map(|(i, p)| format!("{:.1},{:.1}", x(i), y(p.low)))
            .collect();
        let _ = write!(
            svg,
            "<polygon points='{} {}' fill='{colour}' fill-opacity=0.15/>",
            upper.join(" "),
            lower.join(" ")
        );
        let line: Vec<String> = points
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{:.1},{:.1}", x(i), y(p.mean)))
            .collect();
        let _ = write!(
            svg,
            "<polyline points='{}' fill=none stroke='{colour}' stroke-width=2/>",
            line.join(" ")
        );
        for (i, p) in points.iter().enumerate() {
            let _ = write!(
                svg,
                "<circle cx={:.1} cy={:.1} r=3 fill='{colour}'><title>iteration {i}: {:.1}% [{:.1}, {:.1}]</title></circle>",
                x(i),
                y(p.mean),
                p.mean * 100.0,
                p.low * 100.0,
                p.high * 100.0
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

fn interval(e: &Estimate) -> String {
    format!(
        "{:.1} <span class=muted>[{:.1}, {:.1}]</span>",
        e.mean * 100.0,
        e.low * 100.0,
        e.high * 100.0
    )
}

fn iteration_table(page: &mut String, iterations: &[IterationFigures]) {
    page.push_str(
        "<table><tr><th>iteration</th><th>Pass@1 %</th><th>Time %</th><th>Memory %</th><th>Integral %</th>\
         <th>kept new</th><th>improved</th><th>answers</th><th>with code</th><th>exact format</th><th>cut off</th>\
         <th>tokens in / out</th><th>model s</th><th>measuring s</th></tr>",
    );
    for it in iterations {
        let _ = write!(
            page,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{} / {}</td><td>{:.1}</td><td>{:.1}</td></tr>",
            it.iteration,
            interval(&it.pass_at_1),
            interval(&it.time),
            interval(&it.memory),
            interval(&it.integral),
            it.accepted,
            it.improved,
            it.answers,
            it.with_code,
            it.exact_format,
            it.truncated,
            it.prompt_tokens,
            it.completion_tokens,
            it.llm_seconds,
            it.measure_seconds
        );
    }
    page.push_str("</table>");
}

/// One row per problem: the kept version's instructed metric at every iteration, with
/// its share of human solutions beaten; a failing version shows its verdict, never a
/// number that could pass for a good one.
fn problem_table(
    page: &mut String,
    group: &InstructionFigures,
    trajectories: &[&Trajectory],
    references: &BTreeMap<String, Reference>,
) {
    let instruction = group.instruction;
    let rounds = group.iterations.len();
    let _ = write!(
        page,
        "<h3>Each problem: the kept version's {instruction} ({}) per iteration, and the share of human solutions it beats</h3>\
         <p class=muted>Green: a new version was kept in that round. Red: the kept version fails.</p>\
         <table><tr><th class=l>problem</th><th class=l>difficulty</th><th>humans</th>",
        instruction.unit()
    );
    for i in 0..rounds {
        let _ = write!(page, "<th>{i}</th>");
    }
    page.push_str("</tr>");
    for t in trajectories {
        let humans = references.get(&t.problem_id).map_or(0, Reference::len);
        let _ = write!(
            page,
            "<tr><td class=l>{}</td><td class=l>{}</td><td>{humans}</td>",
            escape(&t.problem_id),
            escape(&t.difficulty)
        );
        for step in &t.steps {
            page.push_str(&cell(step, instruction));
        }
        page.push_str("</tr>");
    }
    page.push_str("</table>");
}

fn cell(step: &Step, instruction: crate::instruction::Instruction) -> String {
    let class = if step.accepted { " class=kept" } else { "" };
    let share = match instruction {
        crate::instruction::Instruction::Time => step.shares[0],
        crate::instruction::Instruction::Memory => step.shares[1],
        crate::instruction::Instruction::Integral => step.shares[2],
    };
    let title = escape(&step.reason);
    match &step.score {
        None => format!("<td{class} title='{title}'><span class=fail>no code</span></td>"),
        Some(m) => match m.metric(instruction) {
            Some(v) => format!(
                "<td{class} title='{title}'>{v:.1} <span class=muted>({:.0}%)</span></td>",
                share * 100.0
            ),
            None => format!(
                "<td{class} title='{}'><span class=fail>{}</span></td>",
                escape(m.reason.as_deref().unwrap_or(&step.reason)),
                m.verdict.name().replace('_', " ")
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_programs_and_models_is_escaped() {
        assert_eq!(
            escape("<script>'x'&\"y\"</script>"),
            "&lt;script&gt;&#39;x&#39;&amp;&quot;y&quot;&lt;/script&gt;"
        );
    }

    #[test]
    fn a_failing_version_shows_its_verdict_not_a_number() {
        use afterburner_venus::Verdict;
        let step = Step {
            iteration: 1,
            kept_hash: Some("ab".into()),
            accepted: false,
            reason: "both fail".into(),
            chosen: None,
            score: Some(crate::measurement::Measurement::failed(
                Verdict::Timeout,
                "<b>slow</b>".into(),
            )),
            shares: [0.0; 3],
            usage: Default::default(),
            llm_seconds: 0.0,
            measure_seconds: 0.0,
            answers: 1,
            with_code: 1,
            exact_format: 1,
            truncated: 0,
        };
        let html = cell(&step, crate::instruction::Instruction::Time);
        assert!(html.contains("class=fail>timeout<"), "{html}");
        assert!(
            html.contains("&lt;b&gt;slow") && !html.contains("<b>"),
            "{html}"
        );
    }
}
