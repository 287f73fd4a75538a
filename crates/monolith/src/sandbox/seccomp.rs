//! The seccomp-BPF denylist installed in every sandboxed program just before `execve`.
//!
//! Namespaces, cgroups and rlimits already confine the program; this filter removes
//! the kernel interfaces a hostile program would use to escape or disturb the host and
//! that no solution in any of our six runtimes ever needs (mounting, loading modules,
//! tracing other processes, new namespaces, `io_uring`, `bpf`, keyrings, …). It is a
//! denylist rather than an allowlist on purpose: the JVM, Node.js, CPython and the Go
//! runtime call a long and version-dependent tail of harmless system calls, and an
//! allowlist that misses one turns a correct solution into a runtime error.
//!
//! The filter is assembled by hand as classic BPF, with no libseccomp, so that:
//! - it is built once before `fork` and [`SeccompFilter::install`] only makes two
//!   system calls (the child of a multithreaded parent must not allocate);
//! - every decision is testable without installing anything, through a small BPF
//!   interpreter in the tests.
//!
//! The decisions, in order:
//! 1. `arch != AUDIT_ARCH_X86_64` → kill the process: an i386 (`int 0x80`) system call
//!    uses a different numbering, so the table below would not mean anything for it.
//! 2. `nr >= 0x4000_0000` (the x32 ABI bit, and every "negative" number) → `ENOSYS`.
//!    Without this rule the table could be bypassed, since the x32 numbers of `mount`,
//!    `unshare`, … differ from the native ones only by that bit. `ENOSYS` rather than
//!    killing: it is exactly what a kernel without x32 support (the default on most
//!    distributions) answers, so a program or runtime that merely probes sees an
//!    ordinary "not implemented" and carries on instead of dying with `SIGSYS` and
//!    being reported as a runtime error of its own making. Security is the same: the
//!    call never reaches the kernel.
//! 3. `clone3` → `ENOSYS`: its flags live in memory that BPF cannot read, so it cannot
//!    be filtered. glibc (threads, `posix_spawn`) falls back to `clone` on `ENOSYS`
//!    and the Go runtime only ever uses `clone`, which the next rule can inspect.
//! 4. `clone` with any namespace flag in its first argument → `EPERM`.
//! 5. the syscalls of [`SeccompFilter::denied_syscalls`] → `EPERM`.
//! 6. everything else → allow.
//!
//! Only rule 4 looks at arguments, so on kernels ≥ 5.11 the kernel's seccomp action
//! cache skips the filter entirely for every other allowed system call: the filter
//! costs nothing on the hot paths (`read`, `write`, `mmap`, `futex`) of a measured run.

use std::fmt;
use std::io;

use super::sys::sys;

/// `AUDIT_ARCH_X86_64` from `<linux/audit.h>`: `EM_X86_64 | __AUDIT_ARCH_64BIT |
/// __AUDIT_ARCH_LE`, the value of `seccomp_data.arch` for native x86_64 system calls.
pub const AUDIT_ARCH_X86_64: u32 = 0xC000_003E;

/// The bit that marks an x32-ABI system call number on x86_64 (`__X32_SYSCALL_BIT`).
pub const X32_SYSCALL_BIT: u32 = 0x4000_0000;

/// Offsets of the fields of `struct seccomp_data` that the filter reads.
const OFFSET_NR: u32 = 0;
const OFFSET_ARCH: u32 = 4;
/// `args[0]` starts at byte 16; on little-endian x86_64 its low 32 bits come first, and
/// the kernel's `clone` only uses the low 32 bits of its flags.
const OFFSET_ARG0_LOW: u32 = 16;

/// Classic BPF opcodes (`<linux/filter.h>`): class | size | mode | source.
/// `BPF_LD | BPF_W | BPF_ABS`: load a 32-bit word of `seccomp_data` into A.
const BPF_LD_W_ABS: u16 = 0x20;
/// `BPF_JMP | BPF_JA`: jump forward unconditionally by a 32-bit offset.
const BPF_JMP_JA: u16 = 0x05;
/// `BPF_JMP | BPF_JEQ | BPF_K`: branch on A == k.
const BPF_JMP_JEQ_K: u16 = 0x15;
/// `BPF_JMP | BPF_JGE | BPF_K`: branch on A >= k (unsigned).
const BPF_JMP_JGE_K: u16 = 0x35;
/// `BPF_JMP | BPF_JSET | BPF_K`: branch on A & k != 0.
const BPF_JMP_JSET_K: u16 = 0x45;
/// `BPF_RET | BPF_K`: return k.
const BPF_RET_K: u16 = 0x06;

/// Seccomp return actions (`<linux/seccomp.h>`).
const RET_KILL_PROCESS: u32 = 0x8000_0000;
const RET_ERRNO: u32 = 0x0005_0000;
const RET_ALLOW: u32 = 0x7fff_0000;

/// The kernel refuses programs longer than this (`BPF_MAXINSNS`).
const MAX_INSTRUCTIONS: usize = 4096;

/// Most syscall numbers compared one by one at a leaf of the table's search tree.
///
/// The kernel runs the filter once per syscall number when it installs it, to learn
/// which numbers it may allow without running it again (its action cache), and every
/// run installs it: a linear table walked whole for each of some 450 allowed numbers
/// made that the costliest step before `execve` (the monolith bench prints what the
/// install costs now). Small leaves keep every number's path short, and every jump well
/// inside the 8-bit range of a conditional jump.
const LEAF: usize = 4;

/// `CLONE_NEWTIME` (Linux 5.6), not exported by every libc target.
const CLONE_NEWTIME: u32 = 0x0000_0080;

/// The `clone` flags that create a namespace: refused, since the sandbox already chose
/// the program's namespaces and a new user namespace is the usual first step of a
/// kernel exploit.
const NAMESPACE_CLONE_FLAGS: u32 = libc::CLONE_NEWNS as u32
    | libc::CLONE_NEWUTS as u32
    | libc::CLONE_NEWIPC as u32
    | libc::CLONE_NEWUSER as u32
    | libc::CLONE_NEWPID as u32
    | libc::CLONE_NEWNET as u32
    | libc::CLONE_NEWCGROUP as u32
    | CLONE_NEWTIME;

/// x86_64 numbers of `clone` and `clone3`.
const NR_CLONE: u32 = 56;
const NR_CLONE3: u32 = 435;

