//! Hostile programs against every limit: each test runs a program that tries to break
//! out or overrun, and checks that it was stopped and that nothing of it is left.

mod common;

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use afterburner_monolith::runner::{RunRequest, Runner};
use afterburner_monolith::sandbox::{SandboxConfig, Stdin};
use afterburner_monolith::Language::{self, Cpp, Go, Java, JavaScript, Python, Rust};
use afterburner_monolith::{Limits, RunResult, Status};
/// Room for a runtime's file-backed pages (libjvm, libnode, libpython) in resident
/// memory on top of the cgroup's limit, in KiB.
const SHARED_PAGES_KB: u64 = 64 * 1024;

use common::{assert_status, holding_program, processes_with, run, run_with, tight_limits, Holder};

/// Runs `source` in the same sandbox minus its seccomp filter: same user, namespaces,
/// mounts and limits. What a program may do here but not in the full sandbox is stopped
/// by the filter, not by the program's uid or its missing capabilities.
fn run_without_seccomp(language: Language, source: &str) -> RunResult {
    static RUNNER: OnceLock<Runner> = OnceLock::new();
    let runner = RUNNER.get_or_init(|| {
        common::make_runner(SandboxConfig {
            seccomp: false,
            ..SandboxConfig::default()
        })
    });
    let mut request = RunRequest::new(language, source);
    request.limits = tight_limits();
    runner.run(&request)
}

/// The program's seccomp mode from its `/proc/self/status` (2: a filter is installed).
const PRINT_SECCOMP_MODE: &str =
    "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('Seccomp:')][0])\n";

#[test]
fn python_fork_bomb_is_contained_and_leaves_nothing() {
    let marker = "14142.135";
    let started = Instant::now();
    let r = run(
        Python,
        &format!(
            "import os\nfor _ in range(10000):\n    try:\n        os.fork()\n    except OSError:\n        break\nos.execv('/bin/sleep', ['sleep', '{marker}'])\n"
        ),
    );
    assert_status(&r, Status::Timeout);
    assert!(started.elapsed() < Duration::from_secs(15));
    assert!(
        processes_with(marker).is_empty(),
        "fork bomb processes survived the run"
    );
}

#[test]
fn cpp_fork_bomb_hits_the_process_limit_then_the_time_limit() {
    let r = run(
        Cpp,
        "#include <unistd.h>\n#include <cstdio>\nint main(){int fails=0; for(;;){ if(fork()<0) ++fails; if(fails==100) { std::puts(\"limited\"); std::fflush(stdout);} } }\n",
    );
    assert_status(&r, Status::Timeout);
    assert!(r.stdout.contains("limited"), "fork never failed: {r:?}");
}

#[test]
fn python_memory_balloon_hits_the_memory_limit() {
    let r = run(
        Python,
        "a = []\nwhile True:\n    a.append(bytearray(1 << 20))\n",
    );
    assert_status(&r, Status::MemoryLimit);
    // Resident memory also counts the interpreter's shared, file-backed pages, which the
    // cgroup charges elsewhere; those are a few MiB.
    assert!(
        r.metrics.peak_memory_kb <= tight_limits().memory_kb + SHARED_PAGES_KB,
        "{:?}",
        r.metrics
    );
    assert!(
        r.metrics.peak_memory_kb > tight_limits().memory_kb / 2,
        "{:?}",
        r.metrics
    );
}

#[test]
fn cpp_memory_balloon_hits_the_memory_limit() {
    let r = run(
        Cpp,
        "#include <cstdlib>\n#include <cstring>\nint main(){ for(;;){ char* p=(char*)malloc(1<<20); memset(p,1,1<<20);} }\n",
    );
    assert_status(&r, Status::MemoryLimit);
}

#[test]
fn rust_and_go_memory_balloons_hit_the_memory_limit() {
    let rust = run(
        Rust,
        "fn main(){ let mut v: Vec<Vec<u8>> = Vec::new(); loop { v.push(vec![1u8; 1 << 20]); } }\n",
    );
    assert_status(&rust, Status::MemoryLimit);
    let go = run(
        Go,
        "package main\nfunc main(){ var keep [][]byte\n for { b := make([]byte, 1<<20); for i := range b { b[i] = 1 }; keep = append(keep, b) } }\n",
    );
    assert_status(&go, Status::MemoryLimit);
}

#[test]
fn jvm_and_node_memory_balloons_stay_under_the_limit() {
    // The JVM and V8 size their heaps from the cgroup limit and fail on their own
    // (OutOfMemoryError, heap out of memory) before the kernel has to step in.
    let java = run(
        Java,
        "import java.util.*;\npublic class Main { public static void main(String[] a) { List<long[]> l = new ArrayList<>(); while (true) l.add(new long[1 << 17]); } }\n",
    );
    let node = run(
        JavaScript,
        "const keep = []; for (;;) keep.push(new Array(1 << 17).fill(1.5));\n",
    );
    for r in [&java, &node] {
        assert!(
            matches!(r.status, Status::MemoryLimit | Status::RuntimeError),
            "{:?}: {}",
            r.status,
            r.stderr
        );
        assert!(
            r.metrics.peak_memory_kb <= tight_limits().memory_kb + SHARED_PAGES_KB,
            "{:?}",
            r.metrics
        );
    }
}

