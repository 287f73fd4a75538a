//! A core's pace: how long it takes right now to do a fixed piece of work, against how
//! long it usually takes.
//!
//! On a virtual machine a core sometimes runs slow for a fraction of a second: another
//! tenant shares the physical core or its caches, and the guest sees nothing but slower
//! code (CPU time grows with it). A run measured in such a spell can come out 1.2–1.9×
//! its usual time. Most spells outlast the run they hit, so a short probe on the run's
//! core right after it tells whether the run was measured at the core's usual pace; a
//! [`Pool`](crate::pool::Pool) can then take the run again.

use std::collections::VecDeque;

/// A probe slower than the core's usual pace by more than this factor marks a slow spell.
/// The probe's own noise stays within it in 98–99% of probes on a quiet core.
pub const SLOW_FACTOR: f64 = 1.08;

/// How many recent probes make the usual pace (their median), so it follows the slow
/// drift of a machine's speed but not one spell.
const WINDOW: usize = 25;

/// Probes taken before the first judgement.
const CALIBRATION: usize = 5;

/// Size of the probe's table: inside a core's L2, so the probe sees what a tenant
/// sharing the core's caches does to it.
const TABLE_BYTES: usize = 256 * 1024;

/// Steps of the probe's work: about 2 ms on a 2020s server core.
const STEPS: u32 = 170_000;

/// The recent probe times of one core and the judgement of a new one.
#[derive(Debug, Clone, Default)]
pub struct PaceHistory {
    recent: VecDeque<f64>,
}

impl PaceHistory {
    /// Records a probe time (ms) and says whether it shows the core running slow: more
    /// than [`SLOW_FACTOR`] times the median of the probes before it. Never slow before
    /// a few probes are in.
    pub fn record(&mut self, probe_ms: f64) -> bool {
        let slow = self
            .usual_ms()
            .is_some_and(|usual| probe_ms > usual * SLOW_FACTOR);
        if self.recent.len() == WINDOW {
            self.recent.pop_front();
        }
        self.recent.push_back(probe_ms);
        slow
    }

    /// The median of the recent probes, once there are enough of them.
    pub fn usual_ms(&self) -> Option<f64> {
        if self.recent.len() < CALIBRATION {
            return None;
        }
        let mut sorted: Vec<f64> = self.recent.iter().copied().collect();
        sorted.sort_by(f64::total_cmp);
        let mid = sorted.len() / 2;
        Some(if sorted.len() % 2 == 1 {
            sorted[mid]
        } else {
            (sorted[mid - 1] + sorted[mid]) / 2.0
        })
    }
}

/// Probes one core's pace.
#[derive(Debug)]
pub struct Pace {
    core: usize,
    table: Vec<u8>,
    history: PaceHistory,
}

