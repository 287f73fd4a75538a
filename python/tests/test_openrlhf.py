"""OpenRLHF 0.11 loads `reward_func` from the `.py` given as `--reward.remote_url` and calls
`reward_func(queries, prompts, labels)` (query = prompt + answer), one sample at a time."""

import importlib.util

from conftest import FAST, LABEL, PROMPT, PYTHON_DIR, WRONG, answer, closed_port_url

from afterburner.reward import PENALTY

LOGS = ["format", "pass", "gain", "passed", "error"]


def load_as_openrlhf_does():
    spec = importlib.util.spec_from_file_location("reward_func", PYTHON_DIR / "afterburner" / "openrlhf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.reward_func


def test_one_sample_as_openrlhf_sends_it(url, monkeypatch):
    monkeypatch.setenv("AFTERBURNER_URL", url)
    reward_func = load_as_openrlhf_does()
    fast = reward_func([PROMPT + answer(FAST)], [PROMPT], [LABEL])
    wrong = reward_func([PROMPT + answer(WRONG)], [PROMPT], [LABEL])
    assert set(fast) == {"rewards", "scores", "extra_logs"}
    assert sorted(fast["extra_logs"]) == sorted(LOGS)
    assert fast["rewards"][0] > 0.45 > wrong["rewards"][0]
    assert fast["scores"] == [1.0] and wrong["scores"] == [0.0]
    assert fast["extra_logs"]["error"] == [0.0]


def test_a_batch_with_a_bad_label_answers_every_sample(url, monkeypatch):
    monkeypatch.setenv("AFTERBURNER_URL", url)
    out = load_as_openrlhf_does()(
        [PROMPT + answer(FAST), PROMPT + "hmm", "anything"], [PROMPT, PROMPT, "x"], [LABEL, LABEL, "not a label"]
    )
    assert len(out["rewards"]) == 3
    assert out["rewards"][2] == PENALTY
    assert out["extra_logs"]["error"] == [0.0, 0.0, 1.0]
    assert all(len(v) == 3 for v in out["extra_logs"].values())


def test_an_unreachable_server_gives_the_penalty(monkeypatch):
    monkeypatch.setenv("AFTERBURNER_URL", closed_port_url())
    out = load_as_openrlhf_does()([PROMPT + answer(FAST)], [PROMPT], [LABEL])
    assert out["rewards"] == [PENALTY] and out["scores"] == [0.0]
    assert out["extra_logs"]["error"] == [1.0]
    assert sorted(out["extra_logs"]) == sorted(LOGS)
