"""GRPO with TRL's GRPOTrainer on exported rows, rewarded by Afterburner.

Assumes: TRL 1.16 (`pip install trl==1.16.0`), the afterburner Python package (the
wheel, or this checkout's `python/` on PYTHONPATH), and a reward server: AFTERBURNER_URL,
else one local `afterburner serve` shared by every process of the run (it loads
AFTERBURNER_DATASET, needed for rows exported with `--by-id`). The defaults are GPU
settings for a 1.5B–7B model (bf16, gradient checkpointing); launch on several GPUs
with `accelerate launch recipes/trl/grpo.py ...`.

Checked on a 2-core CPU machine without GPUs by `scripts/engines-check.sh trl`: this
script with `--cpu` trains SmolLM2-135M-Instruct (from its GGUF) for 3 steps on exported
rows, every completion rewarded through `afterburner.trl.reward_func` by a real server.
The GPU defaults were not run here.

Data: `afterburner export grpo --dataset MEASURED --out DIR --format trl [--by-id]`
writes grpo_trl_<split>.jsonl: `prompt` (system + user messages), `ground_truth` (the
JSON label TRL hands the reward function), and metadata columns.

    python recipes/trl/grpo.py --data DIR/grpo_trl_train.jsonl --model Qwen/Qwen2.5-Coder-1.5B-Instruct
    python recipes/trl/grpo.py --data ... --model DIR --gguf-file M.gguf --cpu --max-steps 3   # a smoke run
"""

import argparse
import json
import math
import sys


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", required=True, help="grpo_trl_<split>.jsonl from `afterburner export grpo --format trl`")
    p.add_argument("--model", required=True, help="hub id or folder (with --gguf-file: the folder holding it)")
    p.add_argument("--gguf-file", help="load this GGUF file from --model, dequantized to float")
    p.add_argument("--output-dir", default="runs/trl-grpo")
    p.add_argument("--cpu", action="store_true", help="train on CPU: float32, no gradient checkpointing")
    p.add_argument("--max-steps", type=int, default=-1, help="stop after this many steps (default: --epochs)")
    p.add_argument("--epochs", type=float, default=1.0)
    p.add_argument("--limit", type=int, help="use only the first N rows")
    p.add_argument("--num-generations", type=int, default=8, help="answers per prompt (the GRPO group)")
    p.add_argument("--batch-size", type=int, default=8, help="per-device train batch size (completions)")
    p.add_argument("--grad-accum", type=int, default=4)
    p.add_argument("--max-completion-length", type=int, default=4096)
    p.add_argument("--temperature", type=float, default=1.0)
    p.add_argument("--lr", type=float, default=1e-6)
    p.add_argument("--beta", type=float, default=0.0, help="KL coefficient (0: no reference model)")
    p.add_argument("--seed", type=int, default=0)
    return p.parse_args(argv)


def load_model(args):
    import transformers
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if args.gguf_file:
        # Without dequantize=True, transformers 5 marks a GGUF model quantized and
        # GRPOTrainer refuses to train it.
        extra = {"gguf_file": args.gguf_file, "quantization_config": transformers.GgufConfig(dequantize=True)}
        tokenizer = AutoTokenizer.from_pretrained(args.model, gguf_file=args.gguf_file)
    else:
        extra = {} if args.cpu else {"dtype": "bfloat16"}
        tokenizer = AutoTokenizer.from_pretrained(args.model)
    model = AutoModelForCausalLM.from_pretrained(args.model, **extra)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model, tokenizer


class PrintRewards:
    """One line per logged step: the reward's mean and std and the means of its parts."""

    def __init__(self):
        from transformers import TrainerCallback

        class _Callback(TrainerCallback):
            def on_log(self, args, state, control, logs=None, **kwargs):
                logs = logs or {}
                if "reward" not in logs:
                    return
                parts = {k.split("/", 1)[1]: v for k, v in logs.items() if k.startswith("afterburner/")}
                line = {"step": state.global_step, "reward_mean": logs.get("reward"),
                        "reward_std": logs.get("reward_std"), "parts": parts}
                print("afterburner-step " + json.dumps(line), flush=True)

        self.callback = _Callback()


def main(argv=None) -> int:
    args = parse_args(argv)
    from datasets import load_dataset
    from trl import GRPOConfig, GRPOTrainer

    from afterburner.trl import reward_func

    dataset = load_dataset("json", data_files=args.data)["train"]
    if args.limit:
        dataset = dataset.select(range(min(args.limit, len(dataset))))
    if "ground_truth" not in dataset.column_names or "prompt" not in dataset.column_names:
        print(f"{args.data}: expected the columns prompt and ground_truth, found {dataset.column_names}", file=sys.stderr)
        return 2

    model, tokenizer = load_model(args)
    config = GRPOConfig(
        output_dir=args.output_dir,
        use_cpu=args.cpu,
        bf16=not args.cpu,
        fp16=False,
        gradient_checkpointing=not args.cpu,
        num_generations=args.num_generations,
        per_device_train_batch_size=args.batch_size,
        gradient_accumulation_steps=1 if args.cpu else args.grad_accum,
        max_completion_length=args.max_completion_length,
        temperature=args.temperature,
        learning_rate=args.lr,
        beta=args.beta,
        num_train_epochs=args.epochs,
        max_steps=args.max_steps,
        logging_steps=1,
        report_to=[],
        save_strategy="no",
        seed=args.seed,
    )
    trainer = GRPOTrainer(
        model=model,
        processing_class=tokenizer,
        reward_funcs=reward_func,
        train_dataset=dataset,
        args=config,
        callbacks=[PrintRewards().callback],
    )
    trainer.train()
    steps = trainer.state.global_step
    rewards = [h["reward"] for h in trainer.state.log_history if "reward" in h]
    if not rewards or any(r is None or math.isnan(r) for r in rewards):
        print(f"afterburner-done steps={steps}: no reward logged", flush=True)
        return 1
    print(f"afterburner-done steps={steps} rewards={rewards}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