#[test]
fn infinite_loops_time_out_in_every_language() {
    let cases = [
        (Python, "while True:\n    pass\n"),
        (Cpp, "int main(){ volatile unsigned x=0; for(;;) ++x; }\n"),
        (JavaScript, "for (;;) {}\n"),
        (Java, "public class Main { public static void main(String[] a) { long x = 0; while (true) x++; } }\n"),
        (Go, "package main\nfunc main(){ x := 0; for { x++ } }\n"),
        (Rust, "fn main(){ let mut x: u64 = 0; loop { x = std::hint::black_box(x + 1); } }\n"),
    ];
    for (language, source) in cases {
        let r = run(language, source);
        assert_status(&r, Status::Timeout);
        // The CPU limit ends the run, or the wall limit when other tests share the core.
        let m = &r.metrics;
        assert!(
            m.cpu_ms >= 1_900.0 || m.wall_ms >= 3_000.0,
            "{language}: {m:?}"
        );
        assert!(m.wall_ms < 3_500.0, "{language}: {m:?}");
    }
}

#[test]
fn ignoring_sigxcpu_does_not_stretch_the_cpu_limit() {
    // The kernel's RLIMIT_CPU is only a backstop at twice the limit (Go ignores its
    // SIGXCPU, and its tick-charged clock runs ahead on a shared core): the sampler's
    // reading of the cgroup must stop the program at the limit itself.
    let mut limits = tight_limits();
    limits.cpu_ms = 1_000;
    limits.wall_ms = 20_000;
    let r = run_with(
        Python,
        "import signal\nsignal.signal(signal.SIGXCPU, signal.SIG_IGN)\nwhile True:\n    pass\n",
        limits,
        Stdin::Empty,
    );
    assert_status(&r, Status::Timeout);
    assert!(
        r.reason.as_deref().unwrap_or("").contains("CPU time"),
        "{r:?}"
    );
    let m = &r.metrics;
    assert!(m.cpu_ms >= 1_000.0 && m.cpu_ms < 1_500.0, "{m:?}");
}

#[test]
fn sleeping_forever_hits_the_wall_limit() {
    let mut limits = tight_limits();
    limits.wall_ms = 1_000;
    let started = Instant::now();
    let py = run_with(
        Python,
        "import time\ntime.sleep(10**6)\n",
        limits.clone(),
        Stdin::Empty,
    );
    let cpp = run_with(
        Cpp,
        "#include <unistd.h>\nint main(){ for(;;) pause(); }\n",
        limits,
        Stdin::Empty,
    );
    for r in [&py, &cpp] {
        assert_status(r, Status::Timeout);
        assert!(
            r.metrics.wall_ms >= 1_000.0 && r.metrics.wall_ms < 1_300.0,
            "{:?}",
            r.metrics
        );
        assert!(r.metrics.cpu_ms < 200.0, "{:?}", r.metrics);
    }
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn a_daemonized_grandchild_dies_with_the_run() {
    let marker = "31415.926";
    let py = format!(
        "import os\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        os.execv('/bin/sleep', ['sleep', '{marker}'])\n    os._exit(0)\nprint('parent done')\n"
    );
    let r = run(Python, &py);
    assert_status(&r, Status::Success);
    assert!(r.metrics.wall_ms < 1_000.0);
    assert!(processes_with(marker).is_empty(), "grandchild survived");

    let marker = "27182.818";
    let cpp = format!(
        "#include <unistd.h>\nint main(){{ if(fork()==0){{ setsid(); if(fork()==0){{ execl(\"/bin/sleep\",\"sleep\",\"{marker}\",(char*)0); }} _exit(0);}} return 0; }}\n"
    );
    let r = run(Cpp, &cpp);
    assert_status(&r, Status::Success);
    assert!(processes_with(marker).is_empty(), "grandchild survived");
}

#[test]
fn signal_ignoring_children_are_killed_too() {
    let marker = "16180.339";
    let py = format!(
        "import os, signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\nsignal.signal(signal.SIGHUP, signal.SIG_IGN)\nif os.fork() == 0:\n    os.execv('/bin/sleep', ['sleep', '{marker}'])\nprint('bye')\n"
    );
    let r = run(Python, &py);
    assert_status(&r, Status::Success);
    assert!(processes_with(marker).is_empty());
}

#[test]
fn stdout_floods_are_cut_at_the_limit() {
    let py = run(
        Python,
        "import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n",
    );
    let cpp = run(Cpp, "#include <cstdio>\nint main(){ for(;;) std::fputs(\"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\", stdout); }\n");
    let err = run(
        Python,
        "import sys\nwhile True:\n    sys.stderr.write('z' * 4096)\n",
    );
    for r in [&py, &cpp] {
        assert_status(r, Status::OutputLimit);
        assert!(r.stdout_truncated);
        assert_eq!(r.stdout.len() as u64, tight_limits().output_bytes);
    }
    assert_status(&err, Status::OutputLimit);
    assert!(err.stderr_truncated && !err.stdout_truncated);
}

#[test]
fn the_network_is_unreachable_even_on_loopback() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let py = format!(
        "import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=1)\n    print('connected')\nexcept OSError as e:\n    print('blocked', e.errno)\n"
    );
    let r = run(Python, &py);
    assert_status(&r, Status::Success);
    assert!(r.stdout.starts_with("blocked"), "{}", r.stdout);
    let cpp = format!(
        "#include <arpa/inet.h>\n#include <cstdio>\n#include <sys/socket.h>\nint main(){{ int s=socket(AF_INET,SOCK_STREAM,0); sockaddr_in a{{}}; a.sin_family=AF_INET; a.sin_port=htons({port}); a.sin_addr.s_addr=htonl(0x7f000001); std::puts(connect(s,(sockaddr*)&a,sizeof a)==0?\"connected\":\"blocked\"); }}\n"
    );
    let r = run(Cpp, &cpp);
    assert_eq!(r.stdout.trim(), "blocked");
    let ifaces = run(
        Python,
        "import socket\nprint(sorted(n for _, n in socket.if_nameindex()))\n",
    );
    assert_eq!(ifaces.stdout.trim(), "['lo']");
    assert!(
        listener.accept().is_err(),
        "the sandbox reached the host's loopback"
    );
}

