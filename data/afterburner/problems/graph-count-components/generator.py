import random


def _case(n, edges):
    lines = [f"{n} {len(edges)}"]
    lines.extend(f"{u} {v}" for u, v in edges)
    return "\n".join(lines) + "\n"


def _random_graph(rng, n, m):
    return [(rng.randint(1, n), rng.randint(1, n)) for _ in range(m)]


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case(6, [(1, 2), (2, 3), (5, 4), (3, 1)]),
        _case(3, [(2, 2)]),
        _case(1, []),
        _case(7, []),
        _case(1, [(1, 1), (1, 1)]),
        _case(4, [(1, 2), (2, 1), (1, 2), (3, 4), (4, 3)]),
        _case(8, [(8, 7), (7, 6), (6, 5), (5, 4), (4, 3), (3, 2), (2, 1)]),
        _case(10, [(1, 10), (2, 9), (3, 8), (4, 4), (10, 2)]),
    ]
    cases.append(_case(40, _random_graph(rng, 40, 25)))
    cases.append(_case(2000, _random_graph(rng, 2000, 1500)))
    n = 200000
    cases.append(_case(n, _random_graph(rng, n, 200000)))
    # one long path, edges shuffled and oriented at random
    order = list(range(1, n + 1))
    rng.shuffle(order)
    path = [(order[i], order[i + 1]) if rng.random() < 0.5 else (order[i + 1], order[i]) for i in range(n - 1)]
    rng.shuffle(path)
    cases.append(_case(n, path))
    # many small pieces: edges only inside blocks of 50 vertices
    blocks = []
    for _ in range(200000):
        b = rng.randrange(n // 50) * 50
        blocks.append((b + rng.randint(1, 50), b + rng.randint(1, 50)))
    cases.append(_case(n, blocks))
    # a chain built from vertex 1 outwards: deep trees for unbalanced union-find
    chain = [(i, i + 1) for i in range(1, n)]
    cases.append(_case(n, chain))
    return cases
