import random


def _case(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def _bipartite(rng, n, m, blocks):
    # vertices are split into `blocks` groups; inside a group every edge joins
    # its two hidden sides, whose sizes differ
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    size = n // blocks
    edges = []
    for _ in range(m):
        b = rng.randrange(blocks)
        lo = b * size
        cut = lo + max(1, size // 3 + (b % 5))
        u = labels[rng.randrange(lo, cut)]
        v = labels[rng.randrange(cut, lo + size)]
        edges.append((u, v) if rng.random() < 0.5 else (v, u))
    return edges


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case(7, [(1, 2), (2, 3), (4, 5), (4, 6), (4, 7)]),
        _case(4, [(1, 2), (2, 3), (3, 1), (3, 4)]),
        _case(1, []),
        _case(6, []),
        _case(2, [(1, 2), (2, 1), (1, 2)]),
        _case(6, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 1)]),
        _case(5, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 1)]),
        _case(9, [(9, 8), (7, 8), (1, 3), (3, 5), (5, 7), (2, 4)]),
        _case(40, _bipartite(rng, 40, 30, 4)),
        _case(3000, _bipartite(rng, 3000, 2500, 60)),
    ]
    n = 200000
    cases.append(_case(n, _bipartite(rng, n, 200000, 2000)))
    big = _bipartite(rng, n, 200000, 50)
    # one odd cycle (a triangle) hidden among the last edges
    x, y, z = rng.sample(range(1, n + 1), 3)
    big[-2:] = [(x, y), (y, z), (z, x)]
    cases.append(_case(n, big))
    # one long path through all vertices in random order
    order = list(range(1, n + 1))
    rng.shuffle(order)
    path = [(order[i], order[i + 1]) for i in range(n - 1)]
    rng.shuffle(path)
    cases.append(_case(n, path))
    return cases