impl Pace {
    /// A probe of `core`, calibrated with a few probes.
    pub fn new(core: usize) -> Self {
        let table = (0..TABLE_BYTES)
            .map(|i| ((i as u32).wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        let mut pace = Pace {
            core,
            table,
            history: PaceHistory::default(),
        };
        for _ in 0..CALIBRATION {
            if let Some(ms) = pace.probe_ms() {
                pace.history.record(ms);
            }
        }
        pace
    }

    /// Probes the core now: whether it runs slow. `false` when the probe could not run
    /// on the core.
    pub fn is_slow(&mut self) -> bool {
        self.probe_ms().is_some_and(|ms| self.history.record(ms))
    }

    /// The thread CPU time (ms) of one probe on the core, or `None` when this thread
    /// cannot be moved there. The thread's own placement is restored after.
    pub fn probe_ms(&mut self) -> Option<f64> {
        let _placed = PlacedOn::core(self.core)?;
        let start = thread_cpu_ms();
        std::hint::black_box(work(&mut self.table));
        Some(thread_cpu_ms() - start)
    }
}

/// The probe's work: a table-driven loop of data-dependent branches and loads, the kind
/// of code interpreters and hash maps run, so that it slows down as they do.
fn work(table: &mut [u8]) -> u64 {
    let mask = table.len() - 1;
    let (mut state, mut acc, mut at) = (0x0139_408d_cbbf_7a44_u64, 0_u64, 0_usize);
    for _ in 0..STEPS {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let op = table[(at + (state as usize & 4095)) & mask];
        match op & 7 {
            0 => acc = acc.wrapping_add(state),
            1 => acc ^= state >> 3,
            2 => acc = acc.wrapping_mul(3),
            3 => acc = acc.wrapping_sub(u64::from(op)),
            4 => at = at.wrapping_add(usize::from(op) * 17),
            5 => acc = acc.wrapping_add(at as u64),
            6 => table[at & mask] ^= acc as u8,
            _ => at ^= state as usize,
        }
        at = at.wrapping_add(64);
    }
    acc
}

/// This thread's CPU time in milliseconds.
fn thread_cpu_ms() -> f64 {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    now.tv_sec as f64 * 1e3 + now.tv_nsec as f64 / 1e6
}

/// This thread moved onto one core, and put back where it was when dropped.
struct PlacedOn {
    before: libc::cpu_set_t,
}

impl PlacedOn {
    fn core(core: usize) -> Option<PlacedOn> {
        if core >= libc::CPU_SETSIZE as usize {
            return None;
        }
        // SAFETY: cpu_set_t is plain data; the calls read and write sets we own, for
        // this thread (pid 0).
        unsafe {
            let mut before: libc::cpu_set_t = std::mem::zeroed();
            if libc::sched_getaffinity(0, std::mem::size_of_val(&before), &mut before) != 0 {
                return None;
            }
            let mut only: libc::cpu_set_t = std::mem::zeroed();
            libc::CPU_SET(core, &mut only);
            if libc::sched_setaffinity(0, std::mem::size_of_val(&only), &only) != 0 {
                return None;
            }
            Some(PlacedOn { before })
        }
    }
}

impl Drop for PlacedOn {
    fn drop(&mut self) {
        // SAFETY: restores this thread's own earlier set.
        unsafe { libc::sched_setaffinity(0, std::mem::size_of_val(&self.before), &self.before) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_judgement_before_the_calibration_probes() {
        let mut history = PaceHistory::default();
        for _ in 0..CALIBRATION {
            assert!(!history.record(100.0), "nothing to compare with yet");
        }
        assert_eq!(history.usual_ms(), Some(100.0));
    }

    #[test]
    fn a_probe_beyond_the_slow_factor_marks_a_slow_spell() {
        let mut history = PaceHistory::default();
        for ms in [2.0, 2.02, 1.98, 2.01, 1.99] {
            history.record(ms);
        }
        assert!(!history.record(2.0 * SLOW_FACTOR * 0.99));
        assert!(history.record(2.0 * SLOW_FACTOR * 1.05));
        assert!(history.record(3.4));
    }

    #[test]
    fn the_usual_pace_follows_drift_but_not_one_spell() {
        let mut history = PaceHistory::default();
        for _ in 0..WINDOW {
            history.record(2.0);
        }
        // One spell of a few slow probes leaves the median where it was.
        for _ in 0..3 {
            assert!(history.record(3.0));
        }
        assert_eq!(history.usual_ms(), Some(2.0));
        // A machine that has become 10% slower for good is its new usual pace.
        for _ in 0..WINDOW {
            history.record(2.2);
        }
        assert!((history.usual_ms().unwrap() - 2.2).abs() < 1e-9);
        assert!(!history.record(2.3));
    }

    #[test]
    fn a_probe_runs_on_an_allowed_core_and_leaves_the_thread_where_it_was() {
        let allowed = crate::cpuset::CpuSet::allowed().expect("this process's cores");
        let core = allowed.iter().last().expect("at least one core");
        let before = crate::cpuset::CpuSet::allowed().unwrap();
        let mut pace = Pace::new(core);
        let ms = pace.probe_ms().expect("a probe on an allowed core");
        assert!(ms > 0.0 && ms.is_finite(), "probe took {ms} ms");
        assert!(pace.history.usual_ms().is_some(), "calibrated on creation");
        assert_eq!(crate::cpuset::CpuSet::allowed().unwrap(), before);
    }
}
