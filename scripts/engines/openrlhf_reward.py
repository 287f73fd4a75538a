"""OpenRLHF 0.11's reward paths against Afterburner, run by OpenRLHF's own code.

Rows are the exported TRL GRPO rows (``prompt`` messages, ``ground_truth`` label), read
the way OpenRLHF reads them with ``--data.input_key prompt --data.label_key
ground_truth --data.apply_chat_template``. For each row, OpenRLHF's
``SingleTurnAgentExecutor`` runs one rollout whose generation is supplied here (the
engine would be vLLM): the row's baseline in the answer format, then a wrong answer.
The executor decodes prompt + answer and asks for the reward exactly as in training:

* ``remote``: ``--reward.remote_url http://HOST:PORT/get_reward`` (one sample per POST)
* ``local``:  ``--reward.remote_url /path/afterburner/openrlhf.py`` (``reward_func``
  loaded from the file, called in a thread; it finds the server via AFTERBURNER_URL)

Prints one line per rollout and ``PASS``/``FAIL`` per path; exits 1 on any failure.
"""

import argparse
import asyncio
import json
import sys
from pathlib import Path
from types import SimpleNamespace

WRONG = "<thinking>Return nothing.</thinking>\n<solution>\n```python\nclass Solution:\n    pass\n```\n</solution>"


def answer(code: str, language: str) -> str:
    return f"<thinking>Keep the known solution.</thinking>\n<solution>\n```{language}\n{code.rstrip()}\n```\n</solution>"


class ScriptedEngine:
    """Stands in for OpenRLHF's vLLM engine: 'generates' the given text."""

    def __init__(self, tokenizer, text: str):
        self.ids = tokenizer(text + tokenizer.eos_token, add_special_tokens=False)["input_ids"]
        self.text = text

    async def generate(self, prompt_token_ids, sampling_params, multi_modal_data=None):
        out = SimpleNamespace(token_ids=self.ids, text=self.text, finish_reason="stop", logprobs=None)
        return SimpleNamespace(outputs=[out])


def first(value):
    """OpenRLHF keeps what the reward answered: a list of one for a one-sample request."""
    if isinstance(value, (list, tuple)):
        return float(value[0]) if value else None
    return None if value is None else float(value)


def run_path(name, executor, rows, tokenizer) -> bool:
    ok = True
    for prompt, label in rows:
        parsed = json.loads(label)
        good = answer(parsed["baseline_code"], parsed.get("language", "python"))
        results = {}
        for kind, text in (("baseline", good), ("wrong", WRONG)):
            params = SimpleNamespace(max_tokens=4096, logprobs=None)
            out = asyncio.run(
                executor.execute(prompt, label, params, max_length=8192, hf_tokenizer=tokenizer,
                                 llm_engine=ScriptedEngine(tokenizer, text))
            )
            logs = {k: first(v) for k, v in (out.get("extra_logs") or {}).items()}
            results[kind] = (first(out.get("reward")), first(out.get("scores")), logs)
            print(f"  {name} problem {parsed.get('problem_id')} {kind}: reward={results[kind][0]} "
                  f"score={results[kind][1]} extra_logs={logs}")
        (g, gs, glogs), (w, ws, wlogs) = results["baseline"], results["wrong"]
        problems = []
        if g is None or w is None:
            problems.append("no reward (OpenRLHF logged the failed request and left it None)")
        else:
            if glogs.get("error") or wlogs.get("error"):
                problems.append("the server could not judge an answer (error=1)")
            expected = 1.0 if parsed.get("baseline_stats", {}).get("passed", True) else 0.0
            if glogs.get("passed") != expected:
                problems.append(f"the baseline answer got passed={glogs.get('passed')}, its label says {expected}")
            if glogs.get("format") != 1.0:
                problems.append(f"the baseline answer, in the answer format, got format={glogs.get('format')} "
                                "(the query ends with the model's end-of-turn token, as OpenRLHF decodes it)")
            if wlogs.get("passed") != 0.0:
                problems.append("the wrong answer passed")
            if expected and not g > w:
                problems.append(f"baseline reward {g} is not above the wrong answer's {w}")
        if problems:
            ok = False
            print(f"  {name}: " + "; ".join(problems))
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", required=True, help="exported grpo_trl_<split>.jsonl")
    parser.add_argument("--model", required=True, help="model folder (its tokenizer and chat template)")
    parser.add_argument("--url", required=True, help="the afterburner serve address")
    parser.add_argument("--reward-py", required=True, help="python/afterburner/openrlhf.py")
    parser.add_argument("--limit", type=int, default=2, help="rows to use")
    parser.add_argument("--paths", default="remote,local")
    args = parser.parse_args()

    from datasets import load_dataset
    from transformers import AutoTokenizer

    from openrlhf.datasets.prompts_dataset import preprocess_data
    from openrlhf.utils.agent import SingleTurnAgentExecutor

    tokenizer = AutoTokenizer.from_pretrained(args.model)
    data = load_dataset("json", data_files=args.rows)["train"]
    rows = [
        preprocess_data(data[i], input_key="prompt", label_key="ground_truth",
                        apply_chat_template=tokenizer.apply_chat_template)
        for i in range(len(data))
    ]
    # Rows whose baseline passes first: their answer must then beat the wrong one.
    rows.sort(key=lambda r: not json.loads(r[1]).get("baseline_stats", {}).get("passed", False))
    rows = rows[: args.limit]
    if not rows:
        print(f"FAIL openrlhf: no rows in {args.rows}")
        return 1

    failed = 0
    for name in args.paths.split(","):
        if name == "remote":
            # OpenRLHF splits --reward.remote_url on commas into this list.
            executor = SingleTurnAgentExecutor(remote_rm_url=[args.url.rstrip("/") + "/get_reward"])
            what = "--reward.remote_url URL/get_reward, one sample per POST"
        elif name == "local":
            executor = SingleTurnAgentExecutor(remote_rm_url=[str(Path(args.reward_py).resolve())])
            what = "--reward.remote_url .../afterburner/openrlhf.py"
        else:
            print(f"FAIL openrlhf-{name}: unknown path (remote, local)")
            failed += 1
            continue
        ok = run_path(name, executor, rows, tokenizer)
        verdict = "PASS" if ok else "FAIL"
        print(f"{verdict} openrlhf-{name}: {what}: {len(rows)} rows x (baseline, wrong) through SingleTurnAgentExecutor")
        failed += not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
