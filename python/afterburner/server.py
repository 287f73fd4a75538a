"""Where the reward server is: an explicit address, `AFTERBURNER_URL`, or ONE local
`afterburner serve` per machine shared by every process of the trainer.

Training engines score from many processes at once: verl from `reward.num_workers` Ray
actors per node (8 by default), TRL from one process per GPU. A server per process
would start as many pinned workers per core and ruin the measurements, so the first
process to ask starts one server and the others find it: a lock file (``flock``)
serialises the start, and a state file beside it holds the server's URL and pid. A
server is reused while ``GET /healthz`` answers; a dead or hung one is replaced.

The server outlives the process that started it (it runs in its own session, so a
trainer killed with Ctrl-C does not take it along, and the next run reuses it warm).
Stop it with ``python -m afterburner.server stop`` (or ``--all``); ``python -m
afterburner.server status`` shows it.

Address precedence: an explicit ``url`` (verl's reward_kwargs, TRL's factory argument)
> ``AFTERBURNER_URL`` > the shared local server. The local server loads the problem set
named by ``dataset`` or ``AFTERBURNER_DATASET`` (needed for labels that give a
``problem_id``); one server per distinct dataset. Files live in
``AFTERBURNER_RUNTIME_DIR``, else ``/tmp/afterburner-<uid>`` — not ``XDG_RUNTIME_DIR``,
which Ray workers and login shells on the same machine often do not share.
``AFTERBURNER_SERVE_ARGS`` adds flags to ``afterburner serve`` (e.g. ``--cpus 8-15
--reward-runs 5``; the first process to start the server decides). The binary is
``AFTERBURNER_BIN``, else the one installed with this package, else ``afterburner`` on
``PATH``.
"""

from __future__ import annotations

import argparse
import errno
import fcntl
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from pathlib import Path
from typing import Dict, NamedTuple, Optional

from afterburner.client import AfterburnerError, Client

#: Seconds a start may take: loading a large dataset is most of it.
STARTUP_TIMEOUT_S = 120.0
#: Seconds a health check of a server found in the state file may take.
REUSE_HEALTH_TIMEOUT_S = 10.0

_LISTENING = re.compile(r"afterburner serve: listening on (http://\S+)")


class ServerUnavailable(AfterburnerError):
    """No address was given and no local server could be found or started."""


class LocalServer(NamedTuple):
    """A running shared server: its address, process id, dataset and log file."""

    url: str
    pid: int
    dataset: Optional[str]
    log: str


# Per process: the local server found for each dataset key, so a reward call does not
# read the state file (or ask /healthz) every time.
_found: Dict[str, LocalServer] = {}
_found_lock = threading.Lock()
# Servers this process started: kept so Python does not warn about them on exit.
_children = []


def runtime_dir() -> Path:
    """The folder of the lock, state and log files, made private to this user."""
    configured = os.environ.get("AFTERBURNER_RUNTIME_DIR")
    path = Path(configured) if configured else Path(tempfile.gettempdir()) / f"afterburner-{os.getuid()}"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = path.stat()
    if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise ServerUnavailable(
            f"{path} belongs to another user or is writable by others; "
            "set AFTERBURNER_RUNTIME_DIR to a folder of your own"
        )
    return path


def find_binary() -> str:
    """The `afterburner` executable: `AFTERBURNER_BIN`, the wheel's, `PATH`, a checkout's build."""
    configured = os.environ.get("AFTERBURNER_BIN")
    if configured:
        if not os.access(configured, os.X_OK):
            raise ServerUnavailable(f"AFTERBURNER_BIN={configured} is not an executable file")
        return os.path.abspath(configured)
    name = "afterburner.exe" if os.name == "nt" else "afterburner"
    # The wheel installs the binary as a script of the environment this Python runs in.
    candidates = [Path(sysconfig.get_path("scripts")) / name]
    try:
        candidates.append(Path(sysconfig.get_path("scripts", f"{os.name}_user")) / name)
    except KeyError:
        pass
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    on_path = shutil.which(name)
    if on_path:
        return os.path.abspath(on_path)
    # A source checkout: python/afterburner/server.py next to target/release/afterburner.
    built = Path(__file__).resolve().parents[2] / "target" / "release" / name
    if built.is_file() and os.access(built, os.X_OK):
        return str(built)
    raise ServerUnavailable(
        "the afterburner binary was not found: install the `afterburner` wheel in this "
        "environment, set AFTERBURNER_BIN to the binary, or give the address of a running "
        "server (url= / AFTERBURNER_URL)"
    )