#[test]
fn files_outside_the_sandbox_cannot_be_read() {
    let secret = std::env::temp_dir().join(format!("afterburner-secret-{}", std::process::id()));
    std::fs::write(&secret, "top secret").unwrap();
    let here = std::env::current_dir().unwrap();
    let py = format!(
        "import os\nfor p in ['{}', '{}/Cargo.toml', '/root', '/home', '/etc/shadow', '/proc/1/environ']:\n    try:\n        open(p).read() if not os.path.isdir(p) else os.listdir(p)\n        print('READ', p)\n    except OSError as e:\n        print('denied', p, e.errno)\n",
        secret.display(),
        here.display()
    );
    let r = run(Python, &py);
    std::fs::remove_file(&secret).unwrap();
    assert_status(&r, Status::Success);
    assert!(!r.stdout.contains("READ"), "{}", r.stdout);
    let cpp = format!(
        "#include <fstream>\n#include <cstdio>\nint main(){{ std::ifstream f(\"{}/Cargo.toml\"); std::puts(f ? \"READ\" : \"denied\"); }}\n",
        here.display()
    );
    assert_eq!(run(Cpp, &cpp).stdout.trim(), "denied");
}

#[test]
fn only_the_work_dir_and_tmp_are_writable() {
    let py = "import os\nfor d in ['/work', '/tmp', '/', '/usr', '/etc', '/app', '/dev', '/proc/sys/kernel']:\n    try:\n        with open(os.path.join(d, 'pwned'), 'w') as f:\n            f.write('x')\n        print('wrote', d)\n    except OSError as e:\n        print('denied', d)\n";
    let r = run(Python, py);
    assert_status(&r, Status::Success);
    let wrote: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.starts_with("wrote"))
        .collect();
    assert_eq!(wrote, ["wrote /work", "wrote /tmp"], "{}", r.stdout);
    assert!(
        !std::path::Path::new("/pwned").exists() && !std::path::Path::new("/usr/pwned").exists()
    );
    let cpp = "#include <cstdio>\nint main(){ std::puts(std::fopen(\"/etc/pwned\",\"w\") ? \"wrote\" : \"denied\"); }\n";
    assert_eq!(run(Cpp, cpp).stdout.trim(), "denied");
}

#[test]
fn the_work_dir_starts_empty_and_is_private_to_each_run() {
    let first = run(
        Python,
        "import os\nprint(os.listdir('.'))\nopen('left-behind', 'w').write('x')\n",
    );
    let second = run(
        Python,
        "import os\nprint(os.listdir('.'), os.listdir('/tmp'))\n",
    );
    assert_eq!(first.stdout.trim(), "[]");
    assert_eq!(second.stdout.trim(), "[] []");
}

/// A runner whose runs are all one user, `LONE_USER`, which a host process can be too.
fn lone_user_runner() -> &'static Runner {
    static RUNNER: OnceLock<Runner> = OnceLock::new();
    RUNNER.get_or_init(|| {
        common::make_runner(SandboxConfig {
            users: LONE_USER..LONE_USER + 1,
            ..SandboxConfig::default()
        })
    })
}

/// The one user id of [`lone_user_runner`], outside the default range.
const LONE_USER: u32 = 1_900_002_000;

