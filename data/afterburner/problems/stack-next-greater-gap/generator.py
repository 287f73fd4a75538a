import random


def _fmt(a):
    return "%d\n%s\n" % (len(a), " ".join(map(str, a)))


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        [7],
        [1, 2],
        [2, 1],
        [3, 1, 1, 4, 2, 5],
        [-2, -2, -2],
        [5, 4, 3, 2, 1, 6],
        [-1000000000, 1000000000, -1000000000, 1000000000],
    ]
    for _ in range(4):
        n = rng.randint(2, 15)
        cases.append([rng.randint(-3, 3) for _ in range(n)])
    cases.append([rng.randint(-100, 100) for _ in range(3000)])
    # large: random values, a long strictly decreasing run ending in a peak,
    # few distinct values, and a sawtooth profile
    n = 200000
    cases.append([rng.randint(-10 ** 9, 10 ** 9) for _ in range(n)])
    cases.append([10 ** 9 - 2 * i for i in range(n - 1)] + [10 ** 9])
    cases.append([rng.randint(0, 5) for _ in range(n)])
    cases.append([(i % 1000) * 1000 - (i // 1000) for i in range(n)][::-1])
    # no greater value anywhere: a scan to the right from every index reads the rest of
    # the array, so a quadratic scan is too slow by a wide margin, not a close one
    cases.append([10 ** 9 - 3 * i for i in range(n)])
    cases.append([42] * n)
    return [_fmt(c) for c in cases]
