import random


def _case(n, rules):
    return f"{n} {len(rules)}\n" + "".join(f"{u} {v}\n" for u, v in rules)


def _random_dag(rng, n, m, span=None):
    # edges go forward in a hidden random ranking of the tasks
    rank = list(range(1, n + 1))
    rng.shuffle(rank)
    rules = []
    for _ in range(m):
        a = rng.randrange(n - 1)
        hi = n - 1 if span is None else min(n - 1, a + span)
        b = rng.randint(a + 1, hi)
        rules.append((rank[a], rank[b]))
    return rules


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case(5, [(3, 1), (3, 2), (5, 2), (4, 1)]),
        _case(3, [(1, 2), (2, 3), (3, 1)]),
        _case(1, []),
        _case(2, [(2, 2)]),
        _case(5, []),
        _case(5, [(5, 4), (4, 3), (3, 2), (2, 1)]),
        _case(3, [(3, 1)]),
        _case(6, [(6, 3), (6, 3), (1, 3), (5, 1), (2, 4), (4, 6)]),
        _case(7, [(7, 1), (6, 2), (1, 5), (2, 5), (5, 3), (3, 4), (4, 5)]),
        _case(30, _random_dag(rng, 30, 40)),
        _case(2000, _random_dag(rng, 2000, 3000, span=50)),
    ]
    n = 200000
    cases.append(_case(n, _random_dag(rng, n, 200000)))
    cases.append(_case(n // 2, _random_dag(rng, n // 2, 200000, span=20)))
    # a long chain in descending labels with a cycle hidden at its far end
    chain = [(i + 1, i) for i in range(1, n - 5)]
    chain.append((1, n - 3))
    chain.append((n - 3, 2))
    rng.shuffle(chain)
    cases.append(_case(n, chain))
    cases.append(_case(n, []))
    return cases
