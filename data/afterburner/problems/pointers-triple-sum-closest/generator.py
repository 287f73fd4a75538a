import random


def _case(nums, target):
    return f"{len(nums)} {target}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case([1, 2, 3, 5], 7),
        _case([-4, 10, 0, 2, -1], -100),
        _case([5, 5, 5], 0),
        _case([0, 0, 0, 0], 1),
        _case([-1, 2, 1, -4], 1),
        _case([10, 4, 0, 6], 12),
        _case([10**6, 10**6, 10**6, -10**6], 4 * 10**6),
        _case([-10**6, -10**6, -10**6, 3], -4 * 10**6),
        _case([1, 1, 1, 3, 3, 3], 6),
        _case([rng.randint(-30, 30) for _ in range(25)], rng.randint(-60, 60)),
        _case([rng.randint(-1000, 1000) * 2 for _ in range(300)], 3001),
    ]
    nums = [rng.randint(-10**6, 10**6) for _ in range(3000)]
    cases.append(_case(nums, 3 * 10**6 + 777))
    nums = [rng.randint(-5 * 10**5, 5 * 10**5) * 2 for _ in range(3000)]
    cases.append(_case(nums, 1))
    # Far beyond every sum: nothing ends a scan early.
    nums = [rng.randint(-10**6, 10**6) for _ in range(3000)]
    cases.append(_case(nums, -4 * 10**6))
    return cases
