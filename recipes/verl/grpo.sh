#!/usr/bin/env bash
# GRPO with verl 0.9 on ONE node, rewarded by Afterburner (the paper's settings).
#
# Assumes: one machine with 8 GPUs of 80 GB (H100/A100 class) for a 7B model, verl 0.9.1
# with vLLM (`pip install "verl[vllm]==0.9.1"`), the afterburner wheel (or this checkout
# on PYTHONPATH) in the same environment, the `afterburner` binary, and root (the sandbox
# makes namespaces and cgroups).
#
# Checked on a 2-core CPU machine without GPUs by `scripts/engines-check.sh verl`:
# every override below is composed onto verl 0.9.1's own `ppo_trainer` config with Hydra
# (an unknown key fails), verl's `validate_config` accepts the result, and verl's loader
# finds `compute_score` in afterburner/verl.py; the exported parquet loads with verl's
# RLHFDataset and verl's reward loop (naive manager, Ray workers) scores answers through
# the server. Training itself was not run here (it needs GPUs).
#
# Data: `afterburner export grpo --by-id --dataset MEASURED --out $DATA_DIR` writes
# grpo_train.parquet and grpo_test.parquet (prompt messages, reward_model.ground_truth =
# the JSON label).
#
# Where the reward runs: without AFTERBURNER_URL, verl's reward workers on this node share
# ONE local `afterburner serve` (started by the first worker, loading AFTERBURNER_DATASET;
# `python -m afterburner.server status|stop`). It runs one pinned worker per core it may
# use: leave it the cores the trainer does not need, e.g.
#   AFTERBURNER_SERVE_ARGS="--cpus 32-95"
# Or start `afterburner serve --bind 0.0.0.0:8000 --dataset MEASURED` yourself and set
# AFTERBURNER_URL=http://HOST:8000. recipes/verl/grpo_multinode.sh shows a CPU fleet.
#
# NNODES (default 1) is set by grpo_multinode.sh, which runs this script on a Ray cluster.
#
# Usage:  DATA_DIR=/data/afterburner-export MODEL=Qwen/Qwen2.5-Coder-7B-Instruct \
#         AFTERBURNER_DATASET=/data/measured.jsonl bash recipes/verl/grpo.sh [more overrides]
set -euo pipefail

DATA_DIR=${DATA_DIR:?set DATA_DIR to the folder afterburner export grpo wrote}
MODEL=${MODEL:-Qwen/Qwen2.5-Coder-7B-Instruct}
NGPUS=${NGPUS:-8}   # GPUs per node
NNODES=${NNODES:-1}
# Tensor parallel size of the vLLM rollout (a 7B model fits one GPU; 2 is faster at 8k tokens).
ROLLOUT_TP=${ROLLOUT_TP:-2}
PROJECT=${PROJECT:-afterburner}
EXPERIMENT=${EXPERIMENT:-grpo-$(basename "$MODEL")}
# The command that receives the overrides (the check substitutes a config validator).
VERL_LAUNCH=${VERL_LAUNCH:-python3 -m verl.trainer.main_ppo}

# The reward function file: the installed package's, else this checkout's.
REWARD_PY=${REWARD_PY:-$(python3 -c 'import afterburner.verl as m; print(m.__file__)' 2>/dev/null ||
    echo "$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/python/afterburner/verl.py")}

REWARD_KWARGS=()
# An explicit server for every reward worker (else the node's shared local server).
if [[ -n ${AFTERBURNER_URL:-} ]]; then
    REWARD_KWARGS+=("+reward.custom_reward_function.reward_kwargs.url=$AFTERBURNER_URL")
fi
if [[ -n ${AFTERBURNER_DATASET:-} ]]; then
    REWARD_KWARGS+=("+reward.custom_reward_function.reward_kwargs.dataset=$AFTERBURNER_DATASET")
fi

# shellcheck disable=SC2086  # VERL_LAUNCH is a command line
exec $VERL_LAUNCH \
    algorithm.adv_estimator=grpo \
    algorithm.use_kl_in_reward=False \
    data.train_files="$DATA_DIR/grpo_train.parquet" \
    data.val_files="$DATA_DIR/grpo_test.parquet" \
    data.train_batch_size=32 \
    data.max_prompt_length=2048 \
    data.max_response_length=8192 \
    data.filter_overlong_prompts=True \
    data.truncation=error \
    actor_rollout_ref.model.path="$MODEL" \
    actor_rollout_ref.model.use_remove_padding=True \
    actor_rollout_ref.model.enable_gradient_checkpointing=True \
    actor_rollout_ref.actor.optim.lr=1e-6 \
    actor_rollout_ref.actor.ppo_mini_batch_size=32 \
    actor_rollout_ref.actor.use_dynamic_bsz=True \
    actor_rollout_ref.actor.ppo_max_token_len_per_gpu=20480 \
    actor_rollout_ref.actor.use_kl_loss=False \
    actor_rollout_ref.actor.entropy_coeff=0 \
    actor_rollout_ref.actor.fsdp_config.param_offload=False \
    actor_rollout_ref.actor.fsdp_config.optimizer_offload=False \
    actor_rollout_ref.rollout.name=vllm \
    actor_rollout_ref.rollout.n=32 \
    actor_rollout_ref.rollout.temperature=1.0 \
    actor_rollout_ref.rollout.tensor_model_parallel_size="$ROLLOUT_TP" \
    actor_rollout_ref.rollout.gpu_memory_utilization=0.6 \
    reward.custom_reward_function.path="$REWARD_PY" \
    reward.custom_reward_function.name=compute_score \
    "${REWARD_KWARGS[@]}" \
    trainer.nnodes="$NNODES" \
    trainer.n_gpus_per_node="$NGPUS" \
    trainer.project_name="$PROJECT" \
    trainer.experiment_name="$EXPERIMENT" \
    trainer.logger='["console"]' \
    trainer.val_before_train=False \
    trainer.test_freq=10 \
    trainer.save_freq=20 \
    trainer.total_epochs=1 \
    "$@"
