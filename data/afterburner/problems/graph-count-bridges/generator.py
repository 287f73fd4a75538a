import random


def _case(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def _finish(rng, n, pairs, relabel=True):
    # drop repeats, relabel the vertices at random, shuffle edges and sides
    seen = set()
    perm = list(range(n + 1))
    if relabel:
        tail = perm[1:]
        rng.shuffle(tail)
        perm = [0] + tail
    out = []
    for u, v in pairs:
        if u == v:
            continue
        key = (min(u, v), max(u, v))
        if key in seen:
            continue
        seen.add(key)
        a, b = perm[u], perm[v]
        out.append((a, b) if rng.random() < 0.5 else (b, a))
    rng.shuffle(out)
    return out


def _sparse_connected(rng, n, extra, span=None):
    pairs = [(rng.randrange(1, i), i) for i in range(2, n + 1)]
    for _ in range(extra):
        u = rng.randint(1, n)
        if span is None:
            v = rng.randint(1, n)
        else:
            v = min(n, u + rng.randint(1, span))
        pairs.append((u, v))
    return pairs


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case(7, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 6), (6, 4), (6, 7)]),
        _case(4, [(1, 2), (3, 4)]),
        _case(1, []),
        _case(2, [(2, 1)]),
        _case(3, [(1, 2), (2, 3), (3, 1)]),
        _case(6, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 1)]),
        _case(6, [(1, 2), (1, 3), (1, 4), (4, 5), (4, 6)]),
        _case(8, [(1, 2), (2, 3), (3, 4), (4, 1), (1, 3), (5, 6), (6, 7), (8, 5)]),
        _case(30, _finish(rng, 30, _sparse_connected(rng, 30, 6))),
        _case(3000, _finish(rng, 3000, _sparse_connected(rng, 3000, 600))),
    ]
    n = 100000
    cases.append(_case(n, _finish(rng, n, _sparse_connected(rng, n, 100000))))
    # a long path with short back edges: a very deep DFS tree
    path = [(i, i + 1) for i in range(1, n)]
    for _ in range(60000):
        u = rng.randint(1, n - 3)
        path.append((u, u + rng.randint(2, 3)))
    cases.append(_case(n, _finish(rng, n, path, relabel=False)))
    dense = _sparse_connected(rng, 40000, 100000)
    dense += [(rng.randint(1, 40000), v) for v in range(40001, n + 1)]
    cases.append(_case(n, _finish(rng, n, dense)))
    return cases
