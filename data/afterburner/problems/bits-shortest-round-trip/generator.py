import random


def _fmt(cost):
    lines = [str(len(cost))] + [" ".join(map(str, row)) for row in cost]
    return "\n".join(lines) + "\n"


def _random(rng, n, hi):
    return [[0 if i == j else rng.randint(0, hi) for j in range(n)] for i in range(n)]


def _planar(rng, n):
    pts = [(rng.randint(0, 1000), rng.randint(0, 1000)) for _ in range(n)]
    return [[abs(a[0] - b[0]) + abs(a[1] - b[1]) for b in pts] for a in pts]


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _fmt([[0]]),
        _fmt([[0, 5], [7, 0]]),
        _fmt([[0, 1, 9], [9, 0, 2], [3, 9, 0]]),
        _fmt([[0, 10, 15, 20], [5, 0, 9, 10], [6, 13, 0, 12], [8, 8, 9, 0]]),
        _fmt(_random(rng, 5, 20)),
        _fmt(_planar(rng, 7)),
        _fmt(_random(rng, 9, 1_000_000)),
        _fmt(_planar(rng, 12)),
    ]
    # large cases
    cases.append(_fmt(_random(rng, 16, 1_000_000)))
    cases.append(_fmt(_planar(rng, 16)))
    cases.append(_fmt(_random(rng, 15, 10)))
    return cases
