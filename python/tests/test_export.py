"""Rows written by `afterburner export grpo`, read as the engines read them and scored by
our adapters exactly as the engines call them: the chain from our data to our reward."""

import json
import subprocess

import pyarrow.parquet as pq
import pytest

from conftest import FAST, RECORD, SLOW, WRONG, answer, binary, start_server

from afterburner.trl import make_reward_func
from afterburner.verl import compute_score


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    """A measured dataset: the shared problem with stored figures for three solutions."""
    record = dict(RECORD)
    record["solutions"] = [
        {"code": FAST, "passed": True, "time": 20.0, "memory": 9000.0, "integral": 180000.0, "status": "passed"},
        {"code": SLOW, "passed": True, "time": 300.0, "memory": 9100.0, "integral": 2730000.0, "status": "passed"},
        {"code": WRONG, "passed": False, "status": "wrong_answer"},
    ]
    path = tmp_path_factory.mktemp("measured") / "measured.jsonl"
    path.write_text(json.dumps(record) + "\n")
    return path


def export(measured, out, *args):
    subprocess.run(
        [binary(), "export", "grpo", "--dataset", str(measured), "--out", str(out), "--test-fraction", "0", *args],
        check=True,
        capture_output=True,
    )


def test_verl_rows_score_through_compute_score(measured, tmp_path, url):
    export(measured, tmp_path)
    rows = pq.read_table(tmp_path / "grpo_train.parquet").to_pylist()
    assert [r["extra_info"]["instruction"] for r in rows] == ["time", "memory", "integral"]
    for row in rows:
        assert isinstance(row["prompt"], list) and row["prompt"][-1]["role"] == "user"
        good = compute_score(
            data_source=row["data_source"],
            solution_str=answer(FAST),
            ground_truth=row["reward_model"]["ground_truth"],
            extra_info=row["extra_info"],
            url=url,
        )
        bad = compute_score(
            data_source=row["data_source"],
            solution_str=answer(WRONG),
            ground_truth=row["reward_model"]["ground_truth"],
            extra_info=row["extra_info"],
            url=url,
        )
        assert good["error"] == 0.0 and good["passed"] == 1.0, good
        assert bad["passed"] == 0.0 and bad["score"] < good["score"], (good, bad)


def test_trl_rows_by_id_score_against_a_server_with_the_dataset(measured, tmp_path):
    export(measured, tmp_path, "--format", "trl", "--by-id", "--instruction", "time")
    rows = [json.loads(line) for line in (tmp_path / "grpo_trl_train.jsonl").read_text().splitlines()]
    process, url = start_server("--dataset", str(measured))
    try:
        reward = make_reward_func(url=url)
        columns = {key: [row[key] for row in rows] * 2 for key in rows[0] if key != "prompt"}
        scores = reward(
            prompts=[row["prompt"] for row in rows] * 2,
            completions=[[{"role": "assistant", "content": answer(code)}] for code in (FAST, WRONG)],
            completion_ids=[[1], [2]],
            **columns,
        )
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert len(scores) == 2
    assert scores[0] > 0 > scores[1], scores
