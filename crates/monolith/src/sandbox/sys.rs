//! System calls for the code between `clone` and `execve`, made without glibc.
//!
//! The sandbox's init may share the supervisor's memory (see [`super::launch`]), and with
//! it the thread-local `errno` of the supervisor thread that cloned it, which runs on
//! meanwhile. glibc's wrappers write `errno` on failure; these return the kernel's error
//! number instead and write no memory of ours. They are also async-signal-safe and do not
//! allocate, so they suit a child of a multithreaded process.

use std::ffi::c_void;

/// A kernel error number (`EPERM`, `ENOENT`, …).
pub(crate) type Errno = i32;

/// The result of a system call: its non-negative return value, or the error number.
pub(crate) type SysResult = Result<usize, Errno>;

/// Pads up to six arguments to six (the rest are ignored by the kernel).
pub(crate) const fn args<const N: usize>(given: [usize; N]) -> [usize; 6] {
    let mut all = [0usize; 6];
    let mut i = 0;
    while i < N {
        all[i] = given[i];
        i += 1;
    }
    all
}

/// Makes system call `nr` with `args`.
///
/// # Safety
/// The arguments must be valid for the call: pointers must point to memory of the size
/// and use the kernel expects.
#[cfg(target_arch = "x86_64")]
#[inline]
pub(crate) unsafe fn call(nr: libc::c_long, args: [usize; 6]) -> SysResult {
    let ret: isize;
    // SAFETY: the x86_64 system call convention; the kernel clobbers rcx and r11 only.
    unsafe {
        core::arch::asm!(
            "syscall",
            inlateout("rax") nr as isize => ret,
            in("rdi") args[0],
            in("rsi") args[1],
            in("rdx") args[2],
            in("r10") args[3],
            in("r8") args[4],
            in("r9") args[5],
            lateout("rcx") _,
            lateout("r11") _,
            options(nostack),
        );
    }
    // The kernel returns -errno, in [-4095, -1], on failure.
    if (-4095..0).contains(&ret) {
        Err(-ret as Errno)
    } else {
        Ok(ret as usize)
    }
}

/// Makes system call `nr` with `args` (through glibc here: `errno` is written on
/// failure, so init never shares the supervisor's memory on this architecture).
///
/// # Safety
/// As for the x86_64 version.
#[cfg(not(target_arch = "x86_64"))]
pub(crate) unsafe fn call(nr: libc::c_long, args: [usize; 6]) -> SysResult {
    // SAFETY: as the caller promises.
    let ret = unsafe { libc::syscall(nr, args[0], args[1], args[2], args[3], args[4], args[5]) };
    if ret < 0 {
        // SAFETY: __errno_location always returns this thread's errno.
        Err(unsafe { *libc::__errno_location() })
    } else {
        Ok(ret as usize)
    }
}

/// Whether [`call`] leaves `errno` alone on this architecture, which a child sharing
/// the supervisor's memory needs.
pub(crate) const ERRNO_FREE: bool = cfg!(target_arch = "x86_64");

/// `sys!(SYS_name, arg, …)`: [`call`] with up to six arguments, each cast to `usize`.
macro_rules! sys {
    ($nr:expr $(, $arg:expr)* $(,)?) => {
        $crate::sandbox::sys::call($nr, $crate::sandbox::sys::args([$($arg as usize),*]))
    };
}
pub(crate) use sys;

/// Ends the calling process with `code`, at once.
pub(crate) fn exit(code: i32) -> ! {
    // SAFETY: exit_group takes an integer and does not return.
    let _ = unsafe { sys!(libc::SYS_exit_group, code) };
    // Unreachable: exit_group cannot fail.
    std::process::abort()
}

/// Writes `bytes` to `fd` with one `write`.
pub(crate) fn write(fd: libc::c_int, bytes: &[u8]) -> SysResult {
    // SAFETY: the pointer and length describe `bytes`, which outlives the call.
    unsafe { sys!(libc::SYS_write, fd, bytes.as_ptr(), bytes.len()) }
}

/// Reads into `buf` with one `read`.
pub(crate) fn read(fd: libc::c_int, buf: &mut [u8]) -> SysResult {
    // SAFETY: the pointer and length describe `buf`, which outlives the call.
    unsafe { sys!(libc::SYS_read, fd, buf.as_mut_ptr(), buf.len()) }
}

/// Closes `fd`.
pub(crate) fn close(fd: libc::c_int) -> SysResult {
    // SAFETY: close takes an integer.
    unsafe { sys!(libc::SYS_close, fd) }
}

/// Opens the C string `path`.
///
/// # Safety
/// `path` must point to a NUL-terminated string.
pub(crate) unsafe fn open(
    path: *const libc::c_char,
    flags: libc::c_int,
    mode: libc::mode_t,
) -> Result<libc::c_int, Errno> {
    // SAFETY: as the caller promises.
    unsafe { sys!(libc::SYS_openat, libc::AT_FDCWD, path, flags, mode) }.map(|fd| fd as libc::c_int)
}

/// A stack for a cloned child: anonymous memory below a guard page, mapped once and
/// reused, since a child that shares our memory cannot be given a copy of our stack.
pub(crate) struct Stack {
    base: *mut u8,
    len: usize,
}

// SAFETY: the mapping is owned memory with no thread affinity.
unsafe impl Send for Stack {}