#[test]
fn kill_minus_one_reaches_nothing_outside() {
    // The bystander runs as the very user the program runs as, so the kernel would let
    // the program signal it: only the pid namespace keeps kill(-1) from reaching it.
    let (uid, gid) = (LONE_USER, SandboxConfig::default().group);
    let run = |language, source: &str| {
        let mut request = RunRequest::new(language, source);
        request.limits = tight_limits();
        lone_user_runner().run(&request)
    };
    let mut bystander = std::process::Command::new("sleep")
        .arg("30")
        .uid(uid)
        .gid(gid)
        .spawn()
        .unwrap();
    let status = std::fs::read_to_string(format!("/proc/{}/status", bystander.id())).unwrap();
    let real_uid = status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().next())
        .unwrap();
    assert_eq!(real_uid, uid.to_string(), "{status}");
    let py = run(Python, "import os, signal\nprint(os.getuid())\ntry:\n    os.kill(-1, signal.SIGKILL)\nexcept OSError as e:\n    print('kill failed', e)\nprint('still here')\n");
    let cpp = run(Cpp, "#include <csignal>\n#include <cstdio>\n#include <unistd.h>\nint main(){ std::printf(\"%d\\n\", (int)getuid()); std::fflush(stdout); kill(-1, SIGKILL); kill(1, SIGKILL); std::puts(\"alive\"); }\n");
    let alive = bystander.try_wait().unwrap().is_none();
    bystander.kill().unwrap();
    bystander.wait().unwrap();
    assert!(alive, "a host process of the program's own user was killed");
    // Inside, kill(-1) spares the caller; the run itself completes normally.
    assert_status(&py, Status::Success);
    // kill(-1) finds nobody else to signal in the run's pid namespace (ESRCH).
    assert!(
        py.stdout.starts_with(&format!("{uid}\n")) && py.stdout.ends_with("still here\n"),
        "{}",
        py.stdout
    );
    assert_eq!(cpp.stdout, format!("{uid}\nalive\n"));
}

#[test]
fn ptrace_is_refused_by_the_filter_even_of_the_programs_own_child() {
    // A process may trace its own child of the same user: only the filter forbids it.
    let py = format!(
        "import ctypes, os, signal\nlibc = ctypes.CDLL(None, use_errno=True)\nchild = os.fork()\nif child == 0:\n    while True:\n        signal.pause()\nr = libc.ptrace(16, child, 0, 0)\nprint(r, ctypes.get_errno() if r else 0)\nos.kill(child, signal.SIGKILL)\nos.waitpid(child, 0)\n{PRINT_SECCOMP_MODE}"
    );
    let cpp = "#include <sys/ptrace.h>\n#include <sys/wait.h>\n#include <signal.h>\n#include <unistd.h>\n#include <cerrno>\n#include <cstdio>\nint main(){ pid_t child = fork(); if (child == 0) for(;;) pause(); long r = ptrace(PTRACE_ATTACH, child, nullptr, nullptr); std::printf(\"%ld %d\\n\", r, r ? errno : 0); kill(child, SIGKILL); waitpid(child, 0, 0); }\n";
    let unfiltered = run_without_seccomp(Python, &py);
    assert_status(&unfiltered, Status::Success);
    assert_eq!(
        unfiltered.stdout, "0 0\n0\n",
        "without the filter the attach must succeed, or this test proves nothing"
    );
    let filtered = run(Python, &py);
    assert_status(&filtered, Status::Success);
    assert_eq!(filtered.stdout, format!("-1 {}\n2\n", libc::EPERM));

    assert_eq!(run_without_seccomp(Cpp, cpp).stdout, "0 0\n");
    assert_eq!(run(Cpp, cpp).stdout, format!("-1 {}\n", libc::EPERM));
}

#[test]
fn namespace_and_mount_escapes_are_refused_by_the_filter() {
    // Any user may make a user namespace (in which it could then mount); and mount()
    // looks up its target before it checks privileges, so a missing target answers
    // ENOENT to anyone the filter lets through. The filter answers EPERM to both.
    let py = format!(
        "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\ndef call(r):\n    print(r, ctypes.get_errno() if r else 0)\ncall(libc.unshare({}))\ncall(libc.mount(b'none', b'/nonexistent-afterburner-target', b'tmpfs', 0, None))\n",
        libc::CLONE_NEWUSER
    );
    let unfiltered = run_without_seccomp(Python, &py);
    assert_status(&unfiltered, Status::Success);
    assert_eq!(
        unfiltered.stdout,
        format!("0 0\n-1 {}\n", libc::ENOENT),
        "without the filter both must get past the permission checks, or this test proves nothing"
    );
    let filtered = run(Python, &py);
    assert_status(&filtered, Status::Success);
    assert_eq!(
        filtered.stdout,
        format!("-1 {eperm}\n-1 {eperm}\n", eperm = libc::EPERM)
    );
}

#[test]
fn huge_files_stop_at_the_file_size_limit() {
    // The work dir must hold more than the largest file, so a full tmpfs (ENOSPC)
    // cannot pass for the file-size limit.
    let limits = tight_limits();
    assert!(
        2 * limits.file_size_bytes <= limits.work_dir_kb * 1024,
        "{limits:?}"
    );
    // Python ignores SIGXFSZ, so the write past the limit fails with EFBIG.
    let py = run(
        Python,
        "import os\nwith open('big', 'wb') as f:\n    try:\n        while True:\n            f.write(b'x' * (1 << 20))\n    except OSError as e:\n        print(e.errno, os.fstat(f.fileno()).st_size)\n        raise\n",
    );
    assert_status(&py, Status::RuntimeError);
    assert_eq!(
        py.stdout,
        format!("{} {}\n", libc::EFBIG, limits.file_size_bytes),
        "{py:?}"
    );
    assert!(py.stderr.contains("File too large"), "{}", py.stderr);
    // C++ keeps SIGXFSZ's default action: the write past the limit kills it.
    let cpp = run(
        Cpp,
        "#include <cstdio>\nint main(){ std::FILE* f = std::fopen(\"/work/big\",\"wb\"); static char b[1<<20]; for(;;) if (std::fwrite(b,1,sizeof b,f) != sizeof b) return 3; }\n",
    );
    assert_status(&cpp, Status::RuntimeError);
    assert_eq!(cpp.signal, Some(libc::SIGXFSZ), "{cpp:?}");
    assert!(
        cpp.reason.as_deref().unwrap_or("").contains("size limit"),
        "{cpp:?}"
    );
}

