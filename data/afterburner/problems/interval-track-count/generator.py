import random


def _fmt(segs):
    return "%d\n" % len(segs) + "".join("%d %d\n" % (s, e) for s, e in segs)


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        [(0, 1)],
        [(1, 5), (2, 3), (3, 7), (5, 6)],
        [(0, 10), (0, 10), (0, 10)],
        [(1, 2), (2, 3), (3, 4), (4, 5)],
        [(0, 1000000000), (999999999, 1000000000), (5, 6)],
        [(5, 8), (1, 3), (2, 6), (7, 9), (3, 5)],
    ]
    for _ in range(4):
        n = rng.randint(2, 12)
        segs = []
        for _ in range(n):
            s = rng.randint(0, 20)
            segs.append((s, s + rng.randint(1, 6)))
        cases.append(segs)
    segs = []
    for _ in range(3000):
        s = rng.randint(0, 10 ** 5)
        segs.append((s, s + rng.randint(1, 500)))
    cases.append(segs)
    # large: random bookings, back-to-back chains sharing end points, and a denser overlap
    n = 150000
    segs = []
    for _ in range(n):
        s = rng.randint(0, 10 ** 9 - 1)
        segs.append((s, min(10 ** 9, s + rng.randint(1, 10 ** 5))))
    cases.append(segs)
    segs = []
    for i in range(100000):
        s = (i // 40) * 7 + rng.randint(0, 3)
        segs.append((s, s + 7))
    rng.shuffle(segs)
    cases.append(segs)
    segs = []
    for _ in range(100000):
        s = rng.randint(0, 10 ** 8 - 100000)
        segs.append((s, s + rng.randint(1, 100000)))
    cases.append(segs)
    return [_fmt(c) for c in cases]