impl Stack {
    /// Maps `usable` bytes of stack (rounded up to pages) above one inaccessible page,
    /// which turns an overflow into a fault instead of a write into other memory.
    pub(crate) fn new(usable: usize) -> std::io::Result<Stack> {
        let page = page_size();
        let len = usable.div_ceil(page) * page + page;
        // SAFETY: a fresh anonymous mapping, no existing memory involved.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_STACK | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        let stack = Stack {
            base: base.cast(),
            len,
        };
        // SAFETY: the lowest page of the mapping just made.
        if unsafe { libc::mprotect(base, page, libc::PROT_NONE) } < 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(stack)
    }

    /// The address a child starts its stack at (stacks grow down), 16-byte aligned.
    pub(crate) fn top(&self) -> *mut u8 {
        ((self.base as usize + self.len) & !15) as *mut u8
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        // SAFETY: the mapping made in `new`, no longer used by any child (the owner
        // reaps its children before dropping their stack).
        unsafe { libc::munmap(self.base.cast(), self.len) };
    }
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    (unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).max(4096) as usize
}

/// Clones a child with `flags` that starts on `stack` by calling `entry(arg)`, which
/// must never return. With `CLONE_VM` the child shares our memory; without it, it gets
/// a copy (the stack's copy included). Returns the child's pid.
///
/// # Safety
/// `stack` must stay mapped and unused by anyone else until the child has exited or
/// exec'd, and `entry` must only do what is safe in a child of a multithreaded process
/// (system calls through this module; no allocation, no locks). With `CLONE_VM`, `arg`
/// must stay valid for as long as the child reads it.
#[cfg(target_arch = "x86_64")]
pub(crate) unsafe fn clone_on_stack(
    flags: libc::c_int,
    stack: &Stack,
    entry: unsafe extern "C" fn(*const c_void) -> !,
    arg: *const c_void,
) -> Result<libc::pid_t, Errno> {
    let ret: isize;
    // SAFETY: the clone system call (flags, new stack, parent tid, child tid, tls). The
    // parent continues after `2:`; the child, on the new stack with nothing of the
    // parent's frame, calls `entry(arg)` at once (the stack top is 16-byte aligned, as a
    // call expects) and never comes back.
    unsafe {
        core::arch::asm!(
            "syscall",
            "test rax, rax",
            "jnz 2f",
            "xor ebp, ebp",
            "mov rdi, r12",
            "call r13",
            "ud2",
            "2:",
            inlateout("rax") libc::SYS_clone as isize => ret,
            in("rdi") flags as usize,
            in("rsi") stack.top(),
            in("rdx") 0usize,
            in("r10") 0usize,
            in("r8") 0usize,
            in("r12") arg,
            in("r13") entry,
            lateout("rcx") _,
            lateout("r11") _,
            options(nostack),
        );
    }
    if ret < 0 {
        Err(-ret as Errno)
    } else {
        Ok(ret as libc::pid_t)
    }
}

/// Clones a child on `stack` (through glibc's `clone` on this architecture).
///
/// # Safety
/// As for the x86_64 version.
#[cfg(not(target_arch = "x86_64"))]
pub(crate) unsafe fn clone_on_stack(
    flags: libc::c_int,
    stack: &Stack,
    entry: unsafe extern "C" fn(*const c_void) -> !,
    arg: *const c_void,
) -> Result<libc::pid_t, Errno> {
    extern "C" fn trampoline(arg: *mut c_void) -> libc::c_int {
        // SAFETY: `arg` is the pair built below, alive in the memory we share or copy.
        let (entry, arg) =
            unsafe { *(arg as *const (unsafe extern "C" fn(*const c_void) -> !, *const c_void)) };
        // SAFETY: as the caller of clone_on_stack promised.
        unsafe { entry(arg) }
    }
    let pair = (entry, arg);
    // SAFETY: as the caller promises; `pair` outlives the call, and the child reads it
    // before anything of ours can change (it is on our stack, copied or shared).
    let pid = unsafe {
        libc::clone(
            trampoline,
            stack.top().cast(),
            flags,
            &pair as *const _ as *mut c_void,
        )
    };
    if pid < 0 {
        // SAFETY: __errno_location always returns this thread's errno.
        Err(unsafe { *libc::__errno_location() })
    } else {
        Ok(pid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_return_the_error_number_and_leave_errno_alone() {
        // SAFETY: __errno_location always returns this thread's errno.
        unsafe { *libc::__errno_location() = 0 };
        assert_eq!(close(-1), Err(libc::EBADF));
        let missing = c"/nonexistent/afterburner";
        // SAFETY: a NUL-terminated literal.
        assert_eq!(
            unsafe { open(missing.as_ptr(), libc::O_RDONLY, 0) },
            Err(libc::ENOENT)
        );
        if ERRNO_FREE {
            // SAFETY: as above.
            assert_eq!(unsafe { *libc::__errno_location() }, 0);
        }
    }

    #[test]
    fn a_child_on_its_own_stack_shares_our_memory_with_clone_vm() {
        use std::sync::atomic::{AtomicU32, Ordering};
        static SEEN: AtomicU32 = AtomicU32::new(0);
        unsafe extern "C" fn child(arg: *const c_void) -> ! {
            // SAFETY: `arg` is the u32 below, alive until we are reaped.
            SEEN.store(unsafe { *(arg as *const u32) }, Ordering::SeqCst);
            exit(7)
        }
        let stack = Stack::new(64 * 1024).unwrap();
        let value: u32 = 42;
        // SAFETY: the child only stores and exits; we reap it before `stack` and
        // `value` go.
        let pid = unsafe {
            clone_on_stack(
                libc::CLONE_VM | libc::SIGCHLD,
                &stack,
                child,
                (&value as *const u32).cast(),
            )
        }
        .unwrap();
        let mut status = 0;
        // SAFETY: reaping our own child.
        assert_eq!(unsafe { libc::waitpid(pid, &mut status, 0) }, pid);
        assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 7);
        assert_eq!(SEEN.load(Ordering::SeqCst), 42);
    }
}
