"""Stands in for ``python3 -m verl.trainer.main_ppo``: composes and validates the config.

verl's GRPO training needs GPUs (the rollout is vLLM, SGLang or TensorRT-LLM), so on
a CPU machine a recipe is checked up to the point where training would start:

* the recipe's overrides composed onto verl's own ``ppo_trainer`` config with Hydra,
  exactly as ``main_ppo`` does (an unknown key is an error, as it is there);
* ``verl.utils.config.validate_config`` (batch sizes against GPU counts, …);
* the custom reward function loaded with verl's own loader
  (``verl.trainer.ppo.reward.get_custom_reward_fn``).

The recipes run it through their ``VERL_LAUNCH`` variable::

    VERL_LAUNCH="python3 scripts/engines/verl_config.py" bash recipes/verl/grpo.sh
"""

import os
import sys
from pathlib import Path


#: The name printed with PASS/FAIL (the check names one per recipe).
CHECK = os.environ.get("VERL_CHECK_NAME", "verl-config")


def main(overrides) -> int:
    import verl
    from hydra import compose, initialize_config_dir
    from omegaconf import OmegaConf

    from verl.trainer.ppo.reward import get_custom_reward_fn
    from verl.trainer.ppo.utils import need_critic, need_reference_policy
    from verl.utils.config import validate_config

    config_dir = Path(verl.__file__).parent / "trainer" / "config"
    name = Path(sys.argv[0]).name
    try:
        with initialize_config_dir(config_dir=str(config_dir), version_base=None):
            config = compose(config_name="ppo_trainer", overrides=list(overrides))
    except Exception as e:
        print(f"FAIL {CHECK}: Hydra refused the overrides: {type(e).__name__}: {e}")
        return 1
    print(f"{name}: composed ppo_trainer with {len(overrides)} overrides")

    try:
        validate_config(
            config=config,
            use_reference_policy=need_reference_policy(config),
            use_critic=need_critic(config),
        )
    except Exception as e:
        print(f"FAIL {CHECK}: validate_config: {type(e).__name__}: {e}")
        return 1

    shown = {
        "algorithm.adv_estimator": config.algorithm.adv_estimator,
        "algorithm.use_kl_in_reward": config.algorithm.use_kl_in_reward,
        "data.train_batch_size": config.data.train_batch_size,
        "data.max_prompt_length": config.data.max_prompt_length,
        "data.max_response_length": config.data.max_response_length,
        "actor.optim.lr": config.actor_rollout_ref.actor.optim.lr,
        "actor.use_kl_loss": config.actor_rollout_ref.actor.use_kl_loss,
        "rollout.name": config.actor_rollout_ref.rollout.name,
        "rollout.n": config.actor_rollout_ref.rollout.n,
        "rollout.temperature": config.actor_rollout_ref.rollout.temperature,
        "trainer.nnodes": config.trainer.nnodes,
        "trainer.n_gpus_per_node": config.trainer.n_gpus_per_node,
        "reward.num_workers": config.reward.num_workers,
        "reward.reward_manager.name": config.reward.reward_manager.name,
        "reward.custom_reward_function": OmegaConf.to_container(config.reward.custom_reward_function),
    }
    for key, value in shown.items():
        print(f"  {key} = {value}")

    problems = []
    if config.get("custom_reward_function") and any(v is not None for v in config.custom_reward_function.values()):
        problems.append("the old top-level custom_reward_function.* keys are set: main_ppo ignores them")
    try:
        fn = get_custom_reward_fn(config)
    except Exception as e:
        fn = None
        problems.append(f"verl could not load the reward function: {type(e).__name__}: {e}")
    else:
        if fn is None:
            problems.append("no reward.custom_reward_function.path: verl would use its built-in scores")
    if problems:
        print(f"FAIL {CHECK}: " + "; ".join(problems))
        return 1
    print(f"PASS {CHECK}: {len(overrides)} overrides exist in verl's ppo_trainer config, validate_config "
          f"accepts them, and verl's loader found {config.reward.custom_reward_function.name} in "
          f"{config.reward.custom_reward_function.path}")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:2] == ["-m", "verl.trainer.main_ppo"]:
        args = args[2:]
    sys.exit(main(args))
