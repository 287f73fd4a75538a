"""OpenRLHF's local reward function: ``--reward.remote_url /path/to/afterburner/openrlhf.py``.

OpenRLHF (0.11) loads ``reward_func`` from a ``--reward.remote_url`` value ending in
``.py`` and calls it, in a thread, with one sample at a time::

    reward_func([prompt + answer], [prompt], [label])

where the label is the row's ``--data.label_key`` value: the Afterburner label as a
JSON string (see :mod:`afterburner.reward`). It expects what its remote protocol
answers, and this function answers exactly that, computed by the server's own
``POST /get_reward`` (the answer is the query after its prompt)::

    {"rewards": [float, ...], "scores": [0.0 | 1.0, ...],
     "extra_logs": {"format": [...], "pass": [...], "gain": [...], "passed": [...], "error": [...]}}

Lists rather than torch tensors, so nothing here imports torch; OpenRLHF's remote path
turns the same lists into its tensors. ``scores`` (for dynamic filtering) is 1 when the
answer passed. Every sample gets a reward: when the server cannot be asked, the penalty
with ``error`` = 1 (OpenRLHF turns an exception into a missing reward that breaks
training later). The path of this file::

    python3 -c 'import afterburner.openrlhf as m; print(m.__file__)'

To call the server directly instead, give its address: ``--reward.remote_url
http://HOST:PORT/get_reward``. Here the address is ``AFTERBURNER_URL``, else the shared
local server (:mod:`afterburner.server`, which ``AFTERBURNER_DATASET`` configures).
"""

from __future__ import annotations

import json

try:
    from afterburner import reward as _reward
    from afterburner import server as _server
    from afterburner.client import AfterburnerError, Client, Unreachable
except ImportError:  # loaded by path from a checkout where the package is not installed
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from afterburner import reward as _reward
    from afterburner import server as _server
    from afterburner.client import AfterburnerError, Client, Unreachable

_LOGS = ("format", "pass", "gain", "passed", "error")


def _penalties(n: int) -> dict:
    logs = {key: [0.0] * n for key in _LOGS}
    logs["error"] = [1.0] * n
    return {"rewards": [_reward.PENALTY] * n, "scores": [0.0] * n, "extra_logs": logs}


def _text(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        return value.decode("utf-8", "replace")
    return json.dumps(value)


def reward_func(queries, prompts, labels, **kwargs) -> dict:
    """``{"rewards", "scores", "extra_logs"}`` for each (query, prompt, label); never raises."""
    queries = [_text(q) for q in queries]
    prompts = [_text(p) for p in (prompts or [])]
    labels = [_text(label) for label in (labels or [])]
    n = len(queries)
    timeout = _reward.timeout_of(kwargs.get("timeout"))
    url = kwargs.get("url")
    dataset = kwargs.get("dataset")
    where = "the reward server"
    try:
        target = where = _server.resolve_url(url, dataset)
        try:
            answer = Client(target, timeout=timeout).get_reward(queries, prompts, labels)
        except Unreachable:
            if url or not _server.is_local(target, dataset):
                raise
            _server.forget(dataset)
            target = where = _server.resolve_url(None, dataset)
            answer = Client(target, timeout=timeout).get_reward(queries, prompts, labels)
        rewards = answer.get("rewards") if isinstance(answer, dict) else None
        if not isinstance(rewards, list) or len(rewards) != n:
            raise AfterburnerError(f"{where} answered {n} samples with {answer!r:.200}")
        logs = answer.get("extra_logs") or {}
        errors = logs.get("error") or []
        if any(errors):
            _reward.warn(
                "openrlhf-error",
                f"{int(sum(errors))} of {n} sample(s) could not be judged (the label is not an "
                f"Afterburner label, or its problem is unknown); expected {_reward.LABEL_FORM}",
            )
        return {
            "rewards": [float(r) for r in rewards],
            "scores": [float(s) for s in answer.get("scores") or [0.0] * n],
            "extra_logs": {key: [float(v) for v in logs.get(key) or [0.0] * n] for key in _LOGS},
        }
    except Exception as e:  # OpenRLHF must get an answer for every sample
        _reward.warn(f"openrlhf:{where}", f"{e}: start `afterburner serve` or fix AFTERBURNER_URL; {n} sample(s) got the penalty {_reward.PENALTY} with error=1")
        return _penalties(n)