/// The system calls answered with `EPERM`, by x86_64 number. Written out rather than
/// taken from `libc::SYS_*` so the table is the same whatever the build target and
/// includes calls newer than the libc crate; a test checks it against `libc`.
static DENIED_SYSCALLS: &[(&str, i64)] = &[
    // Mounts and the root directory: the sandbox set up the filesystem view.
    ("mount", 165),
    ("umount2", 166),
    ("pivot_root", 155),
    ("chroot", 161),
    ("open_tree", 428),
    ("move_mount", 429),
    ("fsopen", 430),
    ("fsconfig", 431),
    ("fsmount", 432),
    ("fspick", 433),
    ("mount_setattr", 442),
    ("open_tree_attr", 467),
    // Namespaces (new ones via `clone` are filtered by flag instead).
    ("unshare", 272),
    ("setns", 308),
    // Reaching into other processes.
    ("ptrace", 101),
    ("process_vm_readv", 310),
    ("process_vm_writev", 311),
    ("process_madvise", 440),
    ("pidfd_getfd", 438),
    ("kcmp", 312),
    // Loading code into the kernel, and kernel interfaces with a history of exploits.
    ("kexec_load", 246),
    ("kexec_file_load", 320),
    ("init_module", 175),
    ("finit_module", 313),
    ("delete_module", 176),
    ("bpf", 321),
    ("perf_event_open", 298),
    ("userfaultfd", 323),
    ("io_uring_setup", 425),
    ("io_uring_enter", 426),
    ("io_uring_register", 427),
    ("modify_ldt", 154),
    ("uselib", 134),
    // Kernel keyrings are not namespaced.
    ("add_key", 248),
    ("request_key", 249),
    ("keyctl", 250),
    // Hardware and host-wide state.
    ("iopl", 172),
    ("ioperm", 173),
    ("reboot", 169),
    ("swapon", 167),
    ("swapoff", 168),
    ("acct", 163),
    ("settimeofday", 164),
    ("clock_settime", 227),
    ("clock_adjtime", 305),
    ("adjtimex", 159),
    ("sethostname", 170),
    ("setdomainname", 171),
    ("syslog", 103),
    ("vhangup", 153),
    ("quotactl", 179),
    ("quotactl_fd", 443),
    ("nfsservctl", 180),
    ("lookup_dcookie", 212),
    // Filesystem-wide watching and opening files by handle (bypasses path checks).
    ("fanotify_init", 300),
    ("name_to_handle_at", 303),
    ("open_by_handle_at", 304),
    // Kernel objects the kernel counts per user, whatever the namespace: every run (and
    // every host process) of the sandbox user shares one allowance, so one run holding
    // them all would deny the others. No judged program needs them.
    ("inotify_init", 253),
    ("inotify_init1", 294),
    ("mq_open", 240),
];

/// Why the filter could not be installed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SeccompError {
    /// The filter speaks x86_64 system call numbers and this build targets another
    /// architecture.
    #[error(
        "the seccomp filter is written for x86_64 system calls but this build targets \
         {arch}; run on x86_64 or run without seccomp"
    )]
    UnsupportedArch {
        /// The architecture of this build (`std::env::consts::ARCH`).
        arch: &'static str,
    },
    /// The program is longer than the kernel accepts.
    #[error(
        "the seccomp program has {instructions} instructions, more than the kernel's \
         limit of 4096"
    )]
    ProgramTooLong {
        /// Number of BPF instructions in the program.
        instructions: usize,
    },
    /// A system call made while installing the filter failed.
    #[error(
        "{syscall} failed while installing the seccomp filter: {} (is the kernel built \
         with CONFIG_SECCOMP_FILTER, and is this process already under a filter that \
         forbids it?)",
        io::Error::from_raw_os_error(*errno)
    )]
    Syscall {
        /// The call that failed, e.g. `prctl(PR_SET_NO_NEW_PRIVS)`.
        syscall: &'static str,
        /// The `errno` it returned.
        errno: i32,
    },
}

impl SeccompError {
    /// The error number that stands for it: the failed call's, else `ENOSYS` (another
    /// architecture) or `EINVAL` (a program the kernel would refuse).
    pub fn errno(&self) -> i32 {
        match self {
            SeccompError::UnsupportedArch { .. } => libc::ENOSYS,
            SeccompError::ProgramTooLong { .. } => libc::EINVAL,
            SeccompError::Syscall { errno, .. } => *errno,
        }
    }
}

/// A seccomp-BPF program, assembled and ready to install.
///
/// Build it before `fork`; in the child, [`SeccompFilter::install`] only makes system
/// calls, so it is safe between `fork` and `execve` in a multithreaded parent.
#[derive(Clone)]
pub struct SeccompFilter {
    program: Vec<libc::sock_filter>,
}

impl fmt::Debug for SeccompFilter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SeccompFilter")
            .field("instructions", &self.program.len())
            .finish()
    }
}

impl SeccompFilter {
    /// The sandbox's filter: see the module documentation for its rules.
    pub fn denylist() -> SeccompFilter {
        let denied = DENIED_SYSCALLS.iter().map(|&(_, nr)| nr as u32);
        let program = assemble_denylist(denied).unwrap_or_else(|err| {
            panic!("bug: the built-in seccomp filter does not assemble: {err}")
        });
        SeccompFilter { program }
    }

    /// The system calls answered with `EPERM`: name and x86_64 number. (`clone` with
    /// namespace flags is refused too, and `clone3` answered with `ENOSYS`; neither is
    /// in this list.)
    pub fn denied_syscalls() -> &'static [(&'static str, i64)] {
        DENIED_SYSCALLS
    }

    /// The assembled BPF instructions, for diagnostics.
    pub fn instructions(&self) -> &[libc::sock_filter] {
        &self.program
    }

    /// Installs the filter on the calling thread, for good: sets `no_new_privs` (which
    /// also stops set-uid binaries from gaining privileges) and then loads the program
    /// with `seccomp(SECCOMP_SET_MODE_FILTER)`. The filter is inherited across `fork`
    /// and `execve` and cannot be removed.
    ///
    /// Does not allocate and writes no `errno`, so it may be called between `clone` and
    /// `execve`.
    pub fn install(&self) -> Result<(), SeccompError> {
        if !cfg!(target_arch = "x86_64") {
            return Err(SeccompError::UnsupportedArch {
                arch: std::env::consts::ARCH,
            });
        }
        let len = match u16::try_from(self.program.len()) {
            Ok(len) if usize::from(len) <= MAX_INSTRUCTIONS => len,
            _ => {
                return Err(SeccompError::ProgramTooLong {
                    instructions: self.program.len(),
                })
            }
        };
        let prog = libc::sock_fprog {
            len,
            // The kernel only reads through this pointer; the `*mut` is the C type.
            filter: self.program.as_ptr().cast_mut(),
        };
        // SAFETY: PR_SET_NO_NEW_PRIVS takes only integer arguments and touches no memory
        // of ours.
        unsafe { sys!(libc::SYS_prctl, libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) }.map_err(
            |errno| SeccompError::Syscall {
                syscall: "prctl(PR_SET_NO_NEW_PRIVS)",
                errno,
            },
        )?;
        // SAFETY: `prog` is a valid `sock_fprog` whose `filter` points to `len`
        // initialised instructions owned by `self`, which outlives the call; the kernel
        // copies the program before returning and never writes through the pointer.
        unsafe {
            sys!(
                libc::SYS_seccomp,
                libc::SECCOMP_SET_MODE_FILTER,
                0,
                &prog as *const libc::sock_fprog,
            )
        }
        .map_err(|errno| SeccompError::Syscall {
            syscall: "seccomp(SECCOMP_SET_MODE_FILTER)",
            errno,
        })?;
        Ok(())
    }

    /// Whether [`SeccompFilter::install`] can work here: x86_64, a kernel with seccomp
    /// filters, and the return actions the filter uses (`KILL_PROCESS` needs Linux
    /// 4.14). Installs nothing.
    pub fn is_supported() -> bool {
        if !cfg!(target_arch = "x86_64") {
            return false;
        }
        let zero: libc::c_ulong = 0;
        // SAFETY: PR_GET_SECCOMP takes no pointer arguments; it fails with EINVAL on a
        // kernel without seccomp.
        let mode = unsafe { libc::prctl(libc::PR_GET_SECCOMP, zero, zero, zero, zero) };
        if mode < 0 {
            return false;
        }
        [RET_KILL_PROCESS, RET_ERRNO, RET_ALLOW]
            .iter()
            .all(|action| {
                // SAFETY: SECCOMP_GET_ACTION_AVAIL reads one u32 through the pointer, which
                // points to a live element of the array above.
                let rc = unsafe {
                    libc::syscall(
                        libc::SYS_seccomp,
                        libc::SECCOMP_GET_ACTION_AVAIL,
                        zero,
                        action as *const u32,
                    )
                };
                rc == 0
            })
    }
}

