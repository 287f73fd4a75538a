import random


def _case(nums, m):
    return f"{len(nums)} {m}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case([4, 1, 7, 3, 2, 6], 3),
        _case([5, 0, 5], 3),
        _case([0], 1),
        _case([10**9], 1),
        _case([0, 0, 0, 0], 2),
        _case([3, 3, 3, 3, 3], 1),
        _case([3, 3, 3, 3, 3], 5),
        _case([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4),
        _case([10**9] * 8, 3),
        _case([rng.randint(0, 20) for _ in range(30)], rng.randint(1, 30)),
        _case([rng.randint(0, 10**6) for _ in range(3000)], 40),
    ]
    n = 100000
    cases.append(_case([rng.randint(0, 10**9) for _ in range(n)], 7))
    cases.append(_case([rng.randint(0, 10**9) for _ in range(n)], 40000))
    cases.append(_case([rng.choice([0, 0, 1, 10**9]) for _ in range(n)], 600))
    return cases
