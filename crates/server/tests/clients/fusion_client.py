"""The unmodified `sandbox-fusion` client from PyPI against a running server.

Usage: python3 fusion_client.py http://127.0.0.1:PORT
Exits non-zero (with the failing case) if any answer is not what the client expects.
"""

import base64
import sys

from sandbox_fusion import RunCodeRequest, RunStatus, SummaryMapping, run_code
from sandbox_fusion.client import summary_run_code_result
from sandbox_fusion.models import CommandRunStatus

MAPPING = SummaryMapping(
    CompileFailed="compile_failed",
    CompileTimeout="compile_timeout",
    RunFailed="run_failed",
    RunTimeout="run_timeout",
)


def ask(endpoint, **fields):
    # One attempt: a SandboxError would make the client retry and then raise.
    return run_code(RunCodeRequest(**fields), endpoint=endpoint, max_attempts=1)


def check(name, condition, response):
    if not condition:
        sys.exit(f"{name}: unexpected answer: {response!r}")
    print(f"ok: {name}")


def main(endpoint):
    hello = ask(
        endpoint,
        language="python",
        code="name = input()\nprint(f'hello {name}')",
        stdin="fusion\n",
    )
    check(
        "python with stdin",
        hello.status == RunStatus.Success
        and hello.compile_result is None
        and hello.run_result.status == CommandRunStatus.Finished
        and hello.run_result.return_code == 0
        and hello.run_result.stdout == "hello fusion\n"
        and hello.run_result.execution_time > 0
        and summary_run_code_result(hello, MAPPING) == "Success",
        hello,
    )

    broken = ask(endpoint, language="cpp", code="int main() { return missing; }")
    check(
        "C++ compile error",
        broken.status == RunStatus.Failed
        and broken.run_result is None
        and broken.compile_result.return_code != 0
        and "missing" in broken.compile_result.stderr
        and summary_run_code_result(broken, MAPPING) == "compile_failed",
        broken,
    )

    compiled = ask(
        endpoint,
        language="cpp",
        code="#include <cstdio>\nint main() { std::puts(\"built\"); }",
    )
    check(
        "C++ success",
        compiled.status == RunStatus.Success
        and compiled.compile_result.status == CommandRunStatus.Finished
        and compiled.compile_result.return_code == 0
        and compiled.run_result.stdout == "built\n",
        compiled,
    )

    slow = ask(endpoint, language="python", code="while True:\n    pass", run_timeout=1)
    check(
        "timeout",
        slow.status == RunStatus.Failed
        and slow.run_result.status == CommandRunStatus.TimeLimitExceeded
        and summary_run_code_result(slow, MAPPING) == "run_timeout",
        slow,
    )

    failing = ask(endpoint, language="nodejs", code="process.exit(4)")
    check(
        "non-zero exit",
        failing.status == RunStatus.Failed
        and failing.run_result.return_code == 4
        and summary_run_code_result(failing, MAPPING) == "run_failed",
        failing,
    )

    data = base64.b64encode(b"3 4\n").decode()
    files = ask(
        endpoint,
        language="python",
        code=(
            "a, b = map(int, open('input/data.txt').read().split())\n"
            "open('sum.txt', 'w').write(str(a + b))\n"
        ),
        files={"input/data.txt": data},
        fetch_files=["sum.txt", "input/data.txt"],
    )
    check(
        "files and fetch_files",
        files.status == RunStatus.Success
        and base64.b64decode(files.files["sum.txt"]) == b"7"
        and base64.b64decode(files.files["input/data.txt"]) == b"3 4\n",
        files,
    )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: fusion_client.py http://HOST:PORT")
    main(sys.argv[1])
