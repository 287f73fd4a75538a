import random


def _fmt(bs):
    return "%d\n" % len(bs) + "".join("%d %d %d\n" % b for b in bs)


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        [(3, 4, 7)],
        [(0, 4, 5), (4, 6, 3), (1, 9, 9), (6, 8, 2)],
        [(2, 5, 4), (3, 7, 6), (5, 9, 1)],
        [(1, 3, 2), (3, 5, 2), (5, 7, 2), (1, 7, 5)],
        [(0, 10, 1), (0, 10, 8), (0, 10, 3)],
        [(0, 1000000000, 1000000000), (0, 1, 999999999), (1, 1000000000, 2)],
    ]
    for _ in range(4):
        n = rng.randint(2, 12)
        bs = []
        for _ in range(n):
            s = rng.randint(0, 20)
            bs.append((s, s + rng.randint(1, 6), rng.randint(1, 10)))
        cases.append(bs)
    bs = []
    for _ in range(2000):
        s = rng.randint(0, 10 ** 5)
        bs.append((s, s + rng.randint(1, 300), rng.randint(1, 1000)))
    cases.append(bs)
    # large: short random bookings, longer bookings with about a hundred overlapping at a time,
    # and back-to-back slots on a grid (touching end points everywhere)
    n = 100000
    bs = []
    for _ in range(n):
        s = rng.randint(0, 10 ** 9 - 1)
        bs.append((s, min(10 ** 9, s + rng.randint(1, 30000)), rng.randint(1, 10 ** 6)))
    cases.append(bs)
    bs = []
    for _ in range(80000):
        s = rng.randint(0, 10 ** 9 - 2 * 10 ** 6)
        bs.append((s, s + rng.randint(1, 2 * 10 ** 6), rng.randint(1, 10 ** 6)))
    cases.append(bs)
    bs = []
    for _ in range(n):
        s = rng.randint(0, 20000) * 50
        bs.append((s, s + 50 * rng.randint(1, 4), rng.randint(1, 1000)))
    cases.append(bs)
    return [_fmt(c) for c in cases]
