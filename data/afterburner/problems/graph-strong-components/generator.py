import random


def _case(n, arcs):
    return f"{n} {len(arcs)}\n" + "".join(f"{u} {v}\n" for u, v in arcs)


def _relabel(rng, n, arcs):
    tail = list(range(1, n + 1))
    rng.shuffle(tail)
    perm = [0] + tail
    out = [(perm[u], perm[v]) for u, v in arcs]
    rng.shuffle(out)
    return out


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case(6, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 4), (6, 6)]),
        _case(3, [(1, 2), (2, 3)]),
        _case(1, []),
        _case(1, [(1, 1), (1, 1)]),
        _case(2, [(1, 2), (2, 1), (1, 2)]),
        _case(5, [(5, 4), (4, 3), (3, 2), (2, 1)]),
        _case(5, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 1)]),
        _case(8, [(1, 2), (2, 1), (3, 4), (4, 5), (5, 3), (2, 3), (6, 7), (8, 8)]),
    ]
    n = 30
    cases.append(_case(n, [(rng.randint(1, n), rng.randint(1, n)) for _ in range(35)]))
    n = 3000
    cases.append(_case(n, [(rng.randint(1, n), rng.randint(1, n)) for _ in range(4500)]))
    n = 100000
    cases.append(_case(n, [(rng.randint(1, n), rng.randint(1, n)) for _ in range(200000)]))
    # one huge cycle with forward chords: a single group, very deep search
    ring = [(i, i % n + 1) for i in range(1, n + 1)]
    ring += [(u, min(n, u + rng.randint(2, 100))) for u in (rng.randint(1, n) for _ in range(100000))]
    cases.append(_case(n, _relabel(rng, n, ring)))
    # a chain of small cycles of size 1..4, each linked forward: many groups, deep search
    arcs = []
    start = 1
    blocks = []
    while start <= n:
        size = min(rng.randint(1, 4), n - start + 1)
        block = list(range(start, start + size))
        if size > 1:
            arcs += [(block[i], block[(i + 1) % size]) for i in range(size)]
        blocks.append(block)
        start += size
    for i in range(len(blocks) - 1):
        arcs.append((rng.choice(blocks[i]), rng.choice(blocks[i + 1])))
    for _ in range(40000):
        i = rng.randrange(len(blocks))
        j = min(len(blocks) - 1, i + rng.randint(0, 30))
        arcs.append((rng.choice(blocks[i]), rng.choice(blocks[j])))
    cases.append(_case(n, _relabel(rng, n, arcs)))
    return cases
