import random


def _case(n, edges, queries):
    lines = [f"{n} {len(edges)} {len(queries)}"]
    lines.extend(f"{u} {v} {w}" for u, v, w in edges)
    lines.extend(f"{a} {b} {t}" for a, b, t in queries)
    return "\n".join(lines) + "\n"


def _queries(rng, n, q, weights):
    out = []
    for _ in range(q):
        a, b = rng.randint(1, n), rng.randint(1, n)
        if weights and rng.random() < 0.3:
            t = rng.choice(weights)  # exactly on an edge weight
        else:
            t = rng.randint(1, 10**9)
        out.append((a, b, t))
    return out


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case(5, [(1, 2, 4), (2, 3, 7), (3, 4, 2), (1, 4, 9)],
              [(1, 3, 7), (1, 3, 6), (4, 2, 7), (5, 1, 100), (3, 3, 1)]),
        _case(1, [], [(1, 1, 5)]),
        _case(3, [], [(1, 2, 10**9), (2, 2, 1), (3, 1, 1)]),
        _case(2, [(1, 1, 3), (1, 2, 5), (2, 1, 5)], [(1, 2, 4), (1, 2, 5), (2, 1, 6)]),
        _case(4, [(1, 2, 10), (2, 3, 10), (3, 4, 10)], [(1, 4, 9), (1, 4, 10), (4, 1, 11)]),
        _case(6, [(1, 2, 5), (3, 4, 1), (5, 6, 2), (2, 3, 8), (4, 5, 3)],
              [(1, 6, 7), (1, 6, 8), (3, 6, 3), (3, 6, 2), (6, 4, 3), (2, 1, 4)]),
    ]
    for n, m, q in ((10, 14, 20), (60, 90, 120), (2000, 3000, 3000)):
        edges = [(rng.randint(1, n), rng.randint(1, n), rng.randint(1, 1000)) for _ in range(m)]
        qs = [(a, b, t % 1000 + 1) for a, b, t in _queries(rng, n, q, [w for _, _, w in edges])]
        cases.append(_case(n, edges, qs))
    n = 100000
    edges = [(rng.randint(1, n), rng.randint(1, n), rng.randint(1, 10**9)) for _ in range(100000)]
    cases.append(_case(n, edges, _queries(rng, n, 100000, [w for _, _, w in edges])[:70000]))
    # a long path with random weights: deep spanning tree
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    path = [(perm[i], perm[i + 1], rng.randint(1, 10**9)) for i in range(n - 1)]
    rng.shuffle(path)
    cases.append(_case(n, path, _queries(rng, n, 40000, [w for _, _, w in path])))
    # dense clusters joined by heavy bridges
    clustered = []
    for _ in range(100000):
        c = rng.randrange(100)
        if rng.random() < 0.02:
            clustered.append((rng.randint(1, n), rng.randint(1, n), rng.randint(9 * 10**8, 10**9)))
        else:
            clustered.append((c * 1000 + rng.randint(1, 1000), c * 1000 + rng.randint(1, 1000), rng.randint(1, 10**8)))
    cases.append(_case(n, clustered, _queries(rng, n, 60000, [w for _, _, w in clustered])))
    return cases
