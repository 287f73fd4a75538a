//! One metric of one problem as an SVG strip: the passing references as dots on a log
//! axis, each passing candidate as a numbered line on it, and failing candidates in a
//! lane of their own below, by verdict. A failing candidate has no figure to place: it
//! scores 0, and a mark at the left end (where a NaN lands) would read as the best.

use std::fmt::Write;

use afterburner_venus::Verdict;

use super::escape_html;

/// Width of a strip, in px.
const WIDTH: f64 = 760.0;
/// Space left and right of the axis, in px.
const PAD: f64 = 44.0;
/// Height of the axis part (title, labels, axis, end values), in px.
const SCALE_HEIGHT: f64 = 72.0;
/// Height of one row of the failed lane, in px.
const ROW: f64 = 20.0;
/// Where the axis runs, in px from the top.
const AXIS_Y: f64 = 42.0;

/// Passing references: grey dots.
pub(super) const REFERENCE: &str = "#8c959f";
/// Passing candidates: green lines.
pub(super) const PASSED: &str = "#1a7f37";
/// Failing candidates: red crosses, off the scale.
pub(super) const FAILED: &str = "#cf222e";

/// One candidate on a strip.
pub(super) struct Mark {
    /// Its number in the report (`#n`).
    pub number: usize,
    /// Its figure on this metric (ignored when it failed).
    pub value: f64,
    /// Its verdict.
    pub verdict: Verdict,
}

/// The strip of metric `label` (in `unit`) with `references` and `candidates`.
pub(super) fn strip(label: &str, unit: &str, references: &[f64], candidates: &[Mark]) -> String {
    let passing: Vec<&Mark> = candidates
        .iter()
        .filter(|m| m.verdict == Verdict::Passed && m.value > 0.0)
        .collect();
    let failed: Vec<&Mark> = candidates
        .iter()
        .filter(|m| m.verdict != Verdict::Passed)
        .collect();
    let failed_rows = failed_lane_rows(&failed);
    // Candidates alone make no scale worth reading: their figures are in the list.
    let passing = if references.is_empty() {
        Vec::new()
    } else {
        passing
    };
    let height = SCALE_HEIGHT + ROW * failed_rows.len() as f64;
    let mut svg = format!(
        "<svg class=\"strip\" width=\"{WIDTH}\" height=\"{height}\" font-size=\"12\" role=\"img\"><title>{}</title>",
        escape_html(label)
    );
    let _ = write!(
        svg,
        "<text x=\"{PAD}\" y=\"14\" font-weight=\"bold\">{} <tspan font-weight=\"normal\" fill=\"#57606a\">({unit}, log scale; further left is better)</tspan></text>",
        escape_html(label)
    );
    svg.push_str(&scale(references, &passing, unit));
    if !failed_rows.is_empty() {
        svg.push_str(&failed_lane(&failed_rows));
    }
    svg.push_str("</svg>");
    svg
}

