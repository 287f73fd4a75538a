"""A reward function for TRL's ``GRPOTrainer``: the Afterburner reward of each completion.

TRL calls ``reward_func(prompts=..., completions=..., completion_ids=..., **columns)``
with one list entry per completion, every other dataset column as a list beside them
(the label column among them), and logs each reward function under its ``__name__``::

    from afterburner.trl import reward_func                  # __name__ "afterburner"
    trainer = GRPOTrainer(model=..., reward_funcs=reward_func, train_dataset=ds, ...)

    from afterburner.trl import make_reward_func             # or configured
    reward = make_reward_func(url="http://127.0.0.1:8000", label_column="label")

The label column (``ground_truth``, else ``label``, else verl's ``reward_model`` struct)
holds each row's label as a JSON string (see :mod:`afterburner.reward`). Completions
may be plain strings (standard format) or ``[{"role": "assistant", "content": ...}]``
(conversational). All completions of a step go to the server in ONE ``/v1/reward``
call, so identical programs in a group are measured once. Where TRL passes
``log_metric`` (1.x), the step's mean of each part is logged too: ``afterburner/format``,
``/pass``, ``/gain``, ``/passed``, ``/error``. Every completion gets a
float; one that cannot be judged gets the penalty (never an exception). Without
``url`` (or ``AFTERBURNER_URL``) the processes of all GPUs share one local server.
"""

from __future__ import annotations

from typing import Any, Callable, List, Optional

from afterburner import reward as _reward

#: Dataset columns looked in for the label, in this order.
LABEL_COLUMNS = ("ground_truth", "label", "labels", "reward_model")


def completion_text(completion: Any) -> str:
    """The text of one completion: a string, or the content of a list of messages."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, dict):
        return _content(completion.get("content"))
    if isinstance(completion, (list, tuple)):
        messages = [m for m in completion if isinstance(m, dict)]
        answers = [m for m in messages if m.get("role", "assistant") == "assistant"] or messages
        return "".join(_content(m.get("content")) for m in answers)
    raise TypeError(f"a completion is a string or a list of messages, not {type(completion).__name__}")


def _content(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # parts: [{"type": "text", "text": ...}, ...]
        return "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
    return str(content)


def _label(value: Any) -> Any:
    # verl-style rows keep it as reward_model.ground_truth.
    if isinstance(value, dict) and "ground_truth" in value and "instruction" not in value:
        return value["ground_truth"]
    return value


def _log_parts(log_metric: Any, name: str, rewards: List[dict]) -> None:
    # TRL (1.x) passes `log_metric(name, value)`: the step's mean of each reward part is
    # logged beside TRL's own `rewards/<name>/mean`, as `<name>/<part>`.
    if not callable(log_metric) or not rewards:
        return
    try:
        for part in _reward.SCALARS[1:]:
            log_metric(f"{name}/{part}", sum(r[part] for r in rewards) / len(rewards))
    except Exception as e:  # logging must never cost a reward
        _reward.warn("trl-log-metric", f"could not log the reward parts: {type(e).__name__}: {e}")


def make_reward_func(
    url: Optional[str] = None,
    dataset: Optional[str] = None,
    timeout: Optional[float] = None,
    label_column: Optional[str] = None,
    name: str = "afterburner",
) -> Callable[..., List[float]]:
    """A TRL reward function calling the server at `url` (else `AFTERBURNER_URL`, else
    the shared local server), reading labels from `label_column` (else the first of
    :data:`LABEL_COLUMNS` present), logged by TRL as `name`."""

    def reward_func(prompts=None, completions=None, completion_ids=None, **columns) -> List[float]:
        completions = list(completions or [])
        try:
            keys = [label_column] if label_column else [k for k in LABEL_COLUMNS if k in columns]
            if not keys or columns.get(keys[0]) is None:
                wanted = label_column or " or ".join(LABEL_COLUMNS)
                given = sorted(k for k in columns if k not in ("trainer_state", "log_extra", "log_metric"))
                reason = f"no label column {wanted} among the dataset's columns {given}"
                return [s["score"] for s in map(_reward.scalars, _reward.score([reason] * len(completions)))]
            labels = list(columns[keys[0]])
            items: List[_reward.Pending] = []
            for i, completion in enumerate(completions):
                try:
                    if i >= len(labels):
                        raise _reward.LabelError(f"completion {i} has no label ({len(labels)} labels)")
                    item = _reward.parse_label(_label(labels[i]))
                    item["completion"] = completion_text(completion)
                    items.append(item)
                except (_reward.LabelError, TypeError) as e:
                    items.append(str(e))
            rewards = [_reward.scalars(r) for r in _reward.score(items, url=url, dataset=dataset, timeout=timeout)]
            _log_parts(columns.get("log_metric"), name, rewards)
            return [r["score"] for r in rewards]
        except Exception as e:  # a reward must never stop training
            _reward.warn("trl-unexpected", f"unexpected {type(e).__name__}: {e}")
            return [_reward.PENALTY] * len(completions)

    reward_func.__name__ = name
    reward_func.__qualname__ = name
    return reward_func


#: The reward function with every setting from the environment; TRL logs it as
#: ``rewards/afterburner``.
reward_func = make_reward_func()
