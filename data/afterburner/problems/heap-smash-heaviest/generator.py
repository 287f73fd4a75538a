import random


def _fmt(a):
    return "%d\n%s\n" % (len(a), " ".join(map(str, a)))


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        [5],
        [7, 7],
        [4, 9, 2, 2, 6],
        [1, 1, 1],
        [1000000000, 1],
        [3, 3, 3, 3],
        [10, 4, 3, 2, 1],
    ]
    for _ in range(4):
        n = rng.randint(2, 12)
        cases.append([rng.randint(1, 20) for _ in range(n)])
    cases.append([rng.randint(1, 10 ** 6) for _ in range(2000)])
    # large: wide random values, many duplicates of small values, and a geometric-like spread
    n = 100000
    cases.append([rng.randint(1, 10 ** 9) for _ in range(n)])
    cases.append([rng.randint(1, 8) for _ in range(n)])
    cases.append([rng.randint(1, 10 ** rng.randint(1, 9)) for _ in range(n)])
    return [_fmt(c) for c in cases]
