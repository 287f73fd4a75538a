import random


def _case(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def _random_tree(rng, n):
    labels = list(range(1, n + 1))
    rng.shuffle(labels)
    edges = []
    for i in range(1, n):
        p = rng.randrange(i)
        a, b = labels[i], labels[p]
        edges.append((a, b) if rng.random() < 0.5 else (b, a))
    rng.shuffle(edges)
    return edges


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case(5, [(1, 2), (3, 4), (2, 3), (4, 1), (5, 1)]),
        _case(4, [(1, 2), (3, 4), (2, 3)]),
        _case(1, []),
        _case(3, [(2, 2), (1, 2)]),
        _case(2, [(1, 2), (2, 1)]),
        _case(6, [(1, 2), (3, 4), (5, 6), (2, 3), (4, 5), (6, 1), (1, 4)]),
        _case(7, [(7, 6), (5, 4), (3, 2), (1, 7), (4, 3), (6, 5), (2, 1)]),
        _case(9, _random_tree(rng, 9)),
    ]
    small = _random_tree(rng, 30)
    small.insert(20, (small[3][0], small[11][1]))
    cases.append(_case(30, small))
    mid = _random_tree(rng, 3000)
    mid.append((rng.randint(1, 3000), rng.randint(1, 3000)))
    cases.append(_case(3000, mid))
    n = 200000
    # a random spanning tree, then one extra edge at the very end
    big = _random_tree(rng, n)
    big.append((rng.randint(1, n), rng.randint(1, n)))
    cases.append(_case(n, big))
    # a path added from one end, closed by its last edge
    path = [(i, i + 1) for i in range(1, n)]
    path.append((1, n))
    cases.append(_case(n, path))
    # a forest: no edge closes a cycle
    forest = [e for e in _random_tree(rng, n) if rng.random() < 0.97]
    cases.append(_case(n, forest))
    return cases
