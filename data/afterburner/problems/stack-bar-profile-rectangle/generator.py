import random


def _fmt(a):
    return "%d\n%s\n" % (len(a), " ".join(map(str, a)))


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        [0],
        [6],
        [3, 1, 4, 4, 5, 2, 4],
        [0, 0, 7, 0],
        [1, 2, 3, 4, 5],
        [5, 4, 3, 2, 1],
        [2, 2, 2, 2],
        [1000000000, 1000000000],
    ]
    for _ in range(4):
        n = rng.randint(2, 15)
        cases.append([rng.randint(0, 6) for _ in range(n)])
    cases.append([rng.randint(0, 10 ** 6) for _ in range(3000)])
    # large: random, strictly rising, strictly falling, flat maximal, and low noisy bars
    n = 200000
    cases.append([rng.randint(0, 10 ** 9) for _ in range(n)])
    cases.append([i + 1 for i in range(n)])
    cases.append([n - i for i in range(n)])
    cases.append([10 ** 9] * 100000)
    cases.append([rng.randint(0, 3) for _ in range(n)])
    return [_fmt(c) for c in cases]