#[test]
fn thread_bombs_hit_the_process_limit() {
    let py = run(
        Python,
        "import threading, time\nn = 0\ntry:\n    for _ in range(10000):\n        threading.Thread(target=time.sleep, args=(5,), daemon=True).start()\n        n += 1\nexcept RuntimeError:\n    print('limited at', n)\n",
    );
    assert!(py.stdout.starts_with("limited at"), "{py:?}");
    let n: u64 = py
        .stdout
        .split_whitespace()
        .last()
        .unwrap()
        .parse()
        .unwrap();
    assert!(n < tight_limits().processes, "{n} threads started");
    let cpp = run(
        Cpp,
        "#include <thread>\n#include <cstdlib>\n#include <vector>\n#include <cstdio>\n#include <chrono>\nint main(){ std::vector<std::thread> t; try { for(int i=0;i<10000;++i) t.emplace_back([]{ std::this_thread::sleep_for(std::chrono::seconds(5)); }); } catch (...) { std::printf(\"limited at %zu\\n\", t.size()); std::fflush(stdout); std::_Exit(0);} }\n",
    );
    assert!(cpp.stdout.starts_with("limited at"), "{cpp:?}");
    let java = run(
        Java,
        "public class Main { public static void main(String[] a) { int n = 0; try { for (;;) { Thread t = new Thread(() -> { try { Thread.sleep(5000); } catch (Exception e) {} }); t.setDaemon(true); t.start(); n++; } } catch (Throwable e) { System.out.println(\"limited at \" + n); System.exit(0); } } }\n",
    );
    assert!(java.stdout.contains("limited at"), "{java:?}");
    let rust = run(
        Rust,
        "fn main(){ let mut n = 0; loop { match std::thread::Builder::new().spawn(|| std::thread::sleep(std::time::Duration::from_secs(5))) { Ok(_) => n += 1, Err(_) => { println!(\"limited at {}\", n); std::process::exit(0); } } } }\n",
    );
    assert!(rust.stdout.starts_with("limited at"), "{rust:?}");
    // Go multiplexes goroutines onto threads; goroutines that each pin a thread make it
    // ask for more, and its runtime aborts when the kernel refuses.
    let go = run(
        Go,
        "package main\nimport (\"runtime\"; \"time\")\nfunc main(){ for i := 0; i < 10000; i++ { go func(){ runtime.LockOSThread(); time.Sleep(5 * time.Second) }() }; time.Sleep(5 * time.Second) }\n",
    );
    // Its goroutine dump may pass the output limit too.
    assert!(
        matches!(go.status, Status::RuntimeError | Status::OutputLimit),
        "{go:?}"
    );
    assert!(
        go.stderr.contains("failed to create new OS thread"),
        "{}",
        go.stderr
    );
}

#[test]
fn the_callers_environment_does_not_leak_in() {
    std::env::set_var("AFTERBURNER_TEST_SECRET", "hunter2");
    let r = run(Python, "import os\nprint(sorted(os.environ))\n");
    assert!(
        !r.stdout.contains("AFTERBURNER_TEST_SECRET"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("PATH"));
}

#[test]
fn the_program_sees_only_its_own_processes() {
    // Not even the sandbox's init (pid 1, root): only itself.
    let r = run(
        Python,
        "import os\nprint(sorted(int(p) for p in os.listdir('/proc') if p.isdigit()))\n",
    );
    assert_eq!(r.stdout.trim(), "[2]");
}

#[test]
fn a_world_writable_stdin_file_cannot_be_rewritten_through_its_descriptor() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    let input = dir.path().join("input.txt");
    std::fs::write(&input, "41\n").unwrap();
    std::fs::set_permissions(&input, std::fs::Permissions::from_mode(0o666)).unwrap();
    let py = "import os\nprint(int(input()) + 1)\nfor path in ['/proc/self/fd/0', '/dev/stdin']:\n    for flags in [os.O_WRONLY | os.O_TRUNC, os.O_RDWR, os.O_WRONLY | os.O_APPEND]:\n        try:\n            fd = os.open(path, flags)\n            os.write(fd, b'pwned')\n            print('wrote', path)\n        except OSError as e:\n            print('denied', path, e.errno)\nprint('fd0', os.readlink('/proc/self/fd/0'))\n";
    let r = run_with(Python, py, tight_limits(), Stdin::File(input.clone()));
    assert_status(&r, Status::Success);
    assert_eq!(r.stdout.lines().next(), Some("42"), "{r:?}");
    assert!(!r.stdout.contains("wrote"), "{}", r.stdout);
    assert!(
        !r.stdout.contains(dir.path().to_str().unwrap()),
        "{}",
        r.stdout
    );
    assert_eq!(
        std::fs::read_to_string(&input).unwrap(),
        "41\n",
        "the host file is untouched"
    );
}

