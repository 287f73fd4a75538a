import random


def _fmt(times, w):
    return "%d %d\n%s\n" % (len(times), w, " ".join(map(str, times)))


def _walk(rng, n, max_step, start=0):
    t = start
    out = []
    for _ in range(n):
        t += rng.randint(0, max_step)
        out.append(t)
    return out


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        ([42], 5),
        ([1, 5, 11, 11, 20], 10),
        ([1, 5, 11, 11, 21], 10),
        ([7, 7, 8], 1),
        ([0, 0, 0, 0], 1),
        ([0, 1000000000], 1000000000),
        ([3, 6, 9, 12, 15], 3),
    ]
    for _ in range(4):
        n = rng.randint(2, 20)
        cases.append((_walk(rng, n, 4), rng.randint(1, 8)))
    cases.append((_walk(rng, 3000, 50), 700))
    # large: dense timestamps with a wide window, and bursts of equal timestamps
    n = 200000
    cases.append((_walk(rng, n, 5000), 10 ** 7))
    cases.append((_walk(rng, n, 2), 1000))
    cases.append(([min(10 ** 9, x) for x in _walk(rng, n, 10)], 10 ** 9))
    return [_fmt(t, w) for t, w in cases]
