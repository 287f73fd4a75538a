import random


def _fmt(a, k):
    return "%d %d\n%s\n" % (len(a), k, " ".join(map(str, a)))


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        ([4], 1),
        ([2, -1, 4, 4, 0, -3, 1], 3),
        ([-5, -9, -7], 3),
        ([1, 2, 3, 4, 5], 2),
        ([5, 4, 3, 2, 1], 4),
        ([3, 3, 3, 3], 1),
        ([1000000000, -1000000000, 0], 2),
    ]
    for _ in range(4):
        n = rng.randint(2, 15)
        cases.append(([rng.randint(-5, 5) for _ in range(n)], rng.randint(1, n)))
    cases.append(([rng.randint(-1000, 1000) for _ in range(3000)], 100))
    # large: wide windows over random, falling and rising data
    n = 200000
    cases.append(([rng.randint(-10 ** 9, 10 ** 9) for _ in range(n)], n // 2))
    cases.append(([700000 - 3 * i for i in range(n)], 60000))
    cases.append(([-10 ** 9 + 5 * i + rng.randint(0, 20) for i in range(n)], 150000))
    cases.append(([rng.randint(-10, 10) for _ in range(n)], 7))
    return [_fmt(a, k) for a, k in cases]