/// The axis with its dots and lines, in a group of class `scale`.
fn scale(references: &[f64], passing: &[&Mark], unit: &str) -> String {
    let mut out = String::from("<g class=\"scale\">");
    let values = references
        .iter()
        .copied()
        .chain(passing.iter().map(|m| m.value))
        .filter(|v| *v > 0.0 && v.is_finite());
    let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if lo > hi {
        let _ = write!(
            out,
            "<text x=\"{PAD}\" y=\"{AXIS_Y}\" fill=\"#57606a\">no passing reference to compare with</text></g>"
        );
        return out;
    }
    let (lo, hi) = if lo == hi {
        (lo / 1.1, hi * 1.1)
    } else {
        (lo, hi)
    };
    let x = |v: f64| PAD + (v.ln() - lo.ln()) / (hi.ln() - lo.ln()) * (WIDTH - 2.0 * PAD);
    let _ = write!(
        out,
        "<line x1=\"{PAD}\" y1=\"{AXIS_Y}\" x2=\"{right}\" y2=\"{AXIS_Y}\" stroke=\"#d0d7de\" stroke-width=\"2\"/>",
        right = WIDTH - PAD
    );
    for (end, anchor) in [(lo, "start"), (hi, "end")] {
        let _ = write!(
            out,
            "<line x1=\"{0:.1}\" y1=\"{1}\" x2=\"{0:.1}\" y2=\"{2}\" stroke=\"#8c959f\"/><text x=\"{0:.1}\" y=\"{3}\" text-anchor=\"{anchor}\" fill=\"#57606a\">{4} {unit}</text>",
            x(end),
            AXIS_Y + 4.0,
            AXIS_Y + 8.0,
            AXIS_Y + 22.0,
            figure(end)
        );
    }
    for m in passing {
        let _ = write!(
            out,
            "<line class=\"candidate\" x1=\"{0:.1}\" y1=\"{1}\" x2=\"{0:.1}\" y2=\"{2}\" stroke=\"{PASSED}\" stroke-width=\"2\"/>",
            x(m.value),
            AXIS_Y - 12.0,
            AXIS_Y + 12.0
        );
    }
    // References over the lines, so a candidate level with one does not hide it.
    for r in references {
        let _ = write!(
            out,
            "<circle class=\"reference\" cx=\"{:.1}\" cy=\"{AXIS_Y}\" r=\"4\" fill=\"{REFERENCE}\" fill-opacity=\"0.75\"/>",
            x(*r)
        );
    }
    // Numbers above the lines; candidates closer than a label's width share one.
    let mut placed: Vec<(f64, Vec<usize>)> = Vec::new();
    let mut by_x: Vec<(f64, usize)> = passing.iter().map(|m| (x(m.value), m.number)).collect();
    by_x.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (at, number) in by_x {
        match placed.last_mut() {
            Some((first, numbers)) if at - *first < 24.0 => numbers.push(number),
            _ => placed.push((at, vec![number])),
        }
    }
    for (at, numbers) in placed {
        let text: Vec<String> = numbers.iter().map(|n| format!("#{n}")).collect();
        let _ = write!(
            out,
            "<text x=\"{at:.1}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{PASSED}\">{}</text>",
            AXIS_Y - 15.0,
            text.join(" ")
        );
    }
    out.push_str("</g>");
    out
}

/// The failing candidates, laid out in rows that fit the width.
fn failed_lane_rows<'a>(failed: &[&'a Mark]) -> Vec<Vec<&'a Mark>> {
    const HEADER_PX: f64 = 170.0;
    let mut rows: Vec<Vec<&Mark>> = Vec::new();
    let mut used = WIDTH;
    for m in failed {
        let width = item_width(m);
        if used + width > WIDTH - PAD {
            rows.push(Vec::new());
            used = PAD + HEADER_PX;
        }
        used += width;
        rows.last_mut().expect("a row was pushed").push(m);
    }
    rows
}

/// About how wide a failed item is drawn, in px.
fn item_width(m: &Mark) -> f64 {
    let text = format!("#{} failed: {}", m.number, m.verdict);
    30.0 + 7.0 * text.chars().count() as f64
}

/// The lane below the axis, in a group of class `failed`: a cross and `#n verdict` per
/// failing candidate, after the words `failed (off the scale, scores 0):`.
fn failed_lane(rows: &[Vec<&Mark>]) -> String {
    let mut out = String::from("<g class=\"failed\">");
    for (i, row) in rows.iter().enumerate() {
        let y = SCALE_HEIGHT + 14.0 + ROW * i as f64;
        if i == 0 {
            let _ = write!(
                out,
                "<text x=\"{PAD}\" y=\"{y}\" fill=\"{FAILED}\">failed (off the scale, scores 0):</text>"
            );
        }
        let mut at = PAD + 170.0;
        for m in row {
            let (cx, cy) = (at + 5.0, y - 4.0);
            let _ = write!(
                out,
                "<path d=\"M{:.1} {:.1}L{:.1} {:.1}M{:.1} {:.1}L{:.1} {:.1}\" stroke=\"{FAILED}\" stroke-width=\"2\"/><text x=\"{:.1}\" y=\"{y}\" fill=\"{FAILED}\">#{} failed: {}</text>",
                cx - 4.0, cy - 4.0, cx + 4.0, cy + 4.0,
                cx - 4.0, cy + 4.0, cx + 4.0, cy - 4.0,
                at + 14.0,
                m.number,
                m.verdict
            );
            at += item_width(m);
        }
    }
    out.push_str("</g>");
    out
}

