import random


def _fmt(a):
    return "%d\n%s\n" % (len(a), " ".join(map(str, a)))


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        [8],
        [2, 9],
        [9, 2],
        [5, -2, 7, 7, 1],
        [3, 3, 1, 1],
        [4, 4, 4, 4, 4],
        [-1000000000, 1000000000, 0, 1000000000],
    ]
    for _ in range(4):
        n = rng.randint(2, 15)
        cases.append([rng.randint(-5, 5) for _ in range(n)])
    cases.append([rng.randint(-10 ** 6, 10 ** 6) for _ in range(3000)])
    # large: random, rising, falling, zig-zag around the middle, and heavy repeats
    n = 100000
    cases.append([rng.randint(-10 ** 9, 10 ** 9) for _ in range(n)])
    cases.append([-10 ** 9 + 9000 * i for i in range(n)])
    cases.append([10 ** 9 - 9000 * i for i in range(n)])
    cases.append([(i * 7919) % 1000003 * (1 if i % 2 else -1) for i in range(n)])
    cases.append([rng.randint(0, 9) for _ in range(n)])
    return [_fmt(c) for c in cases]
