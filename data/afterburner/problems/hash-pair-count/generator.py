import random


def _case(nums, target):
    return f"{len(nums)} {target}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case([1, 5, 3, 3, 5], 6),
        _case([0, 0, 0, 0], 0),
        _case([7], 14),
        _case([-3, 3], 0),
        _case([2, 2, 2, 2, 2], 4),
        _case([1000000000, 1000000000, -1000000000], 2000000000),
        _case([-1000000000, -1000000000, 5], -2000000000),
        _case([1, 2, 3, 4, 5, 6], 100),
    ]
    small = [rng.randint(-5, 5) for _ in range(30)]
    cases.append(_case(small, rng.randint(-4, 4)))
    mid = [rng.randint(-50, 50) for _ in range(2000)]
    cases.append(_case(mid, 10))
    n = 200000
    dense = [rng.randint(-1000, 1000) for _ in range(n)]
    cases.append(_case(dense, rng.randint(-200, 200)))
    wide = [rng.randint(-10**9, 10**9) for _ in range(n)]
    for _ in range(5000):
        i, j = rng.randrange(n), rng.randrange(n)
        if abs(123456789 - wide[i]) <= 10**9:
            wide[j] = 123456789 - wide[i]
    cases.append(_case(wide, 123456789))
    cases.append(_case([-7] * n, -14))
    return cases
