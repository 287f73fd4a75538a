//! Every language end to end: compile once (cached), run the produced program, and
//! report compile errors with the compiler's message.

mod common;

use afterburner_monolith::sandbox::Stdin;
use afterburner_monolith::Language::{self, Cpp, Go, Java, JavaScript, Python, Rust};
use afterburner_monolith::Status;

const ECHO_SUM: [(Language, &str); 6] = [
    (Python, "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n"),
    (Cpp, "#include <iostream>\nint main(){ long long s=0,x; while(std::cin>>x) s+=x; std::cout<<s<<\"\\n\"; }\n"),
    (
        Java,
        "import java.util.*;\npublic class Main { public static void main(String[] a) { Scanner in = new Scanner(System.in); long s = 0; while (in.hasNextLong()) s += in.nextLong(); System.out.println(s); } }\n",
    ),
    (
        JavaScript,
        "const s = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean).reduce((a, b) => a + Number(b), 0);\nconsole.log(s);\n",
    ),
    (
        Go,
        "package main\nimport \"fmt\"\nfunc main(){ var s, x int64; for { if _, err := fmt.Scan(&x); err != nil { break }; s += x }; fmt.Println(s) }\n",
    ),
    (
        Rust,
        "use std::io::Read;\nfn main(){ let mut t = String::new(); std::io::stdin().read_to_string(&mut t).unwrap(); let s: i64 = t.split_whitespace().map(|x| x.parse::<i64>().unwrap()).sum(); println!(\"{}\", s); }\n",
    ),
];

#[test]
fn every_language_runs_with_stdin_and_compiles_once() {
    for (language, source) in ECHO_SUM {
        let stdin = || Stdin::Bytes(b"1 2 3\n40\n".to_vec().into());
        let first = common::run_with(language, source, common::tight_limits(), stdin());
        common::assert_status(&first, Status::Success);
        assert_eq!(first.stdout.trim(), "46", "{language}");
        let second = common::run_with(language, source, common::tight_limits(), stdin());
        assert_eq!(second.stdout.trim(), "46", "{language}");
        match (language, &second.compile) {
            (Python | JavaScript, None) => {}
            (_, Some(compile)) => {
                assert!(compile.cached, "{language}: the second run compiled again");
                assert_eq!(compile.cache_key, first.compile.as_ref().unwrap().cache_key);
            }
            (_, None) => panic!("{language} reported no compile step"),
        }
    }
}

#[test]
fn compiled_languages_measure_the_built_program_not_the_toolchain() {
    let go = common::run(
        Go,
        "package main\nimport (\"fmt\"; \"os\")\nfunc main(){ p, _ := os.Executable(); fmt.Println(p) }\n",
    );
    assert_eq!(go.stdout.trim(), "/app/main");
    let rust = common::run(
        Rust,
        "fn main(){ println!(\"{}\", std::env::current_exe().unwrap().display()); }\n",
    );
    assert_eq!(rust.stdout.trim(), "/app/main");
    let cpp = common::run(
        Cpp,
        "#include <cstdio>\nint main(){ std::puts(__OPTIMIZE__ ? \"optimised\" : \"debug\"); }\n",
    );
    assert_eq!(cpp.stdout.trim(), "optimised");
}

#[test]
fn compile_errors_carry_the_compilers_message() {
    let cases = [
        (
            Cpp,
            "int main() { return undefined_name; }\n",
            "undefined_name",
        ),
        (
            Java,
            "public class Main { public static void main(String[] a) { int x = \"s\"; } }\n",
            "incompatible types",
        ),
        (
            Go,
            "package main\nfunc main() { x := 1 }\n",
            "declared but not used",
        ),
        (
            Rust,
            "fn main() { let x: i32 = \"s\"; }\n",
            "mismatched types",
        ),
    ];
    for (language, source, message) in cases {
        let r = common::run(language, source);
        common::assert_status(&r, Status::CompileError);
        assert!(r.stderr.contains(message), "{language}: {}", r.stderr);
        assert!(!r.compile.as_ref().unwrap().cached);
    }
}

#[test]
fn compile_time_is_not_part_of_the_run() {
    // A source never compiled before (the compile cache outlives test runs).
    let nonce = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let source = format!("#include <cstdio>\nint main(){{ std::puts(\"quick\"); }}\n// {nonce}\n");
    let r = common::run(Cpp, &source);
    let compile = r.compile.as_ref().unwrap();
    assert!(compile.compile_ms > 20.0, "{compile:?}");
    assert!(
        r.metrics.wall_ms < compile.compile_ms / 2.0,
        "{:?} vs {compile:?}",
        r.metrics
    );
}

#[test]
fn a_missing_interpreter_feature_is_a_runtime_error_not_ours() {
    let r = common::run(Python, "import numpy_that_does_not_exist\n");
    common::assert_status(&r, Status::RuntimeError);
    assert!(r.stderr.contains("ModuleNotFoundError"));
}
