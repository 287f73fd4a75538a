"""verl 0.9 calls `compute_score` by keyword, once per sample, from a thread pool; it reads
the result's keys from the batch's first sample."""

import importlib.util
import json
import logging
import socket
from concurrent.futures import ThreadPoolExecutor

from conftest import FAST, LABEL, PYTHON_DIR, WRONG, answer, closed_port_url

from afterburner.reward import PENALTY, SCALARS
from afterburner.verl import compute_score


def verl_call(solution_str, ground_truth=LABEL, **reward_kwargs):
    # Exactly the keywords verl's reward managers pass.
    return compute_score(
        data_source="afterburner",
        solution_str=solution_str,
        ground_truth=ground_truth,
        extra_info={"index": 0, "num_turns": 1, "rollout_reward_scores": {}},
        **reward_kwargs,
    )


def assert_shape(result):
    assert list(result) == list(SCALARS), result
    assert all(type(v) is float for v in result.values()), result


def test_a_fast_correct_answer_and_a_wrong_one_get_different_rewards(url):
    fast = verl_call(answer(FAST), url=url)
    wrong = verl_call(answer(WRONG), url=url)
    assert_shape(fast)
    assert_shape(wrong)
    assert fast["passed"] == 1.0 and fast["error"] == 0.0 and fast["pass"] == 0.5
    assert fast["format"] == 1.0 and fast["gain"] > 0.0
    assert wrong["passed"] == 0.0 and wrong["pass"] == -1.0 and wrong["error"] == 0.0
    assert fast["score"] > 0.45 > wrong["score"]


def test_the_file_works_loaded_by_path_as_verl_loads_it(url):
    spec = importlib.util.spec_from_file_location("custom_module", PYTHON_DIR / "afterburner" / "verl.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.compute_score(data_source="afterburner", solution_str=answer(FAST), ground_truth=LABEL, extra_info={}, url=url)
    assert result["passed"] == 1.0


def test_calls_from_a_thread_pool_each_get_their_own_reward(url):
    answers = [answer(FAST), answer(WRONG)] * 4
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda a: verl_call(a, url=url), answers))
    for result, text in zip(results, answers):
        assert_shape(result)
        assert result["error"] == 0.0
        assert result["passed"] == (1.0 if FAST in text else 0.0)


def test_the_label_may_come_parsed(url):
    assert verl_call(answer(FAST), ground_truth=json.loads(LABEL), url=url)["passed"] == 1.0


def test_an_unreachable_server_gives_the_penalty_and_says_so(caplog):
    with caplog.at_level(logging.WARNING, logger="afterburner"):
        result = verl_call(answer(FAST), url=closed_port_url())
    assert_shape(result)
    assert result["score"] == PENALTY and result["error"] == 1.0
    assert "cannot be reached" in caplog.text and "AFTERBURNER_URL" in caplog.text


def test_a_server_that_does_not_answer_in_time_gives_the_penalty(caplog):
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        host, port = silent.getsockname()
        with caplog.at_level(logging.WARNING, logger="afterburner"):
            result = verl_call(answer(FAST), url=f"http://{host}:{port}", timeout=0.5)
    assert result["score"] == PENALTY and result["error"] == 1.0
    assert "did not answer within 0.5 s" in caplog.text


def test_malformed_labels_give_the_penalty(url, caplog):
    not_ours = json.dumps({"problem_id": 88, "instruction": "time", "answer": "42", "baseline_code": FAST})
    with caplog.at_level(logging.WARNING, logger="afterburner"):
        for label in ["not json", "[1, 2]", None, not_ours]:
            result = verl_call(answer(FAST), ground_truth=label, url=url)
            assert_shape(result)
            assert result["score"] == PENALTY and result["error"] == 1.0, label
    assert "not JSON" in caplog.text and "refused" in caplog.text


def test_a_problem_id_without_a_loaded_set_is_an_error_not_a_score(url):
    label = json.dumps({"problem_id": 88, "instruction": "time", "language": "python", "baseline_code": FAST})
    result = verl_call(answer(FAST), ground_truth=label, url=url)
    assert result["score"] == PENALTY and result["error"] == 1.0

