//! Which cores run programs and which keep the server itself.
//!
//! Every run has a sampler thread reading its memory 20,000 times a second, and the
//! server has its HTTP threads and one supervisor per run. On the cores that run
//! programs, those threads steal time from the programs being measured (the monolith
//! bench's "under full load" figure shows how much). On machines with more than two
//! cores the default keeps one core in eight (at least one) for them; on one or two
//! cores every core runs programs, since reserving one would halve the throughput.
//! `serve --workers N` overrides the split and spreads N workers over every core.

use afterburner_monolith::cpuset::CpuSet;

/// The cores that run programs and the ones left to the server's own threads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoreSplit {
    /// One worker per core.
    pub workers: CpuSet,
    /// The server's threads (HTTP, supervisors, samplers); empty: they share the
    /// workers' cores.
    pub reserved: CpuSet,
}

/// The default split of `cpus`.
pub fn split(cpus: &CpuSet) -> CoreSplit {
    let cores: Vec<usize> = cpus.iter().collect();
    let reserve = if cores.len() > 2 {
        cores.len().div_ceil(8)
    } else {
        0
    };
    CoreSplit {
        reserved: cores[..reserve].iter().copied().collect(),
        workers: cores[reserve..].iter().copied().collect(),
    }
}

/// Holds this process (and every thread it starts from now on) to `cores`.
pub fn pin_process(cores: &CpuSet) -> std::io::Result<()> {
    // SAFETY: cpu_set_t is plain data; CPU_SET stays inside it for cores below
    // CPU_SETSIZE, which larger ones are skipped to respect.
    let set = unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        for core in cores.iter().filter(|&c| c < libc::CPU_SETSIZE as usize) {
            libc::CPU_SET(core, &mut set);
        }
        set
    };
    // SAFETY: set is a valid cpu_set_t of the size given.
    if unsafe { libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set) } < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cores(n: usize) -> CpuSet {
        (0..n).collect()
    }

    #[test]
    fn small_machines_run_programs_on_every_core() {
        for n in [1, 2] {
            let s = split(&cores(n));
            assert_eq!(s.workers, cores(n));
            assert!(s.reserved.is_empty());
        }
    }

    #[test]
    fn larger_machines_keep_one_core_in_eight_for_the_server() {
        let s = split(&cores(4));
        assert_eq!(s.reserved.iter().collect::<Vec<_>>(), [0]);
        assert_eq!(s.workers.iter().collect::<Vec<_>>(), [1, 2, 3]);
        let s = split(&cores(16));
        assert_eq!(s.reserved.len(), 2);
        assert_eq!(s.workers.len(), 14);
        let s = split(&cores(64));
        assert_eq!((s.reserved.len(), s.workers.len()), (8, 56));
    }
}