/// `SECCOMP_RET_ERRNO` with `errno` in its data bits.
fn ret_errno(errno: i32) -> u32 {
    RET_ERRNO | (errno as u32 & 0xffff)
}

/// Lays out the whole filter; `denied` are the syscall numbers answered with `EPERM`.
fn assemble_denylist(
    denied: impl IntoIterator<Item = u32>,
) -> Result<Vec<libc::sock_filter>, AsmError> {
    let mut asm = Assembler::default();
    let arch_ok = asm.label();
    let not_x32 = asm.label();
    let not_clone3 = asm.label();
    let not_clone = asm.label();
    let clone_ok = asm.label();

    asm.load(OFFSET_ARCH);
    asm.jump_if(
        BPF_JMP_JEQ_K,
        AUDIT_ARCH_X86_64,
        Target::Label(arch_ok),
        Target::Next,
    );
    asm.ret(RET_KILL_PROCESS);

    asm.bind(arch_ok);
    asm.load(OFFSET_NR);
    asm.jump_if(
        BPF_JMP_JGE_K,
        X32_SYSCALL_BIT,
        Target::Next,
        Target::Label(not_x32),
    );
    asm.ret(ret_errno(libc::ENOSYS));

    asm.bind(not_x32);
    asm.jump_if(
        BPF_JMP_JEQ_K,
        NR_CLONE3,
        Target::Next,
        Target::Label(not_clone3),
    );
    asm.ret(ret_errno(libc::ENOSYS));

    asm.bind(not_clone3);
    asm.jump_if(
        BPF_JMP_JEQ_K,
        NR_CLONE,
        Target::Next,
        Target::Label(not_clone),
    );
    asm.load(OFFSET_ARG0_LOW);
    asm.jump_if(
        BPF_JMP_JSET_K,
        NAMESPACE_CLONE_FLAGS,
        Target::Next,
        Target::Label(clone_ok),
    );
    asm.ret(ret_errno(libc::EPERM));
    asm.bind(clone_ok);
    asm.ret(RET_ALLOW);

    asm.bind(not_clone);
    let mut denied: Vec<u32> = denied.into_iter().collect();
    denied.sort_unstable();
    denied.dedup();
    search_tree(&mut asm, &denied);
    asm.finish()
}

/// The table as a binary search tree over the sorted numbers `denied`: `jge` on the
/// middle number splits them until a leaf of at most [`LEAF`] numbers compares them one
/// by one and returns `EPERM` on a match, else allows. Every number is decided in about
/// 2 log2(n / LEAF) + LEAF instructions. A split reaches its upper subtree with `ja`,
/// whose offset is 32 bits, so the 8-bit conditional jumps only ever skip one
/// instruction or reach into a leaf, however long the table grows.
fn search_tree(asm: &mut Assembler, denied: &[u32]) {
    if denied.len() <= LEAF {
        let deny = asm.label();
        for &nr in denied {
            asm.jump_if(BPF_JMP_JEQ_K, nr, Target::Label(deny), Target::Next);
        }
        asm.ret(RET_ALLOW);
        asm.bind(deny);
        asm.ret(ret_errno(libc::EPERM));
        return;
    }
    let (lower, upper) = denied.split_at(denied.len() / 2);
    let lower_tree = asm.label();
    let upper_tree = asm.label();
    asm.jump_if(
        BPF_JMP_JGE_K,
        upper[0],
        Target::Next,
        Target::Label(lower_tree),
    );
    asm.goto(upper_tree);
    asm.bind(lower_tree);
    search_tree(asm, lower);
    asm.bind(upper_tree);
    search_tree(asm, upper);
}

/// A place in the program that jumps refer to before it is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Label(usize);

/// Where a conditional jump goes.
#[derive(Debug, Clone, Copy)]
enum Target {
    /// The next instruction (offset 0).
    Next,
    /// A bound label further on.
    Label(Label),
}

/// One instruction before jump offsets are resolved.
#[derive(Debug, Clone, Copy)]
enum Op {
    Load(u32),
    JumpIf {
        code: u16,
        k: u32,
        jt: Target,
        jf: Target,
    },
    Goto(Label),
    Ret(u32),
    Bind(Label),
}

/// Why a program could not be assembled (always a bug in the layout above).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum AsmError {
    #[error("label {0} is used but never bound")]
    Unbound(usize),
    #[error("label {0} is bound twice")]
    BoundTwice(usize),
    #[error("instruction {from} jumps backwards to {to}; BPF only jumps forwards")]
    Backwards { from: usize, to: usize },
    #[error("instruction {from} jumps {distance} instructions ahead; conditional jumps reach at most 255")]
    TooFar { from: usize, distance: usize },
}

/// A tiny two-pass BPF assembler: labels first, offsets second.
#[derive(Debug, Default)]
struct Assembler {
    ops: Vec<Op>,
    labels: usize,
}

impl Assembler {
    fn label(&mut self) -> Label {
        self.labels += 1;
        Label(self.labels - 1)
    }

    fn bind(&mut self, label: Label) {
        self.ops.push(Op::Bind(label));
    }

    fn load(&mut self, offset: u32) {
        self.ops.push(Op::Load(offset));
    }

    fn jump_if(&mut self, code: u16, k: u32, jt: Target, jf: Target) {
        self.ops.push(Op::JumpIf { code, k, jt, jf });
    }

    fn goto(&mut self, label: Label) {
        self.ops.push(Op::Goto(label));
    }

    fn ret(&mut self, value: u32) {
        self.ops.push(Op::Ret(value));
    }