/// A figure with about three significant digits (`3.55`, `44.1`, `11552`, `6.3e5`).
pub(super) fn figure(v: f64) -> String {
    if !v.is_finite() {
        "–".into()
    } else if v >= 1e5 {
        format!("{v:.1e}")
    } else if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else if v >= 1.0 {
        format!("{v:.2}")
    } else {
        format!("{v:.3}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(number: usize, value: f64, verdict: Verdict) -> Mark {
        Mark {
            number,
            value,
            verdict,
        }
    }

    /// The text of the group of `class` in `svg`.
    fn group<'a>(svg: &'a str, class: &str) -> &'a str {
        let start = svg
            .find(&format!("<g class=\"{class}\">"))
            .unwrap_or_else(|| panic!("no {class} group in {svg}"));
        let end = start + svg[start..].find("</g>").unwrap();
        &svg[start..end]
    }

    #[test]
    fn a_failing_candidate_is_in_the_failed_lane_with_its_verdict_never_on_the_scale() {
        let svg = strip(
            "CPU time",
            "ms",
            &[10.0, 20.0, 40.0],
            &[
                mark(1, 15.0, Verdict::Passed),
                mark(2, f64::NAN, Verdict::WrongAnswer),
                // A failing candidate that still carries a figure is not drawn by it.
                mark(3, 1.0, Verdict::Timeout),
            ],
        );
        let scale = group(&svg, "scale");
        assert_eq!(scale.matches("class=\"candidate\"").count(), 1, "{scale}");
        assert_eq!(scale.matches("class=\"reference\"").count(), 3);
        assert!(scale.contains(">#1<") && !scale.contains("#2") && !scale.contains("#3"));
        assert!(!scale.contains(FAILED), "{scale}");
        assert!(
            scale.contains(">10.0 ms<"),
            "the scale starts at the fastest reference"
        );
        let lane = group(&svg, "failed");
        assert!(lane.contains("#2 failed: wrong_answer"), "{lane}");
        assert!(lane.contains("#3 failed: timeout"), "{lane}");
        assert_eq!(lane.matches("<path").count(), 2);
        assert!(!svg.contains("NaN"), "{svg}");
    }

    #[test]
    fn without_failures_there_is_no_failed_lane_and_close_numbers_share_a_label() {
        let svg = strip(
            "Peak memory",
            "KiB",
            &[100.0, 1000.0],
            &[
                mark(1, 500.0, Verdict::Passed),
                mark(4, 501.0, Verdict::Passed),
            ],
        );
        assert!(!svg.contains("class=\"failed\""));
        assert!(svg.contains(">#1 #4<"), "{svg}");
        assert!(svg.contains(&format!("height=\"{SCALE_HEIGHT}\"")));
    }

    #[test]
    fn without_references_the_strip_says_so_and_still_lists_the_failures() {
        let svg = strip(
            "Integral",
            "KiB·ms",
            &[],
            &[
                mark(1, f64::NAN, Verdict::Timeout),
                mark(2, 30.0, Verdict::Passed),
            ],
        );
        let scale = group(&svg, "scale");
        assert!(scale.contains("no passing reference to compare with"));
        assert!(!scale.contains("class=\"candidate\""), "{scale}");
        assert!(group(&svg, "failed").contains("#1 failed: timeout"));
    }

    #[test]
    fn many_failures_wrap_onto_more_rows() {
        let marks: Vec<Mark> = (1..=12)
            .map(|n| mark(n, f64::NAN, Verdict::RuntimeError))
            .collect();
        let rows = failed_lane_rows(&marks.iter().collect::<Vec<_>>());
        assert!(rows.len() > 1);
        assert_eq!(rows.iter().map(Vec::len).sum::<usize>(), 12);
        let svg = strip("CPU time", "ms", &[1.0], &marks);
        let height = SCALE_HEIGHT + ROW * rows.len() as f64;
        assert!(svg.contains(&format!("height=\"{height}\"")), "{svg}");
    }

    #[test]
    fn figures_keep_about_three_significant_digits() {
        let shown: Vec<String> = [0.1234, 3.554, 44.147, 512.0, 11552.4, 627106.6, f64::NAN]
            .into_iter()
            .map(figure)
            .collect();
        assert_eq!(
            shown,
            ["0.123", "3.55", "44.1", "512", "11552", "6.3e5", "–"]
        );
    }
}
