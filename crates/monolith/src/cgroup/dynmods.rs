//! Moving a process into a cgroup without waiting for an RCU grace period.
//!
//! Every write to `cgroup.procs` takes the kernel's global cgroup threadgroup lock for
//! writing. That lock is a per-CPU reader–writer semaphore: cheap for the forks and exits
//! that read it, but a writer first waits for an RCU grace period unless another writer
//! came shortly before. A run's program joins its cgroup that way, so the first run after
//! an idle spell (every run of a one-shot `afterburner run`, every run of a sparse
//! workload) waited about 10 ms before its program could start. The kernel's
//! `favordynmods` mount option (Linux 6.0) keeps the semaphore in its writer-friendly mode
//! while any hierarchy mounted with it exists, at a small cost to forks and exits. When no
//! cgroup hierarchy of the host has it, the sandbox mounts a named, controller-less v1
//! hierarchy with it: no process is ever put in it, and it stays mounted, a setting of the
//! host, for the sandboxes of later processes too (`umount` it to undo).

use std::ffi::CString;
use std::path::Path;

/// The name of the hierarchy the sandbox mounts. Every process shows it in
/// `/proc/self/cgroup`, runs included: it names the option, nothing of the host.
const HIERARCHY: &str = "favordynmods";

/// Whether some cgroup hierarchy of this host is mounted with `favordynmods`, going by
/// the mount table `mountinfo` (the text of `/proc/self/mountinfo`).
fn favoured(mountinfo: &str) -> bool {
    mountinfo.lines().any(|line| {
        // "... - FSTYPE SOURCE SUPER_OPTIONS": the options after the separator are the
        // file system's own.
        line.split_once(" - ").is_some_and(|(_, fs)| {
            let mut fields = fs.split_whitespace();
            let fstype = fields.next().unwrap_or("");
            let options = fields.nth(1).unwrap_or("");
            fstype.starts_with("cgroup") && options.split(',').any(|o| o == "favordynmods")
        })
    })
}

/// Makes joining a cgroup skip the grace period, mounting a hierarchy under `dir` when
/// none has `favordynmods` yet. Needs root. The error says why it could not, for the
/// sandbox's notes.
pub(crate) fn favour_dynamic_membership(dir: &Path) -> Result<(), String> {
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo")
        .map_err(|e| format!("reading /proc/self/mountinfo: {e}"))?;
    if favoured(&mountinfo) {
        return Ok(());
    }
    let target = dir.join(HIERARCHY);
    std::fs::create_dir_all(&target).map_err(|e| format!("creating {}: {e}", target.display()))?;
    let target_c = CString::new(target.as_os_str().as_encoded_bytes())
        .map_err(|_| format!("{} holds a NUL byte", target.display()))?;
    let options = CString::new(format!("none,name={HIERARCHY},favordynmods"))
        .expect("no NUL byte in the options");
    // SAFETY: every pointer is a NUL-terminated string that outlives the call.
    let mounted = unsafe {
        libc::mount(
            c"cgroup".as_ptr(),
            target_c.as_ptr(),
            c"cgroup".as_ptr(),
            0,
            options.as_ptr().cast(),
        )
    };
    if mounted < 0 {
        return Err(format!(
            "mounting a cgroup hierarchy with favordynmods at {}: {} (Linux 6.0 or later has the option)",
            target.display(),
            std::io::Error::last_os_error()
        ));
    }
    Ok(())
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
        assert!(!favoured(plain));
        assert!(favoured(&format!("{plain}{favoured_v1}")));
        assert!(favoured(favoured_v2));
        assert!(!favoured(other_fs));
    }
}
