import random


def _case(n, edges, queries):
    lines = [f"{n} {len(queries)}"]
    lines.extend(f"{a} {b}" for a, b in edges)
    lines.extend(f"{u} {v}" for u, v in queries)
    return "\n".join(lines) + "\n"


def _shuffle(rng, n, edges):
    tail = list(range(2, n + 1))
    rng.shuffle(tail)
    perm = [0, 1] + tail
    out = [(perm[a], perm[b]) if rng.random() < 0.5 else (perm[b], perm[a]) for a, b in edges]
    rng.shuffle(out)
    return out


def _random_tree(rng, n, spread):
    return [(rng.randint(max(1, i - spread), i - 1), i) for i in range(2, n + 1)]


def _queries(rng, n, q):
    out = []
    for _ in range(q):
        u = rng.randint(1, n)
        r = rng.random()
        v = u if r < 0.05 else (1 if r < 0.1 else rng.randint(1, n))
        out.append((u, v) if rng.random() < 0.5 else (v, u))
    return out


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case(7, [(1, 2), (1, 3), (2, 4), (2, 5), (5, 6), (3, 7)], [(6, 7), (4, 5), (2, 2), (6, 1)]),
        _case(1, [], [(1, 1), (1, 1)]),
        _case(2, [(2, 1)], [(1, 2), (2, 1), (2, 2)]),
        _case(6, [(3, 1), (3, 2), (3, 4), (3, 5), (3, 6)], [(1, 2), (3, 6), (6, 3), (4, 4), (5, 1)]),
        _case(6, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6)], [(1, 6), (6, 1), (2, 5), (3, 3), (4, 1)]),
    ]
    n = 25
    cases.append(_case(n, _shuffle(rng, n, _random_tree(rng, n, n)), _queries(rng, n, 40)))
    n = 3000
    cases.append(_case(n, _shuffle(rng, n, _random_tree(rng, n, 4)), _queries(rng, n, 3000)))
    n = 100000
    cases.append(_case(n, _shuffle(rng, n, _random_tree(rng, n, n)), _queries(rng, n, 100000)))
    cases.append(_case(n, _shuffle(rng, n, _random_tree(rng, n, 2)), _queries(rng, n, 100000)))
    # a broom: a long handle ending in a wide brush
    broom = [(i, i + 1) for i in range(1, 50000)]
    broom.extend((rng.randint(50000, i - 1) if i > 50001 else 50000, i) for i in range(50001, n + 1))
    cases.append(_case(n, _shuffle(rng, n, broom), _queries(rng, n, 100000)))
    return cases
