import random


def _case(nums, k):
    return f"{len(nums)} {k}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case([1, 2, 1, -1, 3], 3),
        _case([0, 0, 0], 0),
        _case([5], 5),
        _case([5], -5),
        _case([-10000, 10000, -10000, 10000], 0),
        _case([3, 3, 3, 3], 6),
        _case([1, -1, 1, -1, 1], 1),
        _case([10000] * 5, 10**9),
        _case([rng.randint(-5, 5) for _ in range(40)], rng.randint(-6, 6)),
        _case([rng.randint(-100, 100) for _ in range(3000)], 50),
    ]
    n = 200000
    cases.append(_case([rng.randint(-10, 10) for _ in range(n)], 7))
    cases.append(_case([rng.randint(-10000, 10000) for _ in range(n)], rng.randint(-20000, 20000)))
    cases.append(_case([0] * n, 0))
    return cases