    fn finish(self) -> Result<Vec<libc::sock_filter>, AsmError> {
        let mut position: Vec<Option<usize>> = vec![None; self.labels];
        let mut pc = 0;
        for op in &self.ops {
            match op {
                Op::Bind(Label(id)) => {
                    if position[*id].replace(pc).is_some() {
                        return Err(AsmError::BoundTwice(*id));
                    }
                }
                _ => pc += 1,
            }
        }
        let offset = |from: usize, label: Label| -> Result<usize, AsmError> {
            let to = position[label.0].ok_or(AsmError::Unbound(label.0))?;
            if to <= from {
                return Err(AsmError::Backwards { from, to });
            }
            Ok(to - from - 1)
        };
        let short = |from: usize, target: Target| -> Result<u8, AsmError> {
            match target {
                Target::Next => Ok(0),
                Target::Label(label) => {
                    let distance = offset(from, label)?;
                    u8::try_from(distance).map_err(|_| AsmError::TooFar { from, distance })
                }
            }
        };
        let mut program = Vec::with_capacity(pc);
        for op in self.ops {
            let from = program.len();
            let insn = match op {
                Op::Bind(_) => continue,
                Op::Load(k) => insn(BPF_LD_W_ABS, k, 0, 0),
                Op::Ret(k) => insn(BPF_RET_K, k, 0, 0),
                Op::Goto(label) => {
                    let distance = offset(from, label)?;
                    let k =
                        u32::try_from(distance).map_err(|_| AsmError::TooFar { from, distance })?;
                    insn(BPF_JMP_JA, k, 0, 0)
                }
                Op::JumpIf { code, k, jt, jf } => insn(code, k, short(from, jt)?, short(from, jf)?),
            };
            program.push(insn);
        }
        Ok(program)
    }
}

fn insn(code: u16, k: u32, jt: u8, jf: u8) -> libc::sock_filter {
    libc::sock_filter { code, jt, jf, k }
}

// The tests are longer than the code they test: they carry a BPF interpreter, so every
// decision can be checked without installing anything, and tests that install the
// filter for real in forked children and run each language's runtime under it.
#[cfg(test)]
mod tests {
    use super::*;

    /// `struct seccomp_data` as the kernel hands it to the filter.
    struct Data {
        nr: u32,
        arch: u32,
        instruction_pointer: u64,
        args: [u64; 6],
    }

    impl Data {
        fn x86_64(nr: u32, args: [u64; 6]) -> Data {
            Data {
                nr,
                arch: AUDIT_ARCH_X86_64,
                instruction_pointer: 0x7f00_dead_beef,
                args,
            }
        }

        /// `BPF_LD | BPF_W | BPF_ABS`: a native-endian 32-bit word of the struct.
        fn word(&self, offset: u32) -> u32 {
            let mut bytes = [0u8; 64];
            bytes[0..4].copy_from_slice(&self.nr.to_ne_bytes());
            bytes[4..8].copy_from_slice(&self.arch.to_ne_bytes());
            bytes[8..16].copy_from_slice(&self.instruction_pointer.to_ne_bytes());
            for (i, arg) in self.args.iter().enumerate() {
                bytes[16 + 8 * i..24 + 8 * i].copy_from_slice(&arg.to_ne_bytes());
            }
            let at = offset as usize;
            assert!(at % 4 == 0 && at + 4 <= bytes.len(), "bad load offset {at}");
            u32::from_ne_bytes(bytes[at..at + 4].try_into().unwrap())
        }
    }

    /// What a filter decided, decoded from its return value.
    #[derive(Debug, PartialEq, Eq)]
    enum Action {
        Allow,
        Errno(i32),
        KillProcess,
    }

    /// Runs a classic BPF program the way the kernel does, for the opcodes we emit.
    fn run(program: &[libc::sock_filter], data: &Data) -> Action {
        run_counted(program, data).0
    }

    /// [`run`], and how many instructions the decision took.
    fn run_counted(program: &[libc::sock_filter], data: &Data) -> (Action, usize) {
        let mut acc = 0u32;
        let mut pc = 0usize;
        let mut steps = 0;
        loop {
            let insn = program
                .get(pc)
                .unwrap_or_else(|| panic!("execution ran off the end at {pc}"));
            pc += 1;
            steps += 1;
            let taken = match insn.code {
                BPF_LD_W_ABS => {
                    acc = data.word(insn.k);
                    continue;
                }
                BPF_RET_K => {
                    let action = match insn.k {
                        RET_ALLOW => Action::Allow,
                        RET_KILL_PROCESS => Action::KillProcess,
                        k if k & 0xffff_0000 == RET_ERRNO => Action::Errno((k & 0xffff) as i32),
                        k => panic!("unexpected return value {k:#x}"),
                    };
                    return (action, steps);
                }
                BPF_JMP_JA => {
                    pc += insn.k as usize;
                    continue;
                }
                BPF_JMP_JEQ_K => acc == insn.k,
                BPF_JMP_JGE_K => acc >= insn.k,
                BPF_JMP_JSET_K => acc & insn.k != 0,
                code => panic!("unexpected opcode {code:#x} at {}", pc - 1),
            };
            pc += usize::from(if taken { insn.jt } else { insn.jf });
        }
    }

    /// The static checks the kernel's `bpf_check_classic` makes, plus our own: known
    /// opcodes only, aligned loads inside `seccomp_data`, every jump inside the program,
    /// and a return at the end.
    fn check(program: &[libc::sock_filter]) -> Result<(), String> {
        if program.is_empty() || program.len() > MAX_INSTRUCTIONS {
            return Err(format!("length {} out of range", program.len()));
        }
        for (pc, insn) in program.iter().enumerate() {
            let inside = |offset: usize| pc + 1 + offset < program.len();
            match insn.code {
                BPF_LD_W_ABS if insn.k % 4 == 0 && insn.k < 64 => {}
                BPF_RET_K => {}
                BPF_JMP_JA if inside(insn.k as usize) => {}
                BPF_JMP_JEQ_K | BPF_JMP_JGE_K | BPF_JMP_JSET_K
                    if inside(insn.jt.into()) && inside(insn.jf.into()) => {}
                _ => return Err(format!("instruction {pc} is invalid: {insn:?}")),
            }
        }
        match program.last() {
            Some(last) if last.code == BPF_RET_K => Ok(()),
            _ => Err("the program does not end with a return".into()),
        }
    }

    fn decide(nr: u32, args: [u64; 6]) -> Action {
        run(
            SeccompFilter::denylist().instructions(),
            &Data::x86_64(nr, args),
        )
    }

    const NR_MOUNT: u32 = 165;
    const NR_READ: u32 = 0;
    const NR_GETPID: u32 = 39;
    const AUDIT_ARCH_I386: u32 = 0x4000_0003;
    const AUDIT_ARCH_AARCH64: u32 = 0xC000_00B7;

    const THREAD_FLAGS: u32 = (libc::CLONE_VM
        | libc::CLONE_FS
        | libc::CLONE_FILES
        | libc::CLONE_SIGHAND
        | libc::CLONE_THREAD
        | libc::CLONE_SYSVSEM
        | libc::CLONE_SETTLS
        | libc::CLONE_PARENT_SETTID
        | libc::CLONE_CHILD_CLEARTID) as u32;