#[test]
fn the_program_cannot_leave_its_core() {
    let cpus = afterburner_monolith::cpuset::CpuSet::allowed().unwrap();
    let cores: Vec<usize> = cpus.iter().collect();
    assert!(cores.len() >= 2, "this check needs two cores to escape to");
    // Widen the mask to every core, then keep two processes busy for half a second of
    // wall time each: on one core they share it (CPU ≈ wall), on two they would not.
    let py = "import os, time\ntry:\n    os.sched_setaffinity(0, range(os.cpu_count()))\nexcept OSError as e:\n    print('refused', e.errno)\nprint('allowed', sorted(os.sched_getaffinity(0)))\npid = os.fork()\nend = time.monotonic() + 0.5\nwhile time.monotonic() < end:\n    pass\nif pid == 0:\n    os._exit(0)\nos.waitpid(pid, 0)\n";
    let mut request = RunRequest::new(Python, py);
    request.limits = tight_limits();
    request.cpu = Some(*cores.last().unwrap());
    let r = common::runner().run(&request);
    assert_status(&r, Status::Success);
    assert_eq!(r.isolation.cpu_placement, "cpuset", "{:?}", r.isolation);
    assert!(
        r.stdout
            .contains(&format!("allowed [{}]", cores.last().unwrap())),
        "{}",
        r.stdout
    );
    assert!(
        r.metrics.cpu_ms < 1.3 * r.metrics.wall_ms,
        "two busy processes got {} ms of CPU in {} ms of wall time: they left the core",
        r.metrics.cpu_ms,
        r.metrics.wall_ms
    );
}

#[test]
fn nothing_of_the_host_is_visible_inside() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("stdin-marker-file.txt");
    std::fs::write(&input, "x\n").unwrap();
    let py = "import os\nfor path in ['/proc/self/mountinfo', '/proc/self/cgroup', '/proc/1/cmdline', '/proc/1/environ', '/proc/1/mountinfo']:\n    try:\n        print(path, open(path, 'rb').read())\n    except OSError as e:\n        print(path, 'denied', e.errno)\nfor link in ['/proc/self/fd/0', '/proc/1/exe', '/proc/1/cwd', '/proc/self/exe']:\n    try:\n        print(link, os.readlink(link))\n    except OSError as e:\n        print(link, 'denied', e.errno)\n";
    let r = run_with(Python, py, tight_limits(), Stdin::File(input));
    assert_status(&r, Status::Success);
    let pid = std::process::id().to_string();
    for secret in [
        "afterburner",
        "stdin-marker-file",
        dir.path().to_str().unwrap(),
        &format!("run-{pid}-"),
        env!("CARGO_MANIFEST_DIR"),
    ] {
        assert!(
            !r.stdout.contains(secret),
            "{secret:?} is visible:\n{}",
            r.stdout
        );
    }
    assert!(r.stdout.contains("/proc/self/cgroup b'"), "{}", r.stdout);
    assert!(
        r.stdout.contains(" /app "),
        "the program's files are there: {}",
        r.stdout
    );
}

#[test]
fn stdin_is_delivered_and_cannot_be_changed() {
    let input = "3\n1 2 3\n".to_string();
    let r = run_with(
        Python,
        "import sys\nn = int(input())\nprint(sum(map(int, input().split())))\ntry:\n    open('/dev/stdin', 'w').write('x')\n    print('rewrote')\nexcept OSError:\n    print('read-only')\n",
        Limits { ..tight_limits() },
        Stdin::Bytes(input.into_bytes().into()),
    );
    assert_eq!(
        r.stdout.lines().collect::<Vec<_>>(),
        ["6", "read-only"],
        "{r:?}"
    );
}

#[test]
fn a_run_leaves_nothing_in_its_network_namespace_for_the_next() {
    // Network namespaces are lent one run at a time and reused. A run holds an abstract
    // socket open in a daemon and tries to bring the loopback up; the next run in the
    // same namespace must find neither.
    let plant = "import os, socket\nprint(os.readlink('/proc/self/ns/net'))\ns = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\ns.bind('\\0afterburner-left-behind')\ns.listen(1)\ntry:\n    import fcntl, struct\n    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n    fcntl.ioctl(sock, 0x8914, struct.pack('16sh', b'lo', 1))\n    print('lo up')\nexcept OSError as e:\n    print('lo refused', e.errno)\nif os.fork() == 0:\n    os.setsid()\n    import time\n    time.sleep(30)\n";
    let probe = "import os, socket\nprint(os.readlink('/proc/self/ns/net'))\nc = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\ntry:\n    c.connect('\\0afterburner-left-behind')\n    print('connected')\nexcept OSError as e:\n    print('refused', e.errno)\nprint(open('/sys/class/net/lo/operstate').read().strip() if os.path.exists('/sys/class/net/lo/operstate') else 'no sysfs')\n";
    let mut shared = 0;
    for _ in 0..5 {
        let a = run(Python, plant);
        assert_status(&a, Status::Success);
        assert!(a.stdout.contains("lo refused"), "{}", a.stdout);
        let b = run(Python, probe);
        assert_status(&b, Status::Success);
        assert!(b.stdout.contains("refused"), "{}", b.stdout);
        assert!(!b.stdout.contains("connected"), "{}", b.stdout);
        if a.stdout.lines().next() == b.stdout.lines().next() {
            shared += 1;
        }
    }
    assert!(
        shared > 0,
        "the runs never met in one namespace: nothing was checked"
    );
}

