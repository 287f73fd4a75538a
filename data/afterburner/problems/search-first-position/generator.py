import random


def _case(nums, queries):
    nums = sorted(nums)
    return f"{len(nums)} {len(queries)}\n{' '.join(map(str, nums))}\n{' '.join(map(str, queries))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case([-2, 0, 0, 3, 3, 3, 9], [3, 0, 5, -2]),
        _case([4], [4, -4]),
        _case([5, 5, 5, 5, 5], [5, 4, 6]),
        _case([-10**9, 10**9], [10**9, -10**9, 0]),
        _case([1, 2, 3, 4, 5, 6, 7, 8], [8, 1, 0, 9, 4]),
        _case([0, 0, 1, 1, 2, 2], [2, 1, 0, 2, 1, 0]),
    ]
    nums = [rng.randint(-10, 10) for _ in range(30)]
    cases.append(_case(nums, [rng.randint(-12, 12) for _ in range(20)]))
    nums = [rng.randint(-1000, 1000) for _ in range(3000)]
    cases.append(_case(nums, [rng.randint(-1100, 1100) for _ in range(3000)]))
    n = q = 100000
    nums = [rng.randint(-10**9, 10**9) for _ in range(n)]
    present = sorted(nums)
    queries = [rng.choice(present) if rng.random() < 0.5 else rng.randint(-10**9, 10**9) for _ in range(q)]
    cases.append(_case(nums, queries))
    nums = [rng.randint(0, 5000) for _ in range(n)]
    cases.append(_case(nums, [rng.randint(-100, 5100) for _ in range(q)]))
    nums = [7] * (n // 2) + [9] * (n // 2)
    cases.append(_case(nums, [9 if i % 3 else 8 for i in range(q)]))
    # Every query absent, between two values or above them all: a scan per query reads
    # the whole array, so a linear scan is too slow in every language by a wide margin,
    # not a close one.
    evens = list(range(0, 2 * n, 2))
    cases.append(_case(evens, list(range(1, 2 * q, 2))))
    cases.append(_case(evens, [2 * n + 1 + i for i in range(q)]))
    return cases
