//! The cgroup entries of the mount table.
//!
//! Kept apart from the cgroup decisions because the kernel's two formats
//! (`/proc/self/mountinfo` and the older `/proc/mounts`) and their escaping are a job of
//! their own.

use super::{read_opt, HostError, HostPaths};

/// The v1 controllers worth naming; other mount options (`rw`, `name=systemd`,
/// `clone_children`, ...) are not controllers.
pub(super) const V1_CONTROLLERS: [&str; 14] = [
    "memory",
    "cpuacct",
    "cpu",
    "cpuset",
    "pids",
    "freezer",
    "devices",
    "blkio",
    "net_cls",
    "net_prio",
    "perf_event",
    "hugetlb",
    "rdma",
    "misc",
];

/// One cgroup mount from mountinfo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Mount {
    /// Mount point as the host names it (`/sys/fs/cgroup/memory`).
    pub point: String,
    /// The cgroup at the root of this mount (`/` unless inside a container).
    pub root: String,
    /// v1 controllers on this mount; `None` for cgroup2.
    pub v1: Option<Vec<String>>,
}

impl Mount {
    /// Whether this is a v1 mount carrying `controller`.
    pub fn has_v1(&self, controller: &str) -> bool {
        self.v1
            .as_ref()
            .is_some_and(|cs| cs.iter().any(|c| c == controller))
    }
}

/// Reads cgroup mounts from `/proc/self/mountinfo`, or `/proc/mounts` where the former
/// is missing (very old kernels, odd containers).
pub(super) fn read_mounts(paths: &HostPaths) -> Result<Vec<Mount>, HostError> {
    if let Some(text) = read_opt(&paths.proc_file("self/mountinfo"))? {
        return Ok(parse_mountinfo(&text));
    }
    Ok(read_opt(&paths.proc_file("mounts"))?
        .map(|text| parse_proc_mounts(&text))
        .unwrap_or_default())
}

/// `36 35 98:0 /root /point opts [optional...] - fstype source superopts`.
fn parse_mountinfo(text: &str) -> Vec<Mount> {
    text.lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let sep = fields.iter().position(|&f| f == "-")?;
            let (root, point) = (fields.get(3)?, fields.get(4)?);
            let fstype = fields.get(sep + 1)?;
            let superopts = fields.get(sep + 3).copied().unwrap_or("");
            cgroup_mount(fstype, unescape(point), unescape(root), superopts)
        })
        .collect()
}

/// Whether a cgroup hierarchy in `mountinfo` (the text of `/proc/self/mountinfo`) is
/// mounted with `favordynmods`, controllers or not.
pub(crate) fn favours_dynmods(mountinfo: &str) -> bool {
    mountinfo.lines().any(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let Some(sep) = fields.iter().position(|&f| f == "-") else {
            return false;
        };
        let fstype = fields.get(sep + 1).copied().unwrap_or("");
        let superopts = fields.get(sep + 3).copied().unwrap_or("");
        fstype.starts_with("cgroup") && superopts.split(',').any(|o| o == "favordynmods")
    })
}

/// `source /point fstype opts 0 0`; the mount's root cgroup is not recorded there.
fn parse_proc_mounts(text: &str) -> Vec<Mount> {
    text.lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let (point, fstype, opts) = (fields.get(1)?, fields.get(2)?, fields.get(3)?);
            cgroup_mount(fstype, unescape(point), "/".to_string(), opts)
        })
        .collect()
}

fn cgroup_mount(fstype: &str, point: String, root: String, opts: &str) -> Option<Mount> {
    let v1 = match fstype {
        "cgroup2" => None,
        "cgroup" => {
            let controllers: Vec<String> = opts
                .split(',')
                .filter(|o| V1_CONTROLLERS.contains(o))
                .map(str::to_string)
                .collect();
            // A v1 mount without controllers (`name=systemd`) only tracks processes.
            if controllers.is_empty() {
                return None;
            }
            Some(controllers)
        }
        _ => return None,
    };
    Some(Mount { point, root, v1 })
}

/// Undoes the kernel's octal escapes in mount paths (`\040` is a space).
fn unescape(field: &str) -> String {
    let bytes = field.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let octal = bytes
            .get(i + 1..i + 4)
            .filter(|d| d.iter().all(|b| (b'0'..=b'7').contains(b)));
        match (bytes[i], octal) {
            (b'\\', Some(d)) => {
                out.push((d[0] - b'0') << 6 | (d[1] - b'0') << 3 | (d[2] - b'0'));
                i += 4;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_cgroup_mount_with_the_option_counts() {
        let plain =
            "35 30 0:30 / /sys/fs/cgroup/pids rw,relatime shared:14 - cgroup cgroup rw,pids\n";
        let favoured_v1 = "90 20 0:44 / /x rw,relatime - cgroup cgroup rw,favordynmods,name=a\n";
        let favoured_v2 =
            "26 21 0:23 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw,nsdelegate,favordynmods\n";
        let other_fs = "27 21 0:24 / /mnt rw - tmpfs favordynmods rw\n";
        assert!(!favours_dynmods(plain));
        assert!(favours_dynmods(&format!("{plain}{favoured_v1}")));
        assert!(favours_dynmods(favoured_v2));
        assert!(!favours_dynmods(other_fs));
    }

    #[test]
    fn octal_escapes_in_mount_points() {
        assert_eq!(unescape(r"/mnt/my\040cgroups"), "/mnt/my cgroups");
        assert_eq!(unescape(r"a\134b"), r"a\b");
        assert_eq!(unescape(r"trailing\04"), r"trailing\04");
    }

    #[test]
    fn mountinfo_with_optional_fields_and_container_roots() {
        let text = "30 23 0:26 / /sys/fs/cgroup rw shared:4 master:1 - cgroup2 cgroup2 rw,nsdelegate\n\
                    35 31 0:32 /docker/c1 /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory,clone_children\n\
                    40 31 0:37 / /sys/fs/cgroup/systemd rw - cgroup cgroup rw,name=systemd\n\
                    22 1 0:21 / /proc rw - proc proc rw\n";
        let mounts = parse_mountinfo(text);
        assert_eq!(
            mounts,
            vec![
                Mount {
                    point: "/sys/fs/cgroup".into(),
                    root: "/".into(),
                    v1: None
                },
                Mount {
                    point: "/sys/fs/cgroup/memory".into(),
                    root: "/docker/c1".into(),
                    v1: Some(vec!["memory".into()]),
                },
            ]
        );
    }

    #[test]
    fn proc_mounts_lists_comounted_controllers() {
        let mounts = parse_proc_mounts(
            "cgroup /sys/fs/cgroup/cpu,cpuacct cgroup rw,nosuid,cpu,cpuacct 0 0\n",
        );
        assert_eq!(mounts.len(), 1);
        assert!(
            mounts[0].has_v1("cpu") && mounts[0].has_v1("cpuacct") && !mounts[0].has_v1("nosuid")
        );
    }
}
