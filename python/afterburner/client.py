"""A small HTTP client for `afterburner serve`: rewards, runs, evaluations and health.

Standard library only (urllib), so the package installs beside any training engine's
own pins. Every failure is an :class:`AfterburnerError` whose message says what to
check: :class:`Unreachable` (nothing answers at the address), :class:`Timeout` (no
answer in time), :class:`Rejected` (a 4xx: the request is wrong, the server says why)
and :class:`ServerFailed` (a 5xx or an answer that is not JSON).

>>> client = Client("http://127.0.0.1:8000")            # doctest: +SKIP
>>> client.healthz()["status"]                          # doctest: +SKIP
'ok'
"""

from __future__ import annotations

import http.client
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Dict, List, Optional

#: Seconds to wait for a reward or a run by default: a batch measures every distinct
#: program several times, so minutes are normal for a large one.
DEFAULT_TIMEOUT_S = 300.0
#: Seconds to wait for `GET /healthz`, which answers at once when the server is up.
HEALTH_TIMEOUT_S = 5.0
#: Longest wait honoured from a 503's `Retry-After`, in seconds.
MAX_RETRY_AFTER_S = 30.0


class AfterburnerError(Exception):
    """Anything that kept a request to the server from being answered."""


class Unreachable(AfterburnerError):
    """No server answers at the address (refused, unknown host, connection dropped)."""


class Timeout(AfterburnerError):
    """The server did not answer within the timeout."""


class Rejected(AfterburnerError):
    """The server refused the request as wrong (a 4xx); ``message`` says why."""

    def __init__(self, status: int, message: str, url: str):
        super().__init__(f"{url} answered {status}: {message}")
        self.status = status
        self.message = message


class ServerFailed(AfterburnerError):
    """The server failed (a 5xx, or an answer that is not the expected JSON)."""

    def __init__(self, status: int, message: str, url: str):
        super().__init__(f"{url} answered {status}: {message}")
        self.status = status
        self.message = message


def _is_loopback(host: Optional[str]) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    return host.startswith("127.") or host in ("::1", "[::1]")


class Client:
    """One server's native API.

    ``url`` is the server's base address (``http://host:port``); ``timeout`` the default
    seconds to wait for an answer; ``busy_retries`` how often a 503 (queue full) is
    retried after its ``Retry-After``. Safe to share between threads: every call opens
    its own connection.
    """

    def __init__(self, url: str, timeout: float = DEFAULT_TIMEOUT_S, busy_retries: int = 3):
        url = url.strip().rstrip("/")
        if "://" not in url:
            url = "http://" + url
        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ValueError(f"not a server address: {url!r} (expected http://host:port)")
        self.url = url
        self.timeout = float(timeout)
        self.busy_retries = busy_retries
        # A proxy set for the trainer's downloads must not carry calls to this machine.
        handlers = [urllib.request.ProxyHandler({})] if _is_loopback(parsed.hostname) else []
        self._opener = urllib.request.build_opener(*handlers)

    def __repr__(self) -> str:
        return f"Client({self.url!r})"

    def healthz(self, timeout: float = HEALTH_TIMEOUT_S) -> Dict[str, Any]:
        """`GET /healthz`: status, worker count, queue depth, problems loaded, version."""
        return self._request("GET", "/healthz", None, timeout)

    def reward(
        self, items: List[Dict[str, Any]], timeout: Optional[float] = None
    ) -> List[Dict[str, Any]]:
        """`POST /v1/reward`: one reward (with its parts) per item, in order.

        An item is a label (``problem_id`` or ``problem``, ``instruction``,
        ``language``, ``baseline_code`` or ``baseline_stats``) plus the ``completion``.
        """
        answer = self._request("POST", "/v1/reward", {"items": items}, timeout)
        rewards = answer.get("rewards") if isinstance(answer, dict) else None
        if not isinstance(rewards, list) or len(rewards) != len(items):
            raise ServerFailed(200, f"expected {len(items)} rewards, got {answer!r:.200}", self.url)
        return rewards

    def get_reward(
        self,
        query: List[str],
        prompts: List[str],
        labels: List[str],
        timeout: Optional[float] = None,
    ) -> Dict[str, Any]:
        """`POST /get_reward`, OpenRLHF's protocol: ``{"rewards", "scores", "extra_logs"}``."""
        body = {"query": query, "prompts": prompts, "labels": labels}
        return self._request("POST", "/get_reward", body, timeout)

    def run(self, request: Dict[str, Any], timeout: Optional[float] = None) -> Dict[str, Any]:
        """`POST /v1/runs`: one program (``language``, ``code``, ``stdin``, ``limits``, …)."""
        return self._request("POST", "/v1/runs", request, timeout)

    def evaluate(self, request: Dict[str, Any], timeout: Optional[float] = None) -> Dict[str, Any]:
        """`POST /v1/evaluate`: a solution judged on a problem and placed among its references."""
        return self._request("POST", "/v1/evaluate", request, timeout)

    def _request(
        self, method: str, path: str, body: Optional[Any], timeout: Optional[float]
    ) -> Any:
        timeout = self.timeout if timeout is None else float(timeout)
        url = self.url + path
        data = None if body is None else json.dumps(body).encode()
        deadline = time.monotonic() + timeout
        attempt = 0
        while True:
            attempt += 1
            request = urllib.request.Request(url, data=data, method=method)
            if data is not None:
                request.add_header("Content-Type", "application/json")
            try:
                with self._opener.open(request, timeout=timeout) as response:
                    raw = response.read()
                    status = response.status
                break
            except urllib.error.HTTPError as e:
                message = _error_message(e)
                if e.code == 503 and attempt <= self.busy_retries:
                    wait = _retry_after(e, deadline)
                    if wait is not None:
                        time.sleep(wait)
                        continue
                if 400 <= e.code < 500:
                    raise Rejected(e.code, message, url) from None
                raise ServerFailed(e.code, message, url) from None
            except urllib.error.URLError as e:
                if isinstance(e.reason, (socket.timeout, TimeoutError)):
                    raise Timeout(f"{url} did not answer within {timeout:g} s") from None
                raise Unreachable(f"{url} cannot be reached: {e.reason}") from None
            except (socket.timeout, TimeoutError):
                raise Timeout(f"{url} did not answer within {timeout:g} s") from None
            except (http.client.HTTPException, ConnectionError, OSError) as e:
                raise Unreachable(f"{url} closed the connection without an answer: {e}") from None
        try:
            return json.loads(raw)
        except ValueError:
            raise ServerFailed(status, f"not JSON: {raw[:200]!r}", url) from None


def _error_message(error: urllib.error.HTTPError) -> str:
    """The server's own message (`{"error": ...}`), else the body's start."""
    try:
        raw = error.read()
    except OSError:
        return error.reason or ""
    try:
        parsed = json.loads(raw)
        if isinstance(parsed, dict) and isinstance(parsed.get("error"), str):
            return parsed["error"]
    except ValueError:
        pass
    return raw[:500].decode("utf-8", "replace") or str(error.reason)


def _retry_after(error: urllib.error.HTTPError, deadline: float) -> Optional[float]:
    """Seconds to wait before retrying a 503, or None when the deadline comes first."""
    try:
        wait = float(error.headers.get("Retry-After", "1"))
    except (TypeError, ValueError):
        wait = 1.0
    wait = min(max(wait, 0.1), MAX_RETRY_AFTER_S)
    return wait if time.monotonic() + wait < deadline else None
