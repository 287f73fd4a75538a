import random


def _case(nums, queries):
    lines = [f"{len(nums)} {len(queries)}", ' '.join(map(str, nums))]
    lines.extend(f"{l} {r}" for l, r in queries)
    return '\n'.join(lines) + '\n'


def _random_queries(rng, n, q):
    out = []
    for _ in range(q):
        l, r = rng.randint(1, n), rng.randint(1, n)
        out.append((min(l, r), max(l, r)))
    return out


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case([3, -1, 4, 1, -5], [(1, 5), (2, 3), (4, 4)]),
        _case([42], [(1, 1)]),
        _case([-7], [(1, 1), (1, 1)]),
        _case([10**9] * 6, [(1, 6), (2, 5), (3, 3)]),
        _case([-10**9] * 4, [(1, 4), (1, 1), (4, 4)]),
        _case([0, 0, 0], [(1, 3), (2, 2)]),
        _case([1, -1, 1, -1, 1, -1], [(1, 2), (1, 3), (2, 6), (3, 5)]),
    ]
    nums = [rng.randint(-20, 20) for _ in range(40)]
    cases.append(_case(nums, _random_queries(rng, 40, 30)))
    nums = [rng.randint(-10**9, 10**9) for _ in range(1000)]
    cases.append(_case(nums, _random_queries(rng, 1000, 1000)))
    n = q = 100000
    nums = [rng.randint(-10**9, 10**9) for _ in range(n)]
    cases.append(_case(nums, _random_queries(rng, n, q)))
    nums = [rng.randint(-1000, 1000) for _ in range(n)]
    wide = []
    for _ in range(q):
        wide.append((rng.randint(1, n // 10), rng.randint(n - n // 10, n)))
    cases.append(_case(nums, wide))
    # every query spans (nearly) the whole array: summing each range afresh is too slow
    # by a wide margin, not a close one
    nums = [rng.randint(-10**9, 10**9) for _ in range(n)]
    cases.append(_case(nums, [(1, n)] * q))
    cases.append(_case(nums, [(1 + t % 3, n - t % 5) for t in range(q)]))
    return cases
