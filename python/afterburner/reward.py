"""The path every engine adapter shares: labels to items, one `/v1/reward` call, and a
penalty instead of an exception whenever an answer cannot be judged.

A label (verl's ``ground_truth``, TRL's ``ground_truth``/``label`` column, OpenRLHF's
label) is the reward item without ``completion``: ``problem_id`` or ``problem``,
``instruction``, ``language``, ``baseline_code`` or ``baseline_stats``, and optionally
``meta`` — as a JSON string (or an already parsed object). The reward itself is
computed by the server; nothing here judges anything.

Training must not stop because a reward could not be had, and a fault of ours must
never look like a good answer: an unreachable or slow server, a malformed label or an
item the server cannot judge gets :data:`PENALTY` with ``error`` set, and a warning on
stderr (through :mod:`logging`, at most once a minute per cause) says what to fix.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

from afterburner import server
from afterburner.client import (
    DEFAULT_TIMEOUT_S,
    AfterburnerError,
    Client,
    Rejected,
    Timeout,
    Unreachable,
)

#: The score of an answer that cannot be judged: the server's own penalty (what a
#: failing answer to a failing baseline earns, 0.5 × −0.5), used here when the server
#: cannot even be asked.
PENALTY = -0.25

#: The scalar parts every adapter reports, always all of them (verl reads the keys of
#: a batch's first sample and expects them on every other).
SCALARS = ("score", "format", "pass", "gain", "passed", "error")

log = logging.getLogger("afterburner")

_warned: Dict[str, Tuple[float, int]] = {}
_warned_lock = threading.Lock()
#: Seconds between two warnings of the same cause.
WARN_EVERY_S = 60.0


def warn(cause: str, message: str) -> None:
    """Logs `message` now, or once `WARN_EVERY_S` has passed since its `cause` last was."""
    now = time.monotonic()
    with _warned_lock:
        last, suppressed = _warned.get(cause, (None, 0))
        if last is not None and now - last < WARN_EVERY_S:
            _warned[cause] = (last, suppressed + 1)
            return
        _warned[cause] = (now, 0)
    more = f" ({suppressed} more like this in the last minute)" if suppressed else ""
    log.warning("afterburner reward: %s%s", message, more)


class LabelError(ValueError):
    """A label that is not an Afterburner reward label."""


LABEL_FORM = (
    "a JSON object with problem_id or problem, instruction (time|memory|integral), "
    "language, baseline_code and/or baseline_stats, optionally case_multiplier (extra fields only under \"meta\")"
)


def parse_label(label: Any) -> Dict[str, Any]:
    """The label as an item without its completion. Raises :class:`LabelError`."""
    if isinstance(label, (bytes, bytearray)):
        label = label.decode("utf-8", "replace")
    if isinstance(label, str):
        try:
            label = json.loads(label)
        except ValueError as e:
            raise LabelError(f"the label is not JSON ({e}); expected {LABEL_FORM}: {label[:120]!r}") from None
    elif label is not None and not isinstance(label, dict) and hasattr(label, "keys"):
        label = dict(label)  # a mapping type of the engine's (Arrow struct, OmegaConf)
    if not isinstance(label, dict):
        raise LabelError(f"the label is {type(label).__name__}, expected {LABEL_FORM}")
    return dict(label)


def penalized(reason: str) -> Dict[str, Any]:
    """A reward in the server's form for an answer that could not be judged."""
    return {
        "score": PENALTY,
        "format": 0.0,
        "pass": 0.0,
        "gain": 0.0,
        "gain_weight": 0.0,
        "length": 0.0,
        "has_code": False,
        "baseline": None,
        "candidate": None,
        "reason": None,
        "error": reason,
    }


def scalars(rewarded: Dict[str, Any]) -> Dict[str, float]:
    """The reward's scalar parts as floats, the same keys every time (see :data:`SCALARS`)."""

    def number(key: str) -> float:
        value = rewarded.get(key)
        try:
            return float(value) if value is not None else 0.0
        except (TypeError, ValueError):
            return 0.0

    candidate = rewarded.get("candidate")
    passed = isinstance(candidate, dict) and candidate.get("verdict") == "passed"
    return {
        "score": number("score") if rewarded.get("score") is not None else PENALTY,
        "format": number("format"),
        "pass": number("pass"),
        "gain": number("gain"),
        "passed": 1.0 if passed else 0.0,
        "error": 1.0 if rewarded.get("error") else 0.0,
    }