    #[test]
    fn denylist_passes_the_kernels_static_checks() {
        let filter = SeccompFilter::denylist();
        check(filter.instructions()).unwrap();
        assert!(format!("{filter:?}").contains("instructions"));
    }

    #[test]
    fn every_syscall_number_is_decided_by_the_table_in_a_few_instructions() {
        let denied: std::collections::HashSet<u32> = SeccompFilter::denied_syscalls()
            .iter()
            .map(|&(_, nr)| nr as u32)
            .collect();
        let program = SeccompFilter::denylist();
        let mut longest = 0;
        for nr in (0..1024).filter(|&nr| nr != NR_CLONE && nr != NR_CLONE3) {
            let (action, steps) = run_counted(program.instructions(), &Data::x86_64(nr, [0; 6]));
            let expected = if denied.contains(&nr) {
                Action::Errno(libc::EPERM)
            } else {
                Action::Allow
            };
            assert_eq!(action, expected, "nr {nr}");
            longest = longest.max(steps);
        }
        // The kernel runs the filter for every number when installing it (its action
        // cache), on every run: a linear table took over 60 instructions here.
        assert!(longest <= 24, "a decision took {longest} instructions");
    }

    #[test]
    fn mount_is_refused_with_eperm() {
        assert_eq!(decide(NR_MOUNT, [0; 6]), Action::Errno(libc::EPERM));
    }

