//! Sets of CPUs in the kernel's list format (`0-3,5,7-8`).
//!
//! The sandbox pins the measured program to one core and the memory sampler to another,
//! so it needs to know which CPUs exist (`/sys/devices/system/cpu/online`, `cpuset.cpus`)
//! and which this process may use (`sched_getaffinity`). Both speak this format.
//!
//! Parsing rules, chosen to accept what the kernel writes and what people type:
//! - the empty string (or only whitespace) is the empty set: the kernel writes an empty
//!   line for, say, `offline` when no CPU is offline;
//! - whitespace around each comma-separated item is ignored (`" 1 , 2\n"` is `{1, 2}`),
//!   whitespace inside an item (`"1 -3"`, `"1 2"`) is an error;
//! - items are a CPU number (`3`) or an inclusive range (`0-3`, `0-0`); a range that
//!   runs backwards (`2-1`), an empty item (`1,,2`), a sign (`+1`) or the stride form
//!   (`0-7:2/4`) is an error naming the item;
//! - CPU numbers above [`MAX_CPU`] are refused so a typo cannot allocate gigabytes.
//!
//! ```
//! use afterburner_monolith::cpuset::CpuSet;
//! let set: CpuSet = "0-3, 5,7-8\n".parse().unwrap();
//! assert_eq!(set.len(), 7);
//! assert!(set.contains(5) && !set.contains(4));
//! assert_eq!(set.to_string(), "0-3,5,7-8");
//! ```

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The largest CPU number accepted (the kernel's `NR_CPUS` tops out at 8192; this
/// leaves room while bounding memory use).
pub const MAX_CPU: usize = 65_535;

/// A failure to parse or obtain a CPU list.
#[derive(Debug, thiserror::Error)]
pub enum CpuSetError {
    /// The text is not a CPU list; `part` is the offending comma-separated item.
    #[error("bad CPU list {input:?}: item {part:?} {reason}")]
    Parse {
        /// The whole text being parsed.
        input: String,
        /// The comma-separated item that is wrong.
        part: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A file holding a CPU list could not be read.
    #[error("cannot read CPU list {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: io::Error,
    },
    /// The file was read but its content is not a CPU list.
    #[error("CPU list file {path}: {source}")]
    File {
        /// The file.
        path: PathBuf,
        /// The parse error.
        source: Box<CpuSetError>,
    },
    /// `sched_getaffinity` failed for this process.
    #[error("sched_getaffinity failed: {source}")]
    Affinity {
        /// The OS error.
        source: io::Error,
    },
}

/// A sorted, duplicate-free set of CPU numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct CpuSet(Vec<usize>);

impl CpuSet {
    /// The CPUs that are online, from `/sys/devices/system/cpu/online`; when that file
    /// cannot be read, CPUs `0..n` where `n` is [`std::thread::available_parallelism`]
    /// (which already honours affinity and cgroup quotas, so it may undercount).
    pub fn online() -> CpuSet {
        match Self::online_in(Path::new("/sys")) {
            Ok(set) if !set.is_empty() => set,
            other => {
                tracing::debug!(result = ?other, "no usable online CPU list; using available_parallelism");
                let n = std::thread::available_parallelism().map_or(1, |n| n.get());
                (0..n).collect()
            }
        }
    }

    /// The online CPUs listed under a sysfs root (`<sys>/devices/system/cpu/online`),
    /// so tests can point it at a fake tree.
    pub fn online_in(sys: &Path) -> Result<CpuSet, CpuSetError> {
        Self::read_file(&sys.join("devices/system/cpu/online"))
    }

    /// Reads a file holding one CPU list (`online`, `cpuset.cpus`, ...).
    pub fn read_file(path: &Path) -> Result<CpuSet, CpuSetError> {
        let text = std::fs::read_to_string(path).map_err(|source| CpuSetError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        text.parse().map_err(|e| CpuSetError::File {
            path: path.to_path_buf(),
            source: Box::new(e),
        })
    }

    /// The CPUs this process may run on (`sched_getaffinity`), which `taskset`, a
    /// container's cpuset or an earlier pinning may have narrowed.
    pub fn allowed() -> Result<CpuSet, CpuSetError> {
        type Word = libc::c_ulong;
        let word_bits = Word::BITS as usize;
        // Start at glibc's fixed cpu_set_t (1024 CPUs) and grow while the kernel says
        // the mask is too small for its CPU count.
        let mut words = std::mem::size_of::<libc::cpu_set_t>() / std::mem::size_of::<Word>();
        let max_words = (MAX_CPU + 1).div_ceil(word_bits);
        loop {
            let mut mask: Vec<Word> = vec![0; words];
            let bytes = words * std::mem::size_of::<Word>();
            // SAFETY: `mask` is a live, writable, Word-aligned buffer of exactly `bytes`
            // bytes and at least size_of::<cpu_set_t>(); a cpu_set_t is nothing but an
            // array of unsigned longs, so a longer array is a valid dynamically sized
            // set (the CPU_ALLOC convention) and the kernel writes at most `bytes`.
            let rc = unsafe {
                libc::sched_getaffinity(0, bytes, mask.as_mut_ptr().cast::<libc::cpu_set_t>())
            };
            if rc == 0 {
                let cpus = mask.iter().enumerate().flat_map(|(w, &word)| {
                    (0..word_bits)
                        .filter(move |bit| word >> bit & 1 == 1)
                        .map(move |bit| w * word_bits + bit)
                });
                return Ok(cpus.collect());
            }
            let err = io::Error::last_os_error();
            if err.raw_os_error() == Some(libc::EINVAL) && words < max_words {
                words *= 2;
                continue;
            }
            return Err(CpuSetError::Affinity { source: err });
        }
    }

    /// The CPU numbers in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().copied()
    }

    /// How many CPUs the set holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the set holds no CPU.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `cpu` is in the set.
    pub fn contains(&self, cpu: usize) -> bool {
        self.0.binary_search(&cpu).is_ok()
    }

    /// The CPUs in both sets (e.g. allowed and online).
    pub fn intersection(&self, other: &CpuSet) -> CpuSet {
        CpuSet(self.iter().filter(|&c| other.contains(c)).collect())
    }

    /// The CPU numbers in ascending order, as a slice.
    pub fn as_slice(&self) -> &[usize] {
        &self.0
    }
}

impl FromIterator<usize> for CpuSet {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> Self {
        let mut cpus: Vec<usize> = iter.into_iter().collect();
        cpus.sort_unstable();
        cpus.dedup();
        CpuSet(cpus)
    }
}

impl From<CpuSet> for Vec<usize> {
    fn from(set: CpuSet) -> Vec<usize> {
        set.0
    }
}

impl FromStr for CpuSet {
    type Err = CpuSetError;

    fn from_str(input: &str) -> Result<CpuSet, CpuSetError> {
        let text = input.trim();
        if text.is_empty() {
            return Ok(CpuSet::default());
        }
        let bad = |part: &str, reason: String| CpuSetError::Parse {
            input: input.to_string(),
            part: part.to_string(),
            reason,
        };
        let number = |part: &str, digits: &str| -> Result<usize, CpuSetError> {
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                let reason = if part.contains(':') {
                    "uses the stride form (a-b:used/group), which is not supported".to_string()
                } else {
                    format!("has {digits:?} where a CPU number should be")
                };
                return Err(bad(part, reason));
            }
            match digits.parse::<usize>() {
                Ok(n) if n <= MAX_CPU => Ok(n),
                _ => Err(bad(part, format!("names a CPU above {MAX_CPU}"))),
            }
        };
        let mut cpus = Vec::new();
        for raw in text.split(',') {
            let part = raw.trim();
            if part.is_empty() {
                return Err(bad(part, "is empty".to_string()));
            }
            match part.split_once('-') {
                None => cpus.push(number(part, part)?),
                Some((lo, hi)) => {
                    let (lo, hi) = (number(part, lo)?, number(part, hi)?);
                    if hi < lo {
                        return Err(bad(part, "is a range that runs backwards".to_string()));
                    }
                    cpus.extend(lo..=hi);
                }
            }
        }
        Ok(cpus.into_iter().collect())
    }
}

