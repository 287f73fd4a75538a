import random


def _fmt(a):
    return "%d\n%s\n" % (len(a), " ".join(map(str, a)))


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        [9],
        [5, 5],
        [1, 1, 1, 1],
        [5, 2, 8],
        [1000000000, 1000000000, 1000000000],
        [1, 2, 3, 4, 5, 6, 7, 8],
    ]
    for _ in range(4):
        n = rng.randint(2, 12)
        cases.append([rng.randint(1, 30) for _ in range(n)])
    cases.append([rng.randint(1, 1000) for _ in range(3000)])
    # large: wide random values, tiny values with many repeats, and a sorted ramp
    n = 200000
    cases.append([rng.randint(1, 10 ** 9) for _ in range(n)])
    cases.append([rng.randint(1, 3) for _ in range(n)])
    cases.append([5000 * (i + 1) for i in range(n)])
    return [_fmt(c) for c in cases]
