"""One local `afterburner serve` per machine, found or started by whichever process asks
first and reused by all the others (verl's reward workers, TRL's per-GPU processes)."""

import json
import os
import signal
import subprocess
import sys
import time

from conftest import FAST, LABEL, PYTHON_DIR, RECORD, answer

from afterburner import server
from afterburner.verl import compute_score


def env(**extra):
    return {**os.environ, "PYTHONPATH": str(PYTHON_DIR), "AFTERBURNER_SERVE_ARGS": "--reward-runs 1", **extra}


def gone(pid, within=10.0):
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not server._alive(pid):
            return True
        time.sleep(0.05)
    return False


def score_without_url(label=LABEL):
    return compute_score(data_source="afterburner", solution_str=answer(FAST), ground_truth=label, extra_info={})


def test_processes_asking_at_once_share_one_server(monkeypatch):
    monkeypatch.setenv("AFTERBURNER_SERVE_ARGS", "--reward-runs 1")
    ask = [sys.executable, "-m", "afterburner.server", "url", "--json"]
    askers = [subprocess.Popen(ask, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    try:
        answers = []
        for asker in askers:
            out, err = asker.communicate(timeout=90)
            assert asker.returncode == 0, err
            answers.append(json.loads(out))
        assert len({(a["url"], a["pid"]) for a in answers}) == 1, answers
        mine = server.local_server()
        assert (mine.url, mine.pid) == (answers[0]["url"], answers[0]["pid"])
        assert score_without_url()["passed"] == 1.0

        # It outlived the processes that asked; a later one still finds it.
        later = subprocess.run(ask, env=env(), capture_output=True, text=True, timeout=60)
        assert json.loads(later.stdout)["pid"] == mine.pid
        status = subprocess.run([sys.executable, "-m", "afterburner.server", "status"], env=env(), capture_output=True, text=True, timeout=60)
        assert mine.url in status.stdout and "healthy" in status.stdout
    finally:
        stopped = server.stop_local_server()
    assert stopped
    assert gone(answers[0]["pid"])
    assert not server.stop_local_server(), "nothing left to stop"


def test_a_dead_shared_server_is_replaced_on_the_next_reward(monkeypatch):
    monkeypatch.setenv("AFTERBURNER_SERVE_ARGS", "--reward-runs 1")
    first = server.local_server()
    try:
        assert server.resolve_url() == first.url
        os.kill(first.pid, signal.SIGKILL)
        assert gone(first.pid)
        # The remembered address no longer answers: the reward starts a new server.
        result = score_without_url()
        assert result["error"] == 0.0 and result["passed"] == 1.0
        second = server.local_server()
        assert second.pid != first.pid
    finally:
        server.stop_local_server()


def test_labels_by_problem_id_use_the_dataset_server(tmp_path, monkeypatch):
    problems = tmp_path / "problems.jsonl"
    problems.write_text(json.dumps(RECORD) + "\n")
    monkeypatch.setenv("AFTERBURNER_DATASET", str(problems))
    label = json.dumps({"problem_id": 88, "instruction": "time", "language": "python", "baseline_code": FAST})
    try:
        result = score_without_url(label)
        assert result["error"] == 0.0 and result["passed"] == 1.0
        assert server.local_server().dataset == str(problems)
    finally:
        assert server.stop_local_server()
