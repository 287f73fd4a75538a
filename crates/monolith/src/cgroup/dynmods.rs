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

use crate::host::favours_dynmods;

/// The name of the hierarchy the sandbox mounts. Every process shows it in
/// `/proc/self/cgroup`, runs included: it names the option, nothing of the host.
const HIERARCHY: &str = "favordynmods";

/// Makes joining a cgroup skip the grace period, mounting a hierarchy under `dir` when
/// none has `favordynmods` yet. Needs root. The error says why it could not, for the
/// sandbox's notes.
pub(crate) fn favour_dynamic_membership(dir: &Path) -> Result<(), String> {
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo")
        .map_err(|e| format!("reading /proc/self/mountinfo: {e}"))?;
    if favours_dynmods(&mountinfo) {
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
