"""verl 0.9's data and reward path on exported rows, run by verl's own code.

verl's rollout needs GPUs, so the answers are supplied here; everything else is verl's:

1. the config: verl's ``ppo_trainer`` composed with Hydra and the reward keys a recipe
   sets (``reward.custom_reward_function.path/name``, ``+...reward_kwargs.url``);
2. the data: the exported parquet read by ``create_rl_dataset`` (``RLHFDataset``, with
   the model's chat template and overlong-prompt filter) and batched by its
   ``collate_fn`` into a ``DataProto``;
3. the reward: ``RewardLoopManager`` (the trainer's reward loop) starts its Ray reward
   workers, each loads the reward function with verl's loader and scores its samples
   with the ``naive`` reward manager; ``extract_reward`` reads the scores and the parts.

Per row two answers: the row's baseline code in the answer format (it passes: about
+0.5 plus the format reward) and a wrong one (it fails). Prints PASS/FAIL; exits 1 on
failure.
"""

import argparse
import json
import sys
from pathlib import Path

WRONG = "<thinking>Return nothing.</thinking>\n<solution>\n```python\nclass Solution:\n    pass\n```\n</solution>"


def answer(code: str, language: str) -> str:
    return f"<thinking>Keep the known solution.</thinking>\n<solution>\n```{language}\n{code.rstrip()}\n```\n</solution>"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parquet", required=True, help="exported grpo_<split>.parquet")
    parser.add_argument("--model", required=True, help="model folder (tokenizer and chat template)")
    parser.add_argument("--url", required=True, help="the afterburner serve address")
    parser.add_argument("--reward-py", required=True, help="python/afterburner/verl.py")
    parser.add_argument("--limit", type=int, default=2, help="rows to score")
    parser.add_argument("--workers", type=int, default=2, help="reward.num_workers")
    args = parser.parse_args()

    import numpy as np
    import ray
    import torch
    import verl
    from hydra import compose, initialize_config_dir
    from tensordict import TensorDict
    from transformers import AutoTokenizer

    from verl import DataProto
    from verl.experimental.reward_loop.reward_loop import RewardLoopManager
    from verl.trainer.ppo.reward import extract_reward
    from verl.trainer.ppo.utils import create_rl_dataset
    from verl.utils.dataset.rl_dataset import collate_fn

    overrides = [
        f"data.train_files={args.parquet}",
        "data.max_prompt_length=2048",
        "data.filter_overlong_prompts=True",
        f"actor_rollout_ref.model.path={args.model}",
        f"reward.custom_reward_function.path={Path(args.reward_py).resolve()}",
        "reward.custom_reward_function.name=compute_score",
        f"+reward.custom_reward_function.reward_kwargs.url={args.url}",
        f"reward.num_workers={args.workers}",
    ]
    config_dir = Path(verl.__file__).parent / "trainer" / "config"
    with initialize_config_dir(config_dir=str(config_dir), version_base=None):
        config = compose(config_name="ppo_trainer", overrides=overrides)

    tokenizer = AutoTokenizer.from_pretrained(args.model)
    import pyarrow.parquet as pq

    stored = pq.read_table(args.parquet).num_rows
    dataset = create_rl_dataset([args.parquet], config.data, tokenizer, None, is_train=True)
    print(f"  RLHFDataset: {len(dataset)} of {stored} rows of {Path(args.parquet).name} "
          f"(max_prompt_length {config.data.max_prompt_length})")
    if len(dataset) != stored or not stored:
        print(f"FAIL verl-data: RLHFDataset kept {len(dataset)} of {stored} rows (too long or malformed prompts are dropped)")
        return 1
    first = dataset[0]
    for key in ("raw_prompt", "data_source", "reward_model", "extra_info"):
        if key not in first:
            print(f"FAIL verl-data: a dataset row has no {key!r}: {sorted(first)}")
            return 1
    print(f"  row 0: data_source={first['data_source']!r} extra_info={first['extra_info']} "
          f"prompt roles={[m['role'] for m in first['raw_prompt']]}")
    print(f"PASS verl-data: the exported parquet loads with verl's RLHFDataset ({len(dataset)} rows)")

    # Each row twice (baseline answer, wrong answer), as a rollout would return them.
    rows, texts, kinds = [], [], []
    labels = [json.loads(dataset[i]["reward_model"]["ground_truth"]) for i in range(len(dataset))]
    # Rows whose baseline passes first: their answer must then beat the wrong one.
    order = sorted(range(len(dataset)), key=lambda i: not labels[i].get("baseline_stats", {}).get("passed", False))
    for i in order[: args.limit]:
        label = labels[i]
        for kind, text in (("baseline", answer(label["baseline_code"], label.get("language", "python"))), ("wrong", WRONG)):
            rows.append(dataset[i])
            texts.append(text)
            problem_id = label.get("problem_id") or (label.get("problem") or {}).get("problem_id")
            kinds.append((problem_id, kind, label.get("baseline_stats", {}).get("passed", True)))
    batch = DataProto.from_single_dict(collate_fn(rows))

    prompts = [tokenizer.apply_chat_template(r["raw_prompt"], add_generation_prompt=True, tokenize=True) for r in rows]
    prompts = [p["input_ids"] if isinstance(p, dict) or hasattr(p, "keys") else p for p in prompts]
    responses = [tokenizer(t + tokenizer.eos_token, add_special_tokens=False)["input_ids"] for t in texts]
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    plen, rlen = max(map(len, prompts)), max(map(len, responses))
    prompt_ids = torch.full((len(rows), plen), pad, dtype=torch.long)
    response_ids = torch.full((len(rows), rlen), pad, dtype=torch.long)
    mask = torch.zeros((len(rows), plen + rlen), dtype=torch.long)
    for i, (p, r) in enumerate(zip(prompts, responses)):
        prompt_ids[i, plen - len(p):] = torch.tensor(p)  # prompts left-padded, answers right-padded
        response_ids[i, : len(r)] = torch.tensor(r)
        mask[i, plen - len(p): plen + len(r)] = 1
    batch.batch = TensorDict(
        {"prompts": prompt_ids, "responses": response_ids, "input_ids": torch.cat([prompt_ids, response_ids], 1),
         "attention_mask": mask},
        batch_size=len(rows),
    )

    ray.init(num_cpus=max(2, args.workers), include_dashboard=False, log_to_driver=True)
    try:
        manager = RewardLoopManager(config)
        scored = manager.compute_rm_score(batch)
    finally:
        ray.shutdown()
    reward_tensor, extra = extract_reward(scored)
    scores = reward_tensor.sum(-1).tolist()
    parts = {k: np.asarray(v, dtype=float).tolist() for k, v in extra.items()}

    problems = []
    for i, (problem_id, kind, baseline_passes) in enumerate(kinds):
        shown = {k: round(v[i], 4) for k, v in parts.items()}
        print(f"  problem {problem_id} {kind}: score={scores[i]:.4f} parts={shown}")
        if parts.get("error", [0] * len(kinds))[i]:
            problems.append(f"problem {problem_id} {kind}: the server could not judge it")
        if kind == "baseline" and parts.get("passed", [0] * len(kinds))[i] != float(baseline_passes):
            problems.append(f"problem {problem_id}: the baseline answer got passed={parts['passed'][i]}, its label says {baseline_passes}")
        if kind == "baseline" and parts.get("format", [0] * len(kinds))[i] != 1.0:
            problems.append(f"problem {problem_id}: the baseline answer got format {parts.get('format')[i]}")
        if kind == "wrong" and parts.get("passed", [1] * len(kinds))[i] != 0.0:
            problems.append(f"problem {problem_id}: the wrong answer passed")
    expected = {"score", "format", "pass", "gain", "passed", "error"}
    if set(parts) != expected:
        problems.append(f"reward parts {sorted(parts)}, expected {sorted(expected)}")
    for i in range(0, len(kinds), 2):
        if kinds[i][2] and not scores[i] > scores[i + 1]:
            problems.append(f"problem {kinds[i][0]}: baseline {scores[i]} not above wrong {scores[i + 1]}")
    if problems:
        print("FAIL verl-reward: " + "; ".join(problems))
        return 1
    print(f"PASS verl-reward: RewardLoopManager ({config.reward.num_workers} Ray workers, "
          f"{config.reward.reward_manager.name} manager) scored {len(kinds)} answers through "
          f"afterburner.verl.compute_score loaded by verl from {config.reward.custom_reward_function.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
