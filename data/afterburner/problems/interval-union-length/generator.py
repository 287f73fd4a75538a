import random


def _fmt(segs):
    return "%d\n" % len(segs) + "".join("%d %d\n" % (l, r) for l, r in segs)


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        [(5, 6)],
        [(1, 4), (2, 6), (8, 9)],
        [(0, 10), (3, 5)],
        [(1, 3), (3, 5)],
        [(2, 7), (2, 7), (2, 7)],
        [(0, 1000000000), (0, 1), (999999999, 1000000000)],
        [(10, 20), (1, 2), (30, 40), (15, 35)],
    ]
    for _ in range(3):
        n = rng.randint(2, 12)
        segs = []
        for _ in range(n):
            l = rng.randint(0, 50)
            segs.append((l, l + rng.randint(1, 15)))
        cases.append(segs)
    segs = []
    for _ in range(2000):
        l = rng.randint(0, 10 ** 6)
        segs.append((l, l + rng.randint(1, 2000)))
    cases.append(segs)
    # large: sparse random segments, heavily nested segments, and many short touching ones
    n = 150000
    segs = []
    for _ in range(n):
        l = rng.randint(0, 10 ** 9 - 1)
        segs.append((l, min(10 ** 9, l + rng.randint(1, 20000))))
    cases.append(segs)
    segs = []
    for i in range(100000):
        c = rng.randint(4 * 10 ** 6, 6 * 10 ** 6)
        w = rng.randint(1, 4 * 10 ** 6)
        segs.append((c - w, c + w))
    cases.append(segs)
    segs = [(3 * i, 3 * i + 3) for i in range(100000)]
    rng.shuffle(segs)
    cases.append(segs)
    return [_fmt(c) for c in cases]
