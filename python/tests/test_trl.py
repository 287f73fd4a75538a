"""TRL's GRPOTrainer calls `reward_func(prompts=, completions=, completion_ids=, **columns)`
with lists, and logs the function by its `__name__`."""

import json

from conftest import FAST, LABEL, PROMPT, WRONG, answer, closed_port_url

from afterburner import client
from afterburner.reward import PENALTY
from afterburner.trl import make_reward_func, reward_func


def count_calls(monkeypatch):
    calls = []
    original = client.Client.reward

    def counted(self, items, timeout=None):
        calls.append(len(items))
        return original(self, items, timeout)

    monkeypatch.setattr(client.Client, "reward", counted)
    return calls


def test_conversational_completions_are_read_by_content_in_one_call(url, monkeypatch):
    calls = count_calls(monkeypatch)
    reward = make_reward_func(url=url)
    prompts = [[{"role": "user", "content": "Make it faster."}]] * 3
    completions = [
        [{"role": "assistant", "content": answer(FAST)}],
        [{"role": "assistant", "content": answer(WRONG)}],
        [{"role": "assistant", "content": answer(FAST)}],
    ]
    rewards = reward(
        prompts=prompts,
        completions=completions,
        completion_ids=[[1, 2], [3, 4], [1, 2]],
        ground_truth=[LABEL] * 3,
        trainer_state=None,
    )
    assert calls == [3], "one /v1/reward call for the whole batch"
    assert all(type(r) is float for r in rewards)
    assert len(rewards) == 3
    assert rewards[0] == rewards[2]
    assert rewards[0] > 0.45 > rewards[1], rewards


def test_standard_string_completions(url, monkeypatch):
    monkeypatch.setenv("AFTERBURNER_URL", url)
    rewards = reward_func(
        prompts=[PROMPT, PROMPT],
        completions=[answer(WRONG), answer(FAST)],
        completion_ids=[[5], [6]],
        label=[LABEL, LABEL],
    )
    assert rewards[1] > 0.45 > rewards[0]


def test_it_is_logged_under_its_name():
    assert reward_func.__name__ == "afterburner"
    assert make_reward_func(name="speed").__name__ == "speed"


def test_a_bad_label_costs_only_its_own_completion(url):
    not_ours = json.dumps({"problem_id": 1, "instruction": "time", "answer": "42", "baseline_code": FAST})
    rewards = make_reward_func(url=url)(
        prompts=[PROMPT] * 3,
        completions=[answer(FAST), answer(FAST), answer(FAST)],
        completion_ids=[[1]] * 3,
        ground_truth=[LABEL, "nope", not_ours],
    )
    assert rewards[0] > 0.45
    assert rewards[1:] == [PENALTY, PENALTY]


def test_verl_style_rows_and_missing_labels(url):
    reward = make_reward_func(url=url)
    rewards = reward(prompts=[PROMPT], completions=[answer(FAST)], completion_ids=[[1]], reward_model=[{"ground_truth": LABEL, "style": "rule"}])
    assert rewards[0] > 0.45
    assert reward(prompts=[PROMPT], completions=[answer(FAST)], completion_ids=[[1]], answer=["x"]) == [PENALTY]


def test_an_unreachable_server_gives_every_completion_the_penalty():
    rewards = make_reward_func(url=closed_port_url())(
        prompts=[PROMPT] * 2, completions=[answer(FAST), answer(WRONG)], completion_ids=[[1], [2]], ground_truth=[LABEL] * 2
    )
    assert rewards == [PENALTY, PENALTY]