/// The compact kernel form: runs of two or more become `a-b`, the empty set is `""`.
impl fmt::Display for CpuSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        let mut i = 0;
        while i < self.0.len() {
            let start = self.0[i];
            let mut end = start;
            while i + 1 < self.0.len() && self.0[i + 1] == end + 1 {
                i += 1;
                end += 1;
            }
            if !first {
                f.write_str(",")?;
            }
            first = false;
            if start == end {
                write!(f, "{start}")?;
            } else {
                write!(f, "{start}-{end}")?;
            }
            i += 1;
        }
        Ok(())
    }
}

/// Serialized as the compact list string (`"0-3,5"`).
impl serde::Serialize for CpuSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Read back from the list string, with the same rules as [`FromStr`].
impl<'de> serde::Deserialize<'de> for CpuSet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Vec<usize> {
        s.parse::<CpuSet>()
            .unwrap_or_else(|e| panic!("{s:?}: {e}"))
            .into()
    }

    fn bad_part(s: &str) -> String {
        match s.parse::<CpuSet>() {
            Err(CpuSetError::Parse { part, .. }) => part,
            other => panic!("{s:?} should fail to parse, got {other:?}"),
        }
    }

    #[test]
    fn empty_and_blank_are_the_empty_set() {
        assert!(parse("").is_empty());
        assert!(parse(" \n").is_empty());
        assert_eq!(CpuSet::default().to_string(), "");
    }

    #[test]
    fn single_numbers_and_ranges() {
        assert_eq!(parse("3"), vec![3]);
        assert_eq!(parse("0-0"), vec![0]);
        assert_eq!(parse("0-3,5,7-8"), vec![0, 1, 2, 3, 5, 7, 8]);
        assert_eq!(parse("0-1\n"), vec![0, 1]);
    }

    #[test]
    fn overlaps_and_disorder_are_sorted_and_deduplicated() {
        assert_eq!(parse("5,0-2,1-3,5"), vec![0, 1, 2, 3, 5]);
    }

    #[test]
    fn whitespace_around_items_is_ignored() {
        assert_eq!(parse(" 1 , 2 "), vec![1, 2]);
        assert_eq!(parse("\t0-1,\n4"), vec![0, 1, 4]);
    }

    #[test]
    fn whitespace_inside_an_item_is_an_error() {
        assert_eq!(bad_part("1 -3"), "1 -3");
        assert_eq!(bad_part("0,1 2"), "1 2");
    }

    #[test]
    fn errors_name_the_bad_item() {
        assert_eq!(bad_part("0,2-1,4"), "2-1");
        assert_eq!(bad_part("1,,2"), "");
        assert_eq!(bad_part("1,"), "");
        assert_eq!(bad_part("0,x"), "x");
        assert_eq!(bad_part("-3"), "-3");
        assert_eq!(bad_part("+1"), "+1");
        assert_eq!(bad_part("1-"), "1-");
        assert_eq!(bad_part("1-2-3"), "1-2-3");
        let err = "0-7:2/4".parse::<CpuSet>().unwrap_err().to_string();
        assert!(err.contains("0-7:2/4") && err.contains("stride"), "{err}");
        let err = "0,2-1".parse::<CpuSet>().unwrap_err().to_string();
        assert!(
            err.contains("\"2-1\"") && err.contains("backwards"),
            "{err}"
        );
    }

    #[test]
    fn large_numbers_up_to_the_cap() {
        assert_eq!(parse("4095"), vec![4095]);
        assert_eq!(parse(&MAX_CPU.to_string()), vec![MAX_CPU]);
        assert_eq!(parse("65534-65535").len(), 2);
        assert_eq!(bad_part("65536"), "65536");
        assert_eq!(
            bad_part("0-99999999999999999999999"),
            "0-99999999999999999999999"
        );
    }

    #[test]
    fn display_is_compact_and_round_trips() {
        for text in ["0", "0-1", "0-3,5,7-8", "1,3,5", "0-2,4-6,10", "65535"] {
            assert_eq!(
                parse(text).into_iter().collect::<CpuSet>().to_string(),
                text
            );
            let set: CpuSet = text.parse().unwrap();
            assert_eq!(set.to_string().parse::<CpuSet>().unwrap(), set);
        }
        assert_eq!(
            parse("3,1,2").into_iter().collect::<CpuSet>().to_string(),
            "1-3"
        );
    }

    #[test]
    fn set_operations() {
        let a: CpuSet = "0-5".parse().unwrap();
        let b: CpuSet = "4-9".parse().unwrap();
        assert_eq!(a.intersection(&b).as_slice(), &[4, 5]);
        assert!(a.contains(0) && !a.contains(6));
        assert_eq!(a.iter().sum::<usize>(), 15);
        assert_eq!(a.len(), 6);
        assert!(!a.is_empty());
    }

    #[test]
    fn serde_uses_the_list_string() {
        let set: CpuSet = "0-3,6".parse().unwrap();
        assert_eq!(serde_json::to_string(&set).unwrap(), "\"0-3,6\"");
        let back: CpuSet = serde_json::from_str("\"0-3,6\"").unwrap();
        assert_eq!(back, set);
        assert!(serde_json::from_str::<CpuSet>("\"3-1\"").is_err());
    }

    #[test]
    fn online_in_reads_a_fake_sysfs() {
        let dir = tempfile::tempdir().unwrap();
        let cpu = dir.path().join("devices/system/cpu");
        std::fs::create_dir_all(&cpu).unwrap();
        std::fs::write(cpu.join("online"), "0-2,4\n").unwrap();
        assert_eq!(CpuSet::online_in(dir.path()).unwrap().to_string(), "0-2,4");

        std::fs::write(cpu.join("online"), "0-x\n").unwrap();
        let err = CpuSet::online_in(dir.path()).unwrap_err();
        assert!(matches!(err, CpuSetError::File { .. }), "{err}");
        assert!(err.to_string().contains("online"), "{err}");

        let missing = CpuSet::online_in(&dir.path().join("nope")).unwrap_err();
        assert!(matches!(missing, CpuSetError::Read { .. }), "{missing}");
    }

    #[test]
    fn online_and_allowed_on_this_host_agree() {
        let online = CpuSet::online();
        let allowed = CpuSet::allowed().expect("sched_getaffinity of ourselves");
        assert!(!online.is_empty());
        assert!(!allowed.is_empty());
        // Every CPU we may run on must be online.
        assert_eq!(allowed.intersection(&online), allowed);
    }

    #[test]
    fn allowed_matches_the_kernels_own_list() {
        // /proc/self/status states the same mask in this very format.
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let line = status
            .lines()
            .find_map(|l| l.strip_prefix("Cpus_allowed_list:"))
            .expect("Cpus_allowed_list in /proc/self/status");
        let expected: CpuSet = line.parse().unwrap();
        assert_eq!(CpuSet::allowed().unwrap(), expected);
    }
}
