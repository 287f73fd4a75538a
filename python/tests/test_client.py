"""The native API through the client; `python -m afterburner` forwards to the binary."""

import subprocess
import sys

import pytest
from conftest import FAST, PYTHON_DIR, RECORD, closed_port_url

from afterburner import __version__
from afterburner.client import Client, Rejected, Unreachable


def test_health_run_and_evaluate(url):
    client = Client(url)
    assert client.healthz()["status"] == "ok"
    run = client.run({"language": "python", "code": "print(6 * 7)"})
    assert run["status"] == "success" and run["stdout"] == "42\n"
    judged = client.evaluate({"problem": RECORD, "language": "python", "code": FAST})
    assert judged["verdict"] == "passed"


def test_errors_say_what_went_wrong(url):
    with pytest.raises(Rejected) as refused:
        Client(url).run({"language": "python"})
    assert refused.value.status == 400 and "code" in refused.value.message
    with pytest.raises(Unreachable):
        Client(closed_port_url()).healthz()
    with pytest.raises(ValueError):
        Client("ftp://nowhere")


def test_python_dash_m_runs_the_binary():
    out = subprocess.run(
        [sys.executable, "-m", "afterburner", "--version"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=30,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"afterburner {__version__}"


def _env():
    import os

    return {**os.environ, "PYTHONPATH": str(PYTHON_DIR)}