def timeout_of(timeout: Optional[float]) -> float:
    if timeout is not None:
        return float(timeout)
    configured = os.environ.get("AFTERBURNER_TIMEOUT")
    try:
        return float(configured) if configured else DEFAULT_TIMEOUT_S
    except ValueError:
        warn("timeout-env", f"AFTERBURNER_TIMEOUT={configured!r} is not a number of seconds; using {DEFAULT_TIMEOUT_S:g}")
        return DEFAULT_TIMEOUT_S


#: An item to send, or the reason it cannot be sent.
Pending = Union[Dict[str, Any], str]


def score(
    items: Sequence[Pending],
    url: Optional[str] = None,
    dataset: Optional[str] = None,
    timeout: Optional[float] = None,
) -> List[Dict[str, Any]]:
    """One reward (the server's dict) per item, in order, in one `/v1/reward` call.

    Never raises: whatever keeps an item from being judged gives it :func:`penalized`.
    """
    out: List[Optional[Dict[str, Any]]] = [None] * len(items)
    sendable: List[Tuple[int, Dict[str, Any]]] = []
    for i, item in enumerate(items):
        if isinstance(item, str):
            warn("label", f"{item}; the answer got the penalty {PENALTY} with error=1")
            out[i] = penalized(item)
        else:
            sendable.append((i, item))
    if sendable:
        judged = _call([item for _, item in sendable], url, dataset, timeout_of(timeout))
        for (i, _), rewarded in zip(sendable, judged):
            out[i] = rewarded
    return out  # type: ignore[return-value]


def _call(
    items: List[Dict[str, Any]], url: Optional[str], dataset: Optional[str], timeout: float
) -> List[Dict[str, Any]]:
    where = "the reward server"
    try:
        target = server.resolve_url(url, dataset)
        where = target
        try:
            rewards = Client(target, timeout=timeout).reward(items)
        except Unreachable:
            if url or not server.is_local(target, dataset):
                raise
            # The shared local server went away: find (or start) it again, once.
            server.forget(dataset)
            target = where = server.resolve_url(None, dataset)
            rewards = Client(target, timeout=timeout).reward(items)
    except Rejected as e:
        if len(items) > 1:
            # One bad item refuses the whole batch: judge them one by one instead, so
            # only the bad one gets the penalty.
            return [_call([item], url, dataset, timeout)[0] for item in items]
        return _fail(items, "rejected", f"{where} refused the item: {e.message}; expected {LABEL_FORM} plus the completion")
    except Timeout as e:
        return _fail(items, f"timeout:{where}", f"{e}: raise the timeout (url/timeout kwargs or AFTERBURNER_TIMEOUT, now {timeout:g} s) or give the server more cores")
    except Unreachable as e:
        return _fail(items, f"unreachable:{where}", f"{e}: start `afterburner serve`, or fix the address (url kwarg / AFTERBURNER_URL)")
    except AfterburnerError as e:
        return _fail(items, f"failed:{where}", str(e))
    except Exception as e:  # never let a reward stop training
        return _fail(items, "unexpected", f"unexpected {type(e).__name__}: {e}")
    for rewarded in rewards:
        if isinstance(rewarded, dict) and rewarded.get("error"):
            warn(f"judge:{rewarded['error'][:60]}", f"the server could not judge an answer: {rewarded['error']}; it got the penalty {PENALTY} with error=1")
    return [r if isinstance(r, dict) else penalized(f"not a reward: {r!r:.100}") for r in rewards]


def _fail(items: List[Dict[str, Any]], cause: str, message: str) -> List[Dict[str, Any]]:
    warn(cause, f"{message}; {len(items)} answer(s) got the penalty {PENALTY} with error=1")
    return [penalized(message) for _ in items]
