import random


def _case(nums, k):
    return f"{len(nums)} {k}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case([1, 6, 3, 3], 3),
        _case([10, 0, 4], 3),
        _case([5, 5], 1),
        _case([0, 10**9], 1),
        _case([7, 7, 7, 7], 6),
        _case([1, 2, 3, 4, 5], 1),
        _case([1, 2, 3, 4, 5], 10),
        _case([9, 1, 9, 1, 5], 5),
    ]
    small = [rng.randint(0, 50) for _ in range(30)]
    cases.append(_case(small, rng.randint(1, 30 * 29 // 2)))
    mid = [rng.randint(0, 10**6) for _ in range(2000)]
    cases.append(_case(mid, rng.randint(1, 2000 * 1999 // 2)))
    n = 100000
    total = n * (n - 1) // 2
    wide = [rng.randint(0, 10**9) for _ in range(n)]
    cases.append(_case(wide, rng.randint(total // 3, 2 * total // 3)))
    dense = [rng.randint(0, 5000) for _ in range(n)]
    cases.append(_case(dense, rng.randint(total // 10, total // 5)))
    spread = [rng.randint(0, 10**9) for _ in range(n)]
    cases.append(_case(spread, total - rng.randint(0, 1000)))
    return cases
