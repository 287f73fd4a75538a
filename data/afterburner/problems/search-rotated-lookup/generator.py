import random


def _case(values, shift, queries):
    values = sorted(values)
    nums = values[shift:] + values[:shift]
    return f"{len(nums)} {len(queries)}\n{' '.join(map(str, nums))}\n{' '.join(map(str, queries))}\n"


def _distinct(rng, n, lo, hi):
    return rng.sample(range(lo, hi + 1), n)


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case([15, 22, 40, -3, 1, 8], 3, [1, 15, 9, 40]),
        _case([1, 2, 3], 0, [3, 0]),
        _case([5], 0, [5, 6, -5]),
        _case([4, 9], 1, [4, 9, 5]),
        _case(list(range(1, 11)), 9, [1, 10, 9, 2, 11, 0]),
        _case([-10**9, 0, 10**9], 2, [10**9, -10**9, 0, 1]),
    ]
    vals = _distinct(rng, 25, -50, 50)
    cases.append(_case(vals, 7, [rng.randint(-55, 55) for _ in range(30)]))
    vals = _distinct(rng, 5000, -10**6, 10**6)
    cases.append(_case(vals, 4999, [rng.choice(vals) if rng.random() < 0.6 else rng.randint(-10**6, 10**6) for _ in range(5000)]))
    n = q = 100000
    vals = _distinct(rng, n, -10**9, 10**9)
    queries = [rng.choice(vals) if rng.random() < 0.7 else rng.randint(-10**9, 10**9) for _ in range(q)]
    cases.append(_case(vals, rng.randrange(n), queries))
    vals = list(range(-n, 2 * n, 3))[:n]
    cases.append(_case(vals, n // 3, [rng.randint(-n - 5, 2 * n) for _ in range(q)]))
    vals = _distinct(rng, n, 0, 10**9)
    cases.append(_case(vals, 1, [v + 1 for v in vals[:q // 2]] + vals[:q // 2]))
    # every query absent: a scan per query reads the whole array, so a linear scan is too
    # slow by a wide margin, not a close one
    evens = list(range(0, 2 * n, 2))
    cases.append(_case(evens, n // 2, list(range(1, 2 * q, 2))))
    cases.append(_case(evens, 7, [-1 - 2 * t for t in range(q)]))
    return cases