#[test]
fn the_supervisors_memory_cannot_be_read_through_init() {
    // The sandbox's init shares the supervisor's memory (this test process's): the
    // program is told where a secret lies in it and tries every way in, with the
    // seccomp filter and without it (then only its uid and /proc's hidepid stand in
    // the way).
    let secret = format!("supervisor-secret-{}", std::process::id()).into_bytes();
    let (address, len) = (secret.as_ptr() as usize, secret.len());
    let py = format!(
        r#"import ctypes, os
address, length = {address}, {len}
try:
    with open('/proc/1/mem', 'rb') as mem:
        mem.seek(address)
        print('mem', mem.read(length))
except OSError as e:
    print('mem denied', e.errno)
for path in ['/proc/1/maps', '/proc/1/cmdline', '/proc/1/environ', '/proc/1/status']:
    try:
        print(path, open(path, 'rb').read())
    except OSError as e:
        print(path, 'denied', e.errno)
class IoVec(ctypes.Structure):
    _fields_ = [('base', ctypes.c_void_p), ('len', ctypes.c_size_t)]
buf = ctypes.create_string_buffer(length)
local, remote = IoVec(ctypes.addressof(buf), length), IoVec(address, length)
libc = ctypes.CDLL(None, use_errno=True)
got = libc.process_vm_readv(1, ctypes.byref(local), 1, ctypes.byref(remote), 1, 0)
print('process_vm_readv', got, ctypes.get_errno(), buf.raw)
"#
    );
    for (label, r) in [
        ("with the filter", run(Python, &py)),
        ("without the filter", run_without_seccomp(Python, &py)),
    ] {
        assert_status(&r, Status::Success);
        let text = String::from_utf8_lossy(&secret);
        assert!(
            !r.stdout.contains(text.as_ref()),
            "{label}: the secret was read:\n{}",
            r.stdout
        );
        assert!(
            r.stdout.contains("mem denied") && r.stdout.contains("process_vm_readv -1"),
            "{label}: {}",
            r.stdout
        );
    }
    // The secret stayed alive, where the program was told to look, for the whole test.
    assert_eq!(std::hint::black_box(&secret).len(), len);
}

/// The mount points this thread sees, from `/proc/thread-self/mountinfo`.
fn mount_points_of_this_thread() -> Vec<String> {
    std::fs::read_to_string("/proc/thread-self/mountinfo")
        .unwrap()
        .lines()
        .map(|line| line.split(' ').nth(4).unwrap_or_default().to_string())
        .collect()
}

#[test]
fn runs_work_and_leave_no_mounts_behind_where_the_host_root_is_shared() {
    // systemd mounts `/` shared: a mount made in a copy of the host's namespace would
    // then appear in the host's too. This test thread gets a namespace of its own with a
    // shared `/` (runs are cloned from the thread that asks for them) and checks that a
    // run works there and adds no mount to it.
    common::runner();
    // SAFETY: unshare and mount with integer flags and static C strings; they change
    // only this thread's view of the mounts.
    unsafe {
        assert_eq!(
            libc::unshare(libc::CLONE_NEWNS),
            0,
            "unshare: {}",
            std::io::Error::last_os_error()
        );
        assert_eq!(
            libc::mount(
                std::ptr::null(),
                c"/".as_ptr(),
                std::ptr::null(),
                libc::MS_REC | libc::MS_SHARED,
                std::ptr::null()
            ),
            0,
            "making / shared: {}",
            std::io::Error::last_os_error()
        );
    }
    let shared = std::fs::read_to_string("/proc/thread-self/mountinfo").unwrap();
    assert!(
        shared.lines().next().unwrap().contains(" shared:"),
        "{shared}"
    );
    let before = mount_points_of_this_thread();
    let r = run(Python, "print('ran')\n");
    assert_status(&r, Status::Success);
    assert_eq!(r.stdout.trim(), "ran");
    assert_eq!(
        mount_points_of_this_thread(),
        before,
        "a run's mounts reached the namespace it was started from"
    );
}

