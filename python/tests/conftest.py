"""A real `afterburner serve` for the whole session, a small self-contained problem, and
an environment that never touches the user's own shared server."""

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

PYTHON_DIR = Path(__file__).resolve().parents[1]
REPO = PYTHON_DIR.parent
sys.path.insert(0, str(PYTHON_DIR))


def binary() -> str:
    path = os.environ.get("AFTERBURNER_BIN") or str(REPO / "target" / "release" / "afterburner")
    if not os.access(path, os.X_OK):
        pytest.fail(f"no afterburner binary at {path}: run `cargo build --release -p afterburner-cli` or set AFTERBURNER_BIN")
    return path


# The problem of crates/server/tests/reward.rs: sum the numbers of a line.
def _cases():
    cases = []
    for n in range(1, 7):
        nums = list(range(1, n * 30 + 1))
        cases.append({"input": " ".join(map(str, nums)) + "\n", "output": f"{sum(nums)}\n"})
    return cases


RECORD = {
    "problem_id": 88,
    "title": "Sum",
    "question_content": "Return the sum of the numbers.",
    "difficulty": "Easy",
    "time_limit_ms": 2000,
    "test_case_evaluator": "def evaluate(expected_output, program_output):\n    return expected_output.split() == program_output.split()\n",
    "test_case_runners": {
        "python3": "import sys\nnums = list(map(int, sys.stdin.readline().split()))\n==Code Submission==\nprint(Solution().total(nums))\n"
    },
    "test_cases": json.dumps(_cases()),
}

FAST = "class Solution:\n    def total(self, nums):\n        return sum(nums)\n"
SLOW = (
    "class Solution:\n    def total(self, nums):\n        spin = 0\n"
    "        for i in range(1_000_000):\n            spin += i\n        return sum(nums)\n"
)
WRONG = "class Solution:\n    def total(self, nums):\n        return sum(nums) + 1\n"

# The label of an exported row: the reward item without its completion, as JSON.
LABEL = json.dumps({"problem": RECORD, "instruction": "time", "language": "python", "baseline_code": SLOW, "meta": {"index": 7}})
PROMPT = "<|im_start|>user\nMake it faster.<|im_end|>\n<|im_start|>assistant\n"


def answer(code: str) -> str:
    return f"<thinking>t</thinking>\n<solution>\n```python\n{code}```\n</solution>"


def start_server(*extra):
    """`afterburner serve` on a free port: (process, url). Its stderr goes to a file, so
    a talkative server never blocks on a full pipe."""
    log = tempfile.TemporaryFile(mode="w+")
    process = subprocess.Popen(
        [binary(), "serve", "--bind", "127.0.0.1:0", "--reward-runs", "1", *extra],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        log.seek(0)
        found = re.search(r"listening on (http://\S+)", log.read())
        if found:
            return process, found.group(1)
        time.sleep(0.05)
    process.kill()
    log.seek(0)
    pytest.fail("afterburner serve did not start: " + log.read()[-2000:])


@pytest.fixture(scope="session")
def url():
    process, url = start_server()
    from afterburner.client import Client, Rejected

    try:
        Client(url).reward([])
    except Rejected as e:
        if e.status == 404:
            pytest.fail(f"{binary()} predates POST /v1/reward: rebuild it (cargo build --release -p afterburner-cli)")
    yield url
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """No address or dataset from the caller's environment; shared servers in a temp dir."""
    for name in ("AFTERBURNER_URL", "AFTERBURNER_DATASET", "AFTERBURNER_TIMEOUT", "AFTERBURNER_SERVE_ARGS"):
        monkeypatch.delenv(name, raising=False)
    runtime = tmp_path / "runtime"
    monkeypatch.setenv("AFTERBURNER_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("AFTERBURNER_BIN", binary())
    from afterburner import reward, server

    reward._warned.clear()
    server._found.clear()
    yield runtime
    server._found.clear()


def closed_port_url() -> str:
    """An address where nothing listens."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"
