import random


def _case(n, arcs):
    return f"{n} {len(arcs)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in arcs)


def _random_graph(rng, n, m, wmax):
    return [(rng.randint(1, n), rng.randint(1, n), rng.randint(1, wmax)) for _ in range(m)]


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case(4, [(1, 2, 5), (1, 3, 1), (3, 2, 2), (2, 4, 1), (3, 4, 7)]),
        _case(3, [(1, 2, 4), (3, 1, 1)]),
        _case(1, []),
        _case(1, [(1, 1, 7)]),
        _case(2, []),
        _case(2, [(1, 2, 9), (1, 2, 3), (2, 1, 1), (1, 1, 1)]),
        # the route with fewer arcs is the expensive one
        _case(5, [(1, 5, 100), (1, 2, 1), (2, 3, 1), (3, 4, 1), (4, 5, 1)]),
        _case(3, [(1, 2, 100), (2, 3, 100), (1, 3, 100)]),
        _case(12, _random_graph(rng, 12, 30, 20)),
        _case(2000, _random_graph(rng, 2000, 8000, 100)),
    ]
    n = 100000
    cases.append(_case(n, _random_graph(rng, n, 200000, 100)))
    # a long chain listed backwards, with expensive shortcuts
    chain = [(i, i + 1, rng.randint(1, 10)) for i in range(n - 1, 0, -1)]
    for _ in range(200000 - len(chain)):
        a = rng.randint(1, n - 1)
        b = rng.randint(a + 1, min(n, a + 50))
        chain.append((a, b, rng.randint(90, 100)))
    cases.append(_case(n, chain))
    # a grid-shaped graph, arcs in both directions, target in the far corner
    side = 223
    grid = []
    for r in range(side):
        for c in range(side):
            v = r * side + c + 1
            if c + 1 < side:
                grid.append((v, v + 1, rng.randint(1, 100)))
                grid.append((v + 1, v, rng.randint(1, 100)))
            if r + 1 < side:
                grid.append((v, v + side, rng.randint(1, 100)))
                grid.append((v + side, v, rng.randint(1, 100)))
    rng.shuffle(grid)
    cases.append(_case(side * side, grid))
    return cases