#[test]
fn nothing_a_run_leaves_in_the_shared_view_reaches_the_next_run() {
    // Runs start from copies of one prepared view (the mount template); its file
    // systems are shared, so none of them may take a write that the next run would see.
    let plant = "import os\nfor path in ['/planted', '/etc/planted', '/dev/planted', '/usr/planted', '/proc/planted', '/tmp/planted', '/dev/shm/planted', '/work/planted', '/app/planted']:\n    try:\n        open(path, 'w').write('x')\n        print('wrote', path)\n    except OSError as e:\n        print('refused', path, e.errno)\nfor path in ['/etc/passwd', '/dev/null']:\n    try:\n        os.chmod(path, 0o777)\n        print('changed', path)\n    except OSError as e:\n        print('refused', path, e.errno)\n";
    let planted = run(Python, plant);
    assert_status(&planted, Status::Success);
    for writable in ["/tmp/planted", "/dev/shm/planted", "/work/planted"] {
        assert!(
            planted.stdout.contains(&format!("wrote {writable}\n")),
            "{}",
            planted.stdout
        );
    }
    for fixed in [
        "/planted",
        "/etc/planted",
        "/dev/planted",
        "/usr/planted",
        "/app/planted",
        "/etc/passwd",
        "/dev/null",
    ] {
        assert!(
            planted.stdout.contains(&format!("refused {fixed} ")),
            "{}",
            planted.stdout
        );
    }
    let probe = "import os\nprint([p for p in ['/planted', '/etc/planted', '/dev/planted', '/usr/planted', '/proc/planted', '/tmp/planted', '/dev/shm/planted', '/work/planted', '/app/planted'] if os.path.exists(p)])\nprint(oct(os.stat('/etc/passwd').st_mode), oct(os.stat('/dev/null').st_mode))\n";
    let next = run(Python, probe);
    assert_status(&next, Status::Success);
    let mut lines = next.stdout.lines();
    assert_eq!(lines.next(), Some("[]"), "{}", next.stdout);
    assert_eq!(lines.next(), Some("0o100644 0o20666"), "{}", next.stdout);
    assert!(
        !next
            .isolation
            .notes
            .iter()
            .any(|n| n.contains("mount template")),
        "the runs did not start from a template: {:?}",
        next.isolation.notes
    );
}

#[test]
fn a_run_cannot_use_up_what_the_kernel_counts_per_user() {
    // inotify instances (128 a user here) and message-queue bytes are counted per user
    // across namespaces, for every process of that user, on the host too. The program
    // takes all it can and holds it; meanwhile a host process of the run's own user must
    // still get an instance.
    let marker = "per-user-hoarder-7f3a";
    let hoard = holding_program(
        marker,
        "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\nheld = []\nwhile len(held) < 4096:\n    fd = libc.inotify_init1(0)\n    if fd < 0:\n        break\n    held.append(fd)\nerrno = ctypes.get_errno()\nqueue = libc.mq_open(b'/hoard', os.O_CREAT | os.O_RDWR, 0o600, None)\nprint('inotify', len(held), errno, 'mq', queue, ctypes.get_errno(), flush=True)",
    );
    let holder = Holder::start(marker, move || {
        let mut limits = tight_limits();
        limits.open_files = 8192;
        // Room for two interpreter starts and the hold on a busy machine.
        limits.wall_ms = 10_000;
        run_with(Python, &hoard, limits, Stdin::Empty)
    });
    let host = std::process::Command::new("/usr/bin/python3")
        .args([
            "-c",
            "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\nfd = libc.inotify_init1(0)\nprint(fd, ctypes.get_errno())\n",
        ])
        .uid(holder.uid)
        .gid(SandboxConfig::default().group)
        .output()
        .expect("running python3 as the run's user");
    let r = holder.release();
    assert_status(&r, Status::Success);
    let host_says = String::from_utf8_lossy(&host.stdout);
    assert!(
        !host_says.starts_with('-'),
        "a host process of the run's user got no inotify instance: {host_says}"
    );
    assert_eq!(
        r.stdout.trim(),
        format!("inotify 0 {} mq -1 {}", libc::EPERM, libc::EPERM),
        "{r:?}"
    );
}

#[test]
fn a_run_cannot_use_up_the_signals_another_run_may_queue() {
    // Queued signals are counted per user (RLIMIT_SIGPENDING against every process of
    // that user). The first run queues signals to itself until the kernel refuses and
    // holds them; a second run at the same time must still queue one of its own, which
    // it can only if the two are different users.
    let marker = "signal-hoarder-5c21";
    let queue_one = "import ctypes, os, signal\nlibc = ctypes.CDLL(None, use_errno=True)\nsignal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGRTMIN])\n";
    let hoard = holding_program(
        marker,
        &format!("{queue_one}queued = 0\nwhile queued < 1000000 and libc.sigqueue(os.getpid(), int(signal.SIGRTMIN), None) == 0:\n    queued += 1\nprint(queued, ctypes.get_errno(), flush=True)"),
    );
    let holder = Holder::start(marker, move || {
        let mut limits = tight_limits();
        limits.wall_ms = 10_000;
        run_with(Python, &hoard, limits, Stdin::Empty)
    });
    let other = run(
        Python,
        &format!("{queue_one}r = libc.sigqueue(os.getpid(), int(signal.SIGRTMIN), None)\nprint(os.getuid(), r, ctypes.get_errno() if r else 0)\n"),
    );
    let hoarder_uid = holder.uid.to_string();
    let hoarder = holder.release();
    assert_status(&hoarder, Status::Success);
    let (queued, errno) = hoarder
        .stdout
        .trim()
        .split_once(' ')
        .expect("the hoarder says how many it queued");
    assert!(
        queued.parse::<u64>().unwrap() > 1000 && errno == libc::EAGAIN.to_string(),
        "the first run did not use up its allowance: {}",
        hoarder.stdout
    );
    assert_status(&other, Status::Success);
    let other_uid = other.stdout.split_whitespace().next().unwrap_or_default();
    assert_ne!(other_uid, hoarder_uid, "two runs at once shared a user");
    assert!(
        other.stdout.trim().ends_with(" 0 0"),
        "the second run could queue no signal: {}",
        other.stdout
    );
}
