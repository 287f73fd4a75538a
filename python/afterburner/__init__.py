"""Afterburner for Python: the GRPO reward of real runs for verl, TRL and OpenRLHF,
and a client of `afterburner serve`.

The package holds no logic of its own: it calls the server, or runs the `afterburner`
binary shipped in the same wheel (``python -m afterburner ...``). Standard library
only, so it installs beside any engine's pins of torch and transformers.

- :mod:`afterburner.verl` — ``compute_score`` for ``reward.custom_reward_function``
- :mod:`afterburner.trl` — ``reward_func`` for ``GRPOTrainer(reward_funcs=...)``
- :mod:`afterburner.openrlhf` — ``reward_func`` for ``--reward.remote_url <file>.py``
- :mod:`afterburner.client` — ``/v1/reward``, ``/v1/runs``, ``/v1/evaluate``, ``/healthz``
- :mod:`afterburner.server` — the one shared local server per machine
"""

from afterburner.client import (
    AfterburnerError,
    Client,
    Rejected,
    ServerFailed,
    Timeout,
    Unreachable,
)

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("afterburner")
except PackageNotFoundError:  # a source checkout
    __version__ = "0.1.0"

__all__ = [
    "AfterburnerError",
    "Client",
    "Rejected",
    "ServerFailed",
    "Timeout",
    "Unreachable",
    "__version__",
]
