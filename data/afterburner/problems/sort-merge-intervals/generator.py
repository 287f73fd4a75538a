import random


def _case(intervals):
    return f"{len(intervals)}\n" + ''.join(f"{l} {r}\n" for l, r in intervals)


def _random(rng, n, span, width):
    out = []
    for _ in range(n):
        l = rng.randint(0, span)
        out.append((l, min(span, l + rng.randint(0, width))))
    return out


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case([(8, 10), (1, 3), (2, 6), (15, 18)]),
        _case([(5, 5), (1, 4), (4, 5)]),
        _case([(0, 0)]),
        _case([(1, 2), (3, 4), (5, 6)]),
        _case([(2, 9), (3, 4), (5, 6), (1, 1)]),
        _case([(7, 7), (7, 7), (7, 7)]),
        _case([(0, 1000000000), (5, 10), (999999999, 1000000000)]),
        _case(_random(rng, 30, 100, 6)),
        _case(_random(rng, 2000, 10**6, 400)),
    ]
    n = 100000
    cases.append(_case(_random(rng, n, 10**9, 8000)))
    cases.append(_case(_random(rng, n, 10**9, 20000)))
    disjoint = [(3 * i, 3 * i + 1) for i in range(n)]
    rng.shuffle(disjoint)
    cases.append(_case(disjoint))
    return cases
