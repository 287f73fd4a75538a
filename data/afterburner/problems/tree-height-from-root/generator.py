import random


def _case(n, edges):
    return f"{n}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def _relabel(rng, n, edges, keep_root=True):
    # random vertex names (vertex 1 stays 1 when keep_root), random edge order and sides
    names = list(range(2, n + 1))
    rng.shuffle(names)
    perm = [0, 1] + names if keep_root else [0] + rng.sample(range(1, n + 1), n)
    out = []
    for u, v in edges:
        a, b = perm[u], perm[v]
        out.append((a, b) if rng.random() < 0.5 else (b, a))
    rng.shuffle(out)
    return out


def _random_tree(rng, n, spread):
    # parent of i is chosen among the last `spread` vertices: small spread = deep tree
    return [(rng.randint(max(1, i - spread), i - 1), i) for i in range(2, n + 1)]


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case(6, [(1, 2), (1, 3), (3, 4), (4, 5), (2, 6)]),
        _case(1, []),
        _case(2, [(2, 1)]),
        _case(5, [(1, 2), (1, 3), (1, 4), (1, 5)]),
        _case(5, [(5, 1), (2, 5), (2, 3), (4, 3)]),
        _case(7, [(1, 2), (2, 3), (3, 4), (1, 5), (5, 6), (6, 7)]),
        _case(8, [(4, 1), (4, 2), (4, 3), (3, 5), (5, 6), (5, 7), (7, 8)]),
    ]
    n = 30
    cases.append(_case(n, _relabel(rng, n, _random_tree(rng, n, n))))
    n = 3000
    cases.append(_case(n, _relabel(rng, n, _random_tree(rng, n, 5))))
    n = 200000
    cases.append(_case(n, _relabel(rng, n, _random_tree(rng, n, n))))
    # a bare path with the root at one end
    cases.append(_case(n, _relabel(rng, n, [(i, i + 1) for i in range(1, n)])))
    # a long path whose root sits in the middle, plus short side branches
    half = n // 2
    spine = [(i, i + 1) for i in range(1, half)]
    spine.append((1, half + 1))
    spine.extend((i, i + 1) for i in range(half + 1, half + 60000))
    spine.extend((rng.randint(1, half + 60000), i) for i in range(half + 60001, n + 1))
    cases.append(_case(n, _relabel(rng, n, spine)))
    return cases
