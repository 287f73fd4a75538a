//! How long `load` takes on a split the size of the paper's Venus test split: 300
//! problems with 100 solutions each (~1 KB of code per solution, ~30 MB in all), from
//! one parquet file written by our own writer. Target: under one second (release).
//!
//! Run: `cargo bench -p afterburner-venus --bench load`

use std::path::Path;
use std::time::{Duration, Instant};

use afterburner_venus::load::{load, LoadOptions};
use afterburner_venus::{write, PerLanguage, Problem, ProblemId, Solution, TestCase};

const PROBLEMS: usize = 300;
const SOLUTIONS: usize = 100;
const RUNS: usize = 5;
const TARGET: Duration = Duration::from_secs(1);

/// A solution of about 1 KB whose text differs from every other (as real ones do, so
/// compression does not flatter the figure): lines built from pseudo-random names and
/// numbers.
fn solution(problem: usize, index: usize) -> Solution {
    let mut state = (problem * SOLUTIONS + index) as u64 * 0x9E37_79B9_7F4A_7C15 + 1;
    let mut next = move || {
        // xorshift64: deterministic, no dependency.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut code = String::from(
        "class Solution:\n    def solve(self, nums: List[int]) -> int:\n        seen = {}\n",
    );
    while code.len() < 1000 {
        let (a, b, c) = (next(), next(), next());
        code.push_str(&format!(
            "        v{:x} = nums[{}] * {} + seen.get({}, {})  # {:x}\n",
            a & 0xfffff,
            b % 64,
            c % 997,
            a % 101,
            b % 13,
            c
        ));
    }
    code.push_str("        return len(seen)\n");
    let seed = (problem * SOLUTIONS + index) as f64;
    Solution {
        code,
        passed: Some(index % 9 != 0),
        time: Some(40.0 + seed % 97.0),
        memory: Some(14_000.0 + seed % 3_000.0),
        integral: Some(560_000.0 + seed * 13.0),
        status: Some(
            if index % 9 != 0 {
                "Accepted"
            } else {
                "Wrong Answer"
            }
            .to_string(),
        ),
        language: None,
        expected: None,
        name: None,
    }
}

fn problem(index: usize) -> Problem {
    let cases = (0..20)
        .map(|case| TestCase {
            input: format!("{}\n{}\n", case + index, "3 1 4 1 5 9 2 6 5 3 5 8 9 7 9"),
            output: format!("{}\n", case * index + 7),
        })
        .collect();
    Problem {
        problem_id: ProblemId::Int(index as i64 + 1),
        title: format!("Problem {index}"),
        question_content: "Given an integer array nums, return the answer. ".repeat(20),
        difficulty: ["Easy", "Medium", "Hard"][index % 3].to_string(),
        tags: vec!["array".into(), "dynamic-programming".into()],
        code_prompt: Some(PerLanguage::Single(
            "class Solution:\n    def solve(self, nums: List[int]) -> int:\n        ".into(),
        )),
        test_case_generator: Some("import random\nprint(random.randint(1, 100))\n".repeat(10)),
        test_case_evaluator:
            "def evaluate(expected_output, program_output):\n    return expected_output.split() == program_output.split()\n"
                .into(),
        test_case_runners: PerLanguage::Single(
            "import sys\nnums = list(map(int, input().split()))\n==Code Submission==\nprint(Solution().solve(nums))\n"
                .into(),
        ),
        test_cases: cases,
        solutions: (0..SOLUTIONS).map(|s| solution(index, s)).collect(),
        comparator: None,
        time_limit_ms: None,
        measured_with: None,
    }
}

fn time_load(path: &Path) -> Duration {
    let start = Instant::now();
    let dataset = load(path, &LoadOptions::default()).expect("the bench file loads");
    let elapsed = start.elapsed();
    let solutions: usize = dataset.problems().map(|p| p.solutions.len()).sum();
    assert_eq!(solutions, PROBLEMS * SOLUTIONS);
    elapsed
}

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("venus.parquet");
    let problems: Vec<Problem> = (0..PROBLEMS).map(problem).collect();
    write::parquet(&path, &problems).expect("the bench file is written");
    let size_mb = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / 1e6;

    time_load(&path); // warm-up: page cache and allocator
    let mut samples: Vec<Duration> = (0..RUNS).map(|_| time_load(&path)).collect();
    samples.sort();
    let median = samples[RUNS / 2];
    println!(
        "load {PROBLEMS} problems x {SOLUTIONS} solutions from parquet ({size_mb:.1} MB): {:.2} s \
         (median of {RUNS}; min {:.2} s, max {:.2} s; target < {} s)",
        median.as_secs_f64(),
        samples[0].as_secs_f64(),
        samples[RUNS - 1].as_secs_f64(),
        TARGET.as_secs()
    );
    if median >= TARGET {
        eprintln!("warning: above the target; build with --release (cargo bench does) and check the machine is idle");
    }
}