def _dataset(dataset: Optional[str]) -> Optional[str]:
    dataset = dataset or os.environ.get("AFTERBURNER_DATASET") or None
    return os.path.abspath(os.fspath(dataset)) if dataset else None


def _key(dataset: Optional[str]) -> str:
    if dataset is None:
        return "server"
    return "server-" + hashlib.sha256(dataset.encode()).hexdigest()[:16]


def _read_state(path: Path) -> Optional[dict]:
    try:
        state = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    if not isinstance(state, dict) or not isinstance(state.get("url"), str):
        return None
    if not isinstance(state.get("pid"), int):
        return None
    return state


def _write_state(path: Path, state: dict) -> None:
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(state, indent=2) + "\n")
    os.replace(tmp, path)


def _healthy(url: str, timeout: float) -> bool:
    try:
        return Client(url).healthz(timeout=timeout).get("status") == "ok"
    except AfterburnerError:
        return False


def _alive(pid: int) -> bool:
    """The process exists and is not a zombie (reaped here when it is our child)."""
    try:
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
        return status.rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _is_server(pid: int, binary: Optional[str]) -> bool:
    """`pid` still runs `afterburner serve` (not another process that got its number)."""
    if not _alive(pid):
        return False
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return True  # no /proc: trust the state file
    if len(argv) < 2 or argv[1] != b"serve":
        return False
    return binary is None or os.path.basename(argv[0]) == os.path.basename(binary).encode()


class _Locked:
    """An exclusive `flock` on `path`, waited for at most `timeout` seconds."""

    def __init__(self, path: Path, timeout: float):
        self.path, self.timeout = path, timeout

    def __enter__(self):
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return self
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES):
                    os.close(self.fd)
                    raise
            if time.monotonic() > deadline:
                os.close(self.fd)
                raise ServerUnavailable(
                    f"waited {self.timeout:g} s for {self.path}: another process is still "
                    "starting the server; see the .log file beside it"
                )
            time.sleep(0.05)

    def __exit__(self, *exc):
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        os.close(self.fd)


def _stop(pid: int, binary: Optional[str], timeout: float) -> None:
    """SIGTERM (the server finishes its jobs), then SIGKILL after `timeout` seconds."""
    if not _is_server(pid, binary):
        return
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not _alive(pid):
                return
            time.sleep(0.05)


def _start(key: str, dataset: Optional[str], timeout: float) -> dict:
    binary = find_binary()
    log = runtime_dir() / f"{key}.log"
    args = [binary, "serve", "--bind", "127.0.0.1:0"]
    if dataset:
        args += ["--dataset", dataset]
    args += shlex.split(os.environ.get("AFTERBURNER_SERVE_ARGS", ""))
    with open(log, "wb") as out:
        child = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=out,
            cwd="/",
            close_fds=True,
            start_new_session=True,
            env={**os.environ, "NO_COLOR": "1"},  # a log file, not a terminal
        )
    _children.append(child)
    deadline = time.monotonic() + timeout
    url = None
    while url is None:
        text = log.read_text(errors="replace")
        found = _LISTENING.search(text)
        if found:
            url = found.group(1)
        elif child.poll() is not None:
            raise ServerUnavailable(
                f"`{shlex.join(args)}` exited with status {child.returncode}: "
                f"{text.strip()[-1500:] or '(no output)'}"
            )
        elif time.monotonic() > deadline:
            child.kill()
            raise ServerUnavailable(
                f"`{shlex.join(args)}` did not start listening within {timeout:g} s; see {log}"
            )
        else:
            time.sleep(0.05)
    return {
        "url": url,
        "pid": child.pid,
        "binary": binary,
        "dataset": dataset,
        "log": str(log),
        "args": args[1:],
        "started_at": time.time(),
    }


