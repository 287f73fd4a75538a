#!/usr/bin/env bash
# GRPO with verl 0.9 on a Ray cluster of GPU nodes, rewarded by a fleet of CPU machines.
#
# Assumes: NNODES GPU nodes with 8 GPUs each, joined in one Ray cluster, each with verl
# 0.9.1 + vLLM and the afterburner Python package (the reward workers run on them); a
# set of CPU machines running `afterburner serve` as root; a private network between
# them (the servers speak plain HTTP).
#
# Checked on a 2-core CPU machine without GPUs by `scripts/engines-check.sh verl`, the
# same way as grpo.sh (this script passes its settings to grpo.sh): the overrides
# compose onto verl 0.9.1's `ppo_trainer` config and pass `validate_config`. No cluster
# was started here.
#
# 1. The measuring fleet, one server per CPU machine (one pinned worker per core):
#        afterburner serve --bind 0.0.0.0:8000
#    How many: a step judges 32 prompts x 32 answers = 1024 programs; each distinct one
#    runs once for its verdict and a passing one `--reward-runs` (3) times in all, and so
#    does each distinct baseline. Reward time per step is about
#        (distinct programs x runs x seconds per run) / total cores,
#    e.g. 1024 x 3 x 0.5 s / 64 cores = 24 s. Give the fleet enough cores that this stays
#    well under the rollout time, and keep those machines otherwise idle (measurements
#    share nothing with the trainer).
# 2. The reward front end, ONE per cluster (it judges and scores; the fleet measures):
#        afterburner serve --bind 0.0.0.0:8100 --dataset /data/measured.jsonl \
#            --monolith http://cpu-1:8000,http://cpu-2:8000,...
#    It may run on a CPU machine or the head node; verl's reward workers on every node
#    call it (AFTERBURNER_URL below), so no node starts a local server.
# 3. The Ray cluster: on the head node `ray start --head --port=6379`, on every other
#    GPU node `ray start --address=HEAD:6379`. Then, on the head node:
#        NNODES=4 DATA_DIR=/shared/afterburner-export AFTERBURNER_URL=http://frontend:8100 \
#            bash recipes/verl/grpo_multinode.sh [more overrides]
#    DATA_DIR and the model must be readable from every node (shared storage or copies).
set -euo pipefail

: "${NNODES:?set NNODES to the number of GPU nodes in the Ray cluster}"
: "${AFTERBURNER_URL:?set AFTERBURNER_URL to the reward front end (afterburner serve --monolith ...)}"
export NNODES AFTERBURNER_URL
export NGPUS=${NGPUS:-8}

# More reward workers (Ray actors, spread over the nodes) keep more requests in flight
# to the front end; each one sends its samples as soon as their generation ends.
exec bash "$(dirname "${BASH_SOURCE[0]}")/grpo.sh" \
    reward.num_workers=$((8 * NNODES)) \
    "$@"
