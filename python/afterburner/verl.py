"""verl's custom reward function: the Afterburner reward of each answer, from the server.

verl (0.9) loads this file by path and calls ``compute_score`` once per sample, by
keyword, from a thread pool in each of its reward workers::

    python3 -m verl.trainer.main_ppo ... \\
        reward.custom_reward_function.path=$(python3 -c 'import afterburner.verl as m; print(m.__file__)') \\
        reward.custom_reward_function.name=compute_score \\
        +reward.custom_reward_function.reward_kwargs.url=http://127.0.0.1:8000   # optional

Use these ``reward.custom_reward_function.*`` keys: ``main_ppo`` still accepts the old
top-level ``custom_reward_function.*`` keys and silently ignores them. Without ``url``
(or ``AFTERBURNER_URL``) every worker on a node shares one local ``afterburner serve``
(see :mod:`afterburner.server`); ``+reward.custom_reward_function.reward_kwargs.dataset=D``
(or ``AFTERBURNER_DATASET``) makes it load the problem set that labels name by
``problem_id``, and ``...reward_kwargs.timeout=S`` sets the seconds to wait.

Each row's ``reward_model.ground_truth`` is its label as a JSON string (see
:mod:`afterburner.reward`); ``data_source`` and ``extra_info`` are not used.
"""

from __future__ import annotations

try:
    from afterburner import reward as _reward
except ImportError:  # loaded by path from a checkout where the package is not installed
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from afterburner import reward as _reward

_KWARGS = ("url", "dataset", "timeout")


def compute_score(data_source=None, solution_str=None, ground_truth=None, extra_info=None, **reward_kwargs):
    """The reward of one answer as ``{"score", "format", "pass", "gain", "passed", "error"}``.

    All values are floats and the keys are the same every time (verl reads them from a
    batch's first sample). Never raises: an answer that cannot be judged (server
    unreachable or too slow, malformed label) gets the penalty with ``error`` = 1.0.
    """
    try:
        unknown = sorted(set(reward_kwargs) - set(_KWARGS))
        if unknown:
            _reward.warn("verl-kwargs", f"ignoring reward_kwargs {unknown}: only {list(_KWARGS)} are known")
        try:
            item = _reward.parse_label(ground_truth)
            item["completion"] = "" if solution_str is None else str(solution_str)
        except _reward.LabelError as e:
            item = str(e)
        [rewarded] = _reward.score(
            [item],
            url=reward_kwargs.get("url"),
            dataset=reward_kwargs.get("dataset"),
            timeout=reward_kwargs.get("timeout"),
        )
        return _reward.scalars(rewarded)
    except Exception as e:  # a reward must never fail the training step
        _reward.warn("verl-unexpected", f"unexpected {type(e).__name__}: {e}")
        return _reward.scalars(_reward.penalized(str(e)))