def local_server(
    dataset: Optional[str] = None, start: bool = True, timeout: float = STARTUP_TIMEOUT_S
) -> LocalServer:
    """The machine's shared server for `dataset` (default `AFTERBURNER_DATASET`), started
    when none answers and `start` is true. Raises :class:`ServerUnavailable`."""
    dataset = _dataset(dataset)
    key = _key(dataset)
    folder = runtime_dir()
    state_path = folder / f"{key}.json"
    state = _read_state(state_path)
    if state and _healthy(state["url"], REUSE_HEALTH_TIMEOUT_S):
        return _remember(key, state)
    with _Locked(folder / f"{key}.lock", timeout):
        state = _read_state(state_path)
        if state and _healthy(state["url"], REUSE_HEALTH_TIMEOUT_S):
            return _remember(key, state)
        if not start:
            raise ServerUnavailable(f"no local server is running (no healthy one in {state_path})")
        if state:
            # Alive but not answering: it serves nobody, so it makes way for a new one.
            _stop(state["pid"], state.get("binary"), timeout=10.0)
            state_path.unlink(missing_ok=True)
        state = _start(key, dataset, timeout)
        if not _healthy(state["url"], REUSE_HEALTH_TIMEOUT_S):
            _stop(state["pid"], state["binary"], timeout=5.0)
            raise ServerUnavailable(f"the server started at {state['url']} does not answer /healthz; see {state['log']}")
        _write_state(state_path, state)
        return _remember(key, state)


def _remember(key: str, state: dict) -> LocalServer:
    server = LocalServer(state["url"], state["pid"], state.get("dataset"), state.get("log", ""))
    with _found_lock:
        _found[key] = server
    return server


def resolve_url(url: Optional[str] = None, dataset: Optional[str] = None) -> str:
    """The address to call: `url` > `AFTERBURNER_URL` > the shared local server."""
    if url:
        return str(url)
    configured = os.environ.get("AFTERBURNER_URL")
    if configured:
        return configured
    key = _key(_dataset(dataset))
    with _found_lock:
        known = _found.get(key)
    return known.url if known else local_server(dataset).url


def is_local(url: str, dataset: Optional[str] = None) -> bool:
    """`url` is the shared local server this process found (so it may be restarted)."""
    with _found_lock:
        known = _found.get(_key(_dataset(dataset)))
    return known is not None and known.url == url


def forget(dataset: Optional[str] = None) -> None:
    """Drops the remembered local server, so the next call checks (and restarts) it."""
    with _found_lock:
        _found.pop(_key(_dataset(dataset)), None)


def stop_local_server(dataset: Optional[str] = None, timeout: float = 60.0) -> bool:
    """Stops the shared server of `dataset`; true when one was running."""
    dataset = _dataset(dataset)
    return _stop_key(_key(dataset), timeout)


def _stop_key(key: str, timeout: float) -> bool:
    folder = runtime_dir()
    with _Locked(folder / f"{key}.lock", timeout):
        state_path = folder / f"{key}.json"
        state = _read_state(state_path)
        if state is None:
            return False
        running = _is_server(state["pid"], state.get("binary"))
        _stop(state["pid"], state.get("binary"), timeout)
        state_path.unlink(missing_ok=True)
    with _found_lock:
        _found.pop(key, None)
    return running


def _all_states() -> Dict[str, dict]:
    folder = runtime_dir()
    states = {}
    for path in sorted(folder.glob("server*.json")):
        state = _read_state(path)
        if state:
            states[path.stem] = state
    return states


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m afterburner.server",
        description="The machine's shared `afterburner serve` used by the reward adapters.",
    )
    parser.add_argument("command", choices=["url", "start", "status", "stop"])
    parser.add_argument("--dataset", help="the problem set the server loads (default: AFTERBURNER_DATASET)")
    parser.add_argument("--all", action="store_true", help="stop: every shared server of this user")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    try:
        if args.command in ("url", "start"):
            server = local_server(args.dataset) if args.command == "start" else None
            url = server.url if server else resolve_url(dataset=args.dataset)
            if args.json:
                found = server or _found.get(_key(_dataset(args.dataset)))
                print(json.dumps({"url": url, "pid": found.pid if found else None}))
            else:
                print(url)
        elif args.command == "status":
            states = _all_states()
            for state in states.values():
                state["healthy"] = _healthy(state["url"], REUSE_HEALTH_TIMEOUT_S)
            if args.json:
                print(json.dumps(list(states.values()), indent=2))
            elif not states:
                print("no shared server")
            for state in [] if args.json else states.values():
                health = "healthy" if state["healthy"] else "NOT ANSWERING"
                print(f"{state['url']}  pid {state['pid']}  {health}  dataset {state.get('dataset') or '-'}  log {state.get('log')}")
        else:
            keys = list(_all_states()) if args.all else [_key(_dataset(args.dataset))]
            stopped = [key for key in keys if _stop_key(key, 60.0)]
            print(f"stopped {len(stopped)} server(s)")
    except AfterburnerError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