    #[test]
    fn every_denied_syscall_is_refused_with_eperm_whatever_its_arguments() {
        for &(name, nr) in SeccompFilter::denied_syscalls() {
            for args in [[0; 6], [u64::MAX; 6], [1, 2, 3, 4, 5, 6]] {
                assert_eq!(
                    decide(nr as u32, args),
                    Action::Errno(libc::EPERM),
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn syscalls_that_runtimes_need_are_allowed() {
        let needed: &[(&str, u32)] = &[
            ("read", 0),
            ("write", 1),
            ("close", 3),
            ("mmap", 9),
            ("mprotect", 10),
            ("munmap", 11),
            ("brk", 12),
            ("rt_sigaction", 13),
            ("madvise", 28),
            ("getpid", 39),
            ("fork", 57),
            ("vfork", 58),
            ("execve", 59),
            ("wait4", 61),
            ("personality", 135),
            ("arch_prctl", 158),
            ("futex", 202),
            ("sched_getaffinity", 204),
            ("exit_group", 231),
            ("epoll_wait", 232),
            ("mbind", 237),
            ("get_mempolicy", 239),
            ("openat", 257),
            ("set_robust_list", 273),
            ("pipe2", 293),
            ("prlimit64", 302),
            ("seccomp", 317),
            ("getrandom", 318),
            ("rseq", 334),
        ];
        for &(name, nr) in needed {
            assert_eq!(decide(nr, [7; 6]), Action::Allow, "{name}");
        }
    }

    #[test]
    fn clone_with_any_namespace_flag_is_refused() {
        let flags = [
            libc::CLONE_NEWNS as u32,
            libc::CLONE_NEWUTS as u32,
            libc::CLONE_NEWIPC as u32,
            libc::CLONE_NEWUSER as u32,
            libc::CLONE_NEWPID as u32,
            libc::CLONE_NEWNET as u32,
            libc::CLONE_NEWCGROUP as u32,
            CLONE_NEWTIME,
        ];
        for flag in flags {
            let arg0 = u64::from(flag | libc::SIGCHLD as u32);
            assert_eq!(
                decide(NR_CLONE, [arg0, 0, 0, 0, 0, 0]),
                Action::Errno(libc::EPERM),
                "flag {flag:#x}"
            );
            let arg0 = u64::from(flag | THREAD_FLAGS);
            assert_eq!(
                decide(NR_CLONE, [arg0, 0, 0, 0, 0, 0]),
                Action::Errno(libc::EPERM)
            );
        }
    }

    #[test]
    fn clone_for_threads_and_fork_is_allowed() {
        let fork_flags =
            (libc::CLONE_CHILD_SETTID | libc::CLONE_CHILD_CLEARTID | libc::SIGCHLD) as u32;
        for flags in [THREAD_FLAGS, fork_flags, libc::SIGCHLD as u32, 0] {
            assert_eq!(
                decide(NR_CLONE, [u64::from(flags), 1, 2, 3, 4, 5]),
                Action::Allow
            );
        }
        // The kernel ignores the upper half of the flags word, and so does the filter:
        // the namespace bits all live in the lower half.
        let high_garbage = 0xffff_ffff_0000_0000 | u64::from(THREAD_FLAGS);
        assert_eq!(
            decide(NR_CLONE, [high_garbage, 0, 0, 0, 0, 0]),
            Action::Allow
        );
    }

    #[test]
    fn clone3_answers_enosys_so_callers_fall_back_to_clone() {
        for args in [[0; 6], [0x1000, 88, 0, 0, 0, 0]] {
            assert_eq!(decide(NR_CLONE3, args), Action::Errno(libc::ENOSYS));
        }
    }

    #[test]
    fn x32_and_out_of_range_numbers_answer_enosys() {
        for nr in [
            X32_SYSCALL_BIT,
            X32_SYSCALL_BIT | NR_MOUNT,
            X32_SYSCALL_BIT | NR_READ,
            X32_SYSCALL_BIT | 272, // unshare
            u32::MAX,              // syscall(-1)
        ] {
            assert_eq!(
                decide(nr, [0; 6]),
                Action::Errno(libc::ENOSYS),
                "nr {nr:#x}"
            );
        }
    }

    #[test]
    fn a_foreign_architecture_kills_the_process_even_for_harmless_calls() {
        let program = SeccompFilter::denylist();
        for arch in [AUDIT_ARCH_I386, AUDIT_ARCH_AARCH64, 0] {
            for nr in [NR_READ, NR_GETPID, NR_MOUNT] {
                let data = Data {
                    arch,
                    ..Data::x86_64(nr, [0; 6])
                };
                assert_eq!(run(program.instructions(), &data), Action::KillProcess);
            }
        }
    }

    #[test]
    fn denied_table_has_no_duplicates_and_excludes_allowed_calls() {
        let table = SeccompFilter::denied_syscalls();
        let mut names: Vec<_> = table.iter().map(|(name, _)| *name).collect();
        let mut numbers: Vec<_> = table.iter().map(|(_, nr)| *nr).collect();
        names.sort_unstable();
        names.dedup();
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(names.len(), table.len());
        assert_eq!(numbers.len(), table.len());
        for allowed in ["personality", "clone", "clone3", "seccomp", "prctl"] {
            assert!(!names.contains(&allowed), "{allowed} must not be denied");
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn denied_numbers_agree_with_libc() {
        let known: &[(&str, libc::c_long)] = &[
            ("mount", libc::SYS_mount),
            ("umount2", libc::SYS_umount2),
            ("pivot_root", libc::SYS_pivot_root),
            ("chroot", libc::SYS_chroot),
            ("open_tree", libc::SYS_open_tree),
            ("move_mount", libc::SYS_move_mount),
            ("fsopen", libc::SYS_fsopen),
            ("fsconfig", libc::SYS_fsconfig),
            ("fsmount", libc::SYS_fsmount),
            ("fspick", libc::SYS_fspick),
            ("mount_setattr", libc::SYS_mount_setattr),
            ("unshare", libc::SYS_unshare),
            ("setns", libc::SYS_setns),
            ("ptrace", libc::SYS_ptrace),
            ("process_vm_readv", libc::SYS_process_vm_readv),
            ("process_vm_writev", libc::SYS_process_vm_writev),
            ("process_madvise", libc::SYS_process_madvise),
            ("pidfd_getfd", libc::SYS_pidfd_getfd),
            ("kcmp", libc::SYS_kcmp),
            ("kexec_load", libc::SYS_kexec_load),
            ("kexec_file_load", libc::SYS_kexec_file_load),
            ("init_module", libc::SYS_init_module),
            ("finit_module", libc::SYS_finit_module),
            ("delete_module", libc::SYS_delete_module),
            ("bpf", libc::SYS_bpf),
            ("perf_event_open", libc::SYS_perf_event_open),
            ("userfaultfd", libc::SYS_userfaultfd),
            ("io_uring_setup", libc::SYS_io_uring_setup),
            ("io_uring_enter", libc::SYS_io_uring_enter),
            ("io_uring_register", libc::SYS_io_uring_register),
            ("modify_ldt", libc::SYS_modify_ldt),
            ("uselib", libc::SYS_uselib),
            ("add_key", libc::SYS_add_key),
            ("request_key", libc::SYS_request_key),
            ("keyctl", libc::SYS_keyctl),
            ("iopl", libc::SYS_iopl),
            ("ioperm", libc::SYS_ioperm),
            ("reboot", libc::SYS_reboot),
            ("swapon", libc::SYS_swapon),
            ("swapoff", libc::SYS_swapoff),
            ("acct", libc::SYS_acct),
            ("settimeofday", libc::SYS_settimeofday),
            ("clock_settime", libc::SYS_clock_settime),
            ("clock_adjtime", libc::SYS_clock_adjtime),
            ("adjtimex", libc::SYS_adjtimex),
            ("sethostname", libc::SYS_sethostname),
            ("setdomainname", libc::SYS_setdomainname),
            ("syslog", libc::SYS_syslog),
            ("vhangup", libc::SYS_vhangup),
            ("quotactl", libc::SYS_quotactl),
            ("quotactl_fd", libc::SYS_quotactl_fd),
            ("nfsservctl", libc::SYS_nfsservctl),
            ("lookup_dcookie", libc::SYS_lookup_dcookie),
            ("fanotify_init", libc::SYS_fanotify_init),
            ("name_to_handle_at", libc::SYS_name_to_handle_at),
            ("open_by_handle_at", libc::SYS_open_by_handle_at),
            ("inotify_init", libc::SYS_inotify_init),
            ("inotify_init1", libc::SYS_inotify_init1),
            ("mq_open", libc::SYS_mq_open),
        ];
        let table = SeccompFilter::denied_syscalls();
        for &(name, nr) in known {
            let entry = table.iter().find(|(n, _)| *n == name);
            assert_eq!(entry, Some(&(name, nr)), "{name}");
        }
        // Only open_tree_attr (Linux 6.15) is newer than the libc crate.
        assert_eq!(table.len(), known.len() + 1);
        assert_eq!(i64::from(NR_CLONE), libc::SYS_clone);
        assert_eq!(i64::from(NR_CLONE3), libc::SYS_clone3);
    }

    #[test]
    fn a_table_longer_than_one_jump_reaches_still_assembles_and_decides() {
        let denied: Vec<u32> = (1000..2000).step_by(2).chain(3000..3700).collect();
        let program = assemble_denylist(denied.iter().copied()).unwrap();
        check(&program).unwrap();
        assert!(
            program.len() > 3 * 255,
            "the test must exceed the 8-bit jump range"
        );
        for &nr in &denied {
            let verdict = run(&program, &Data::x86_64(nr, [0; 6]));
            assert_eq!(verdict, Action::Errno(libc::EPERM), "nr {nr}");
        }
        for nr in [0, 999, 1001, 1999, 2000, 2999, 3700, 5000] {
            assert_eq!(
                run(&program, &Data::x86_64(nr, [0; 6])),
                Action::Allow,
                "nr {nr}"
            );
        }
    }

    #[test]
    fn assembler_rejects_a_conditional_jump_beyond_255() {
        let mut asm = Assembler::default();
        let far = asm.label();
        asm.load(OFFSET_NR);
        asm.jump_if(BPF_JMP_JEQ_K, 1, Target::Label(far), Target::Next);
        for _ in 0..256 {
            asm.ret(RET_ALLOW);
        }
        asm.bind(far);
        asm.ret(RET_KILL_PROCESS);
        assert_eq!(
            asm.finish().err(),
            Some(AsmError::TooFar {
                from: 1,
                distance: 256
            })
        );
    }

    #[test]
    fn assembler_rejects_unbound_and_backward_labels() {
        let mut asm = Assembler::default();
        let nowhere = asm.label();
        asm.goto(nowhere);
        assert_eq!(asm.finish().err(), Some(AsmError::Unbound(0)));

        let mut asm = Assembler::default();
        let back = asm.label();
        asm.bind(back);
        asm.load(OFFSET_NR);
        asm.goto(back);
        assert_eq!(
            asm.finish().err(),
            Some(AsmError::Backwards { from: 1, to: 0 })
        );
    }

    #[test]
    fn install_errors_name_the_syscall_and_errno() {
        let err = SeccompError::Syscall {
            syscall: "seccomp(SECCOMP_SET_MODE_FILTER)",
            errno: libc::EINVAL,
        };
        let text = err.to_string();
        assert!(text.contains("seccomp(SECCOMP_SET_MODE_FILTER)"), "{text}");
        assert!(text.contains("Invalid argument"), "{text}");
    }

    #[cfg(target_arch = "x86_64")]
    mod installed {
        //! These install the real filter, always in a forked child so the test process
        //! itself stays unfiltered.

        use super::super::*;
        use super::NR_GETPID;
        use crate::language::Language;
        use crate::languages::test_support::{run_on_host, skip, toolchain_or_skip};
        use std::ffi::CString;
        use std::io::Read;
        use std::os::fd::FromRawFd;
        use std::os::unix::ffi::OsStrExt;
        use std::path::Path;
        use std::time::{Duration, Instant};

        /// How a child process ended.
        #[derive(Debug, PartialEq, Eq)]
        enum Ended {
            Exited(i32),
            Signaled(i32),
        }

        fn errno() -> i32 {
            io::Error::last_os_error().raw_os_error().unwrap_or(0)
        }

        /// Forks, runs `child` in the child and `_exit`s with what it returns. The child
        /// is a copy of a multithreaded process, so `child` must only make system calls:
        /// no allocation, no locks, no panics.
        fn in_child(child: impl FnOnce() -> i32) -> Ended {
            // SAFETY: the child only runs `child` (raw system calls, by contract) and
            // `_exit`; it never returns into the test harness.
            let pid = unsafe { libc::fork() };
            assert!(pid >= 0, "fork failed: {}", io::Error::last_os_error());
            if pid == 0 {
                let code =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(child)).unwrap_or(101);
                // SAFETY: ends the child at once, without running the harness's
                // destructors or atexit handlers in this copy of the process.
                unsafe { libc::_exit(code) };
            }
            wait(pid)
        }

        /// Waits for `pid`, killing it after two minutes so a hang fails the test.
        fn wait(pid: libc::pid_t) -> Ended {
            let deadline = Instant::now() + Duration::from_secs(120);
            loop {
                let mut status = 0;
                // SAFETY: `status` is a live local the kernel writes one int to.
                let rc = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
                if rc == pid {
                    if libc::WIFEXITED(status) {
                        return Ended::Exited(libc::WEXITSTATUS(status));
                    }
                    return Ended::Signaled(libc::WTERMSIG(status));
                }
                assert_eq!(rc, 0, "waitpid: {}", io::Error::last_os_error());
                if Instant::now() > deadline {
                    // SAFETY: `pid` is our own unreaped child, so the id cannot have
                    // been reused.
                    unsafe { libc::kill(pid, libc::SIGKILL) };
                    panic!("child {pid} did not finish within 120 s");
                }
                std::thread::sleep(Duration::from_millis(5));
            }
        }

        /// No core file when a child is killed on purpose.
        fn no_core_dumps() {
            let zero = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            // SAFETY: `zero` is a live, initialised rlimit; PR_SET_DUMPABLE takes integers.
            unsafe {
                libc::setrlimit(libc::RLIMIT_CORE, &zero);
                libc::prctl(libc::PR_SET_DUMPABLE, 0 as libc::c_ulong, 0, 0, 0);
            }
        }

        /// Whether the kernel takes seccomp filters; when not, the test is skipped (or,
        /// under CI, fails).
        fn skip_unless_supported() -> bool {
            SeccompFilter::is_supported()
                || skip("seccomp filters are not available on this kernel")
        }

        const WHAT_FAILED: &[(i32, &str)] = &[
            (10, "install() failed"),
            (11, "unshare(CLONE_NEWNS) was not refused with EPERM"),
            (12, "mount was not refused with EPERM"),
            (13, "ptrace(PTRACE_TRACEME) was not refused with EPERM"),
            (14, "clone(CLONE_NEWUSER) was not refused with EPERM"),
            (15, "clone3 did not answer ENOSYS"),
            (16, "getpid failed"),
            (17, "fork failed"),
            (18, "the forked grandchild did not exit with 42"),
            (19, "a raw clone(SIGCHLD) failed"),
            (20, "an x32 system call did not answer ENOSYS"),
            (21, "setns was not refused with EPERM"),
        ];

        #[test]
        fn installed_filter_refuses_escapes_and_keeps_processes_working() {
            if !skip_unless_supported() {
                return;
            }
            let filter = SeccompFilter::denylist();
            let ended = in_child(|| {
                if filter.install().is_err() {
                    return 10;
                }
                // SAFETY: unshare takes flags only.
                if unsafe { libc::unshare(libc::CLONE_NEWNS) } != -1 || errno() != libc::EPERM {
                    return 11;
                }
                // The target does not exist, so even without the filter nothing could be
                // mounted (root would get ENOENT, not EPERM).
                // SAFETY: every pointer is a NUL-terminated static string or null.
                let rc = unsafe {
                    libc::mount(
                        c"none".as_ptr(),
                        c"/nonexistent-afterburner-seccomp-test".as_ptr(),
                        c"tmpfs".as_ptr(),
                        0,
                        std::ptr::null(),
                    )
                };
                if rc != -1 || errno() != libc::EPERM {
                    return 12;
                }
                let null = std::ptr::null_mut::<libc::c_void>();
                // SAFETY: PTRACE_TRACEME ignores its pid, address and data arguments.
                let rc = unsafe { libc::ptrace(libc::PTRACE_TRACEME, 0, null, null) };
                if rc != -1 || errno() != libc::EPERM {
                    return 13;
                }
                let flags = (libc::CLONE_NEWUSER | libc::SIGCHLD) as libc::c_ulong;
                // SAFETY: with a null stack, clone behaves like fork; should the filter
                // let it through, the copy leaves at once below.
                let rc = unsafe { libc::syscall(libc::SYS_clone, flags, 0, 0, 0, 0) };
                if rc == 0 {
                    // SAFETY: ends the unexpected copy without touching shared state.
                    unsafe { libc::_exit(0) };
                }
                if rc != -1 || errno() != libc::EPERM {
                    return 14;
                }
                // SAFETY: a null clone_args with size 0 is rejected by the kernel
                // (EINVAL); the filter answers before it is read.
                let rc = unsafe { libc::syscall(libc::SYS_clone3, std::ptr::null::<u8>(), 0) };
                if rc != -1 || errno() != libc::ENOSYS {
                    return 15;
                }
                // SAFETY: setns with an invalid fd touches no memory.
                if unsafe { libc::setns(-1, 0) } != -1 || errno() != libc::EPERM {
                    return 21;
                }
                // SAFETY: getpid has no arguments.
                if unsafe { libc::getpid() } <= 0 {
                    return 16;
                }
                // SAFETY: glibc's fork is clone(SIGCHLD | CLONE_CHILD_*); the grandchild
                // only calls _exit.
                let pid = unsafe { libc::fork() };
                if pid == 0 {
                    // SAFETY: _exit ends the grandchild at once, touching no shared state.
                    unsafe { libc::_exit(42) };
                }
                if pid < 0 {
                    return 17;
                }
                let mut status = 0;
                // SAFETY: `status` is a live local.
                let waited = unsafe { libc::waitpid(pid, &mut status, 0) };
                if waited != pid || !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 42 {
                    return 18;
                }
                let flags = libc::SIGCHLD as libc::c_ulong;
                // SAFETY: clone(SIGCHLD) with a null stack is fork; the copy exits at once.
                let pid = unsafe { libc::syscall(libc::SYS_clone, flags, 0, 0, 0, 0) };
                if pid == 0 {
                    // SAFETY: _exit ends the copy at once, touching no shared state.
                    unsafe { libc::_exit(0) };
                }
                // SAFETY: `status` is a live local.
                if pid < 0 || unsafe { libc::waitpid(pid as libc::pid_t, &mut status, 0) } < 0 {
                    return 19;
                }
                let x32_getpid = libc::c_long::from(X32_SYSCALL_BIT | NR_GETPID);
                // SAFETY: getpid takes no arguments under any ABI.
                if unsafe { libc::syscall(x32_getpid) } != -1 || errno() != libc::ENOSYS {
                    return 20;
                }
                0
            });
            let explain = |code: i32| {
                WHAT_FAILED
                    .iter()
                    .find(|(c, _)| *c == code)
                    .map_or("unknown", |(_, what)| what)
            };
            match ended {
                Ended::Exited(0) => {}
                Ended::Exited(code) => panic!("child failed with {code}: {}", explain(code)),
                other => panic!("child ended abnormally: {other:?}"),
            }
        }

        /// getpid through the i386 entry point; returns the kernel's answer.
        fn i386_getpid() -> i32 {
            // __NR_getpid on i386.
            let mut eax: i32 = 20;
            // SAFETY: `int 0x80` with eax = 20 is the i386 getpid, which reads no memory;
            // the kernel may zero r8–r11 on return, so they are declared clobbered.
            unsafe {
                std::arch::asm!(
                    "int 0x80",
                    inout("eax") eax,
                    out("r8") _, out("r9") _, out("r10") _, out("r11") _,
                    options(nostack)
                );
            }
            eax
        }

        #[test]
        fn an_i386_system_call_kills_the_process_with_sigsys() {
            if !skip_unless_supported() {
                return;
            }
            let pid_seen = in_child(|| {
                no_core_dumps();
                // SAFETY: getpid has no arguments.
                i32::from(i386_getpid() == unsafe { libc::getpid() })
            });
            if pid_seen != Ended::Exited(1) {
                eprintln!("skipping: no i386 emulation here ({pid_seen:?})");
                return;
            }
            let filter = SeccompFilter::denylist();
            let ended = in_child(|| {
                no_core_dumps();
                if filter.install().is_err() {
                    return 10;
                }
                i386_getpid();
                0
            });
            assert_eq!(ended, Ended::Signaled(libc::SIGSYS));
        }

        /// Runs `path args…` in a forked child under the filter; returns how it ended
        /// and what it wrote to stdout and stderr.
        fn exec_under_filter(path: &Path, args: &[&str]) -> (Ended, String) {
            let c_path = CString::new(path.as_os_str().as_bytes()).unwrap();
            let c_args: Vec<CString> = std::iter::once(c_path.clone())
                .chain(args.iter().map(|a| CString::new(*a).unwrap()))
                .collect();
            let mut argv: Vec<*const libc::c_char> = c_args.iter().map(|a| a.as_ptr()).collect();
            argv.push(std::ptr::null());
            let filter = SeccompFilter::denylist();

            let mut fds = [0; 2];
            // SAFETY: `fds` has room for the two descriptors pipe2 writes.
            assert_eq!(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) }, 0);
            let [read_end, write_end] = fds;
            // SAFETY: the child only makes system calls (dup2, alarm, the filter's
            // prctl/seccomp, execv) on memory prepared above, then execs or _exits.
            let pid = unsafe { libc::fork() };
            assert!(pid >= 0, "fork failed: {}", io::Error::last_os_error());
            if pid == 0 {
                // SAFETY: as above; `argv` is null-terminated and its strings live in
                // `c_args`, which this copy of the process still owns.
                unsafe {
                    libc::dup2(write_end, 1);
                    libc::dup2(write_end, 2);
                    libc::alarm(120);
                    if filter.install().is_err() {
                        libc::_exit(120);
                    }
                    libc::execv(c_path.as_ptr(), argv.as_ptr());
                    libc::_exit(127);
                }
            }
            // SAFETY: `write_end` is ours and closed exactly once; `read_end` is ours and
            // handed to the File, which closes it.
            let mut reader = unsafe {
                libc::close(write_end);
                std::fs::File::from_raw_fd(read_end)
            };
            let mut output = String::new();
            reader.read_to_string(&mut output).unwrap();
            (wait(pid), output)
        }

        /// The program that starts `language`'s runs (interpreter or JVM), as the
        /// runner finds it; `None` when the toolchain is missing (see [`skip`]).
        fn run_program(language: Language) -> Option<std::path::PathBuf> {
            toolchain_or_skip(language).map(|t| t.run_command().program)
        }

        #[test]
        fn python_with_a_thread_runs_under_the_filter() {
            let script = "import threading\n\
                          t = threading.Thread(target=lambda: None)\n\
                          t.start(); t.join(); print(1)";
            let Some(python) = run_program(Language::Python) else {
                return;
            };
            let (ended, output) = exec_under_filter(&python, &["-c", script]);
            assert_eq!(ended, Ended::Exited(0), "{output}");
            assert_eq!(output.trim(), "1");
        }

        #[test]
        fn node_runs_under_the_filter() {
            let Some(node) = run_program(Language::JavaScript) else {
                return;
            };
            let (ended, output) = exec_under_filter(&node, &["-e", "console.log(1)"]);
            assert_eq!(ended, Ended::Exited(0), "{output}");
            assert_eq!(output.trim(), "1");
        }

        #[test]
        fn java_runs_under_the_filter() {
            let Some(java) = run_program(Language::Java) else {
                return;
            };
            let (ended, output) = exec_under_filter(&java, &["-version"]);
            assert_eq!(ended, Ended::Exited(0), "{output}");
            assert!(output.contains("version"), "{output}");
        }

        #[test]
        fn go_goroutines_run_under_the_filter() {
            let Some(go) = toolchain_or_skip(Language::Go) else {
                return;
            };
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(
                dir.path().join(go.source_file_name()),
                "package main\n\
                 import (\"fmt\"; \"sync\")\n\
                 func main() {\n\
                 \tvar wg sync.WaitGroup\n\
                 \tsums := make([]int, 8)\n\
                 \tfor i := range sums {\n\
                 \t\twg.Add(1)\n\
                 \t\tgo func(i int) { defer wg.Done(); for j := 0; j < 100000; j++ { sums[i] += j % 7 } }(i)\n\
                 \t}\n\
                 \twg.Wait()\n\
                 \ttotal := 0\n\
                 \tfor _, s := range sums { total += s }\n\
                 \tfmt.Println(total)\n\
                 }\n",
            )
            .unwrap();
            // The runner's own compile step, run on the host with /build mapped to `dir`.
            let step = go.compile_step().expect("Go is compiled");
            let built = run_on_host(&step.command, dir.path());
            assert!(
                built.status.success(),
                "go build failed: {}",
                String::from_utf8_lossy(&built.stderr)
            );
            let artifacts = step
                .artifacts
                .select(dir.path())
                .expect("go build's binary");
            let binary = dir.path().join(&artifacts[0]);
            let (ended, output) = exec_under_filter(&binary, &[]);
            assert_eq!(ended, Ended::Exited(0), "{output}");
            // Σ_{j<100000} j mod 7, eight times.
            let expected: u64 = 8 * (0..100_000u64).map(|j| j % 7).sum::<u64>();
            assert_eq!(output.trim(), expected.to_string());
        }
    }
}
