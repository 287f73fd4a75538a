import random


def _fmt(w):
    return f"{len(w)}\n{' '.join(map(str, w))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _fmt([7]),
        _fmt([3, 9]),
        _fmt([5, 5, 5]),
        _fmt([4, 1, 2, 8]),
        # merging the lightest neighbours first is not optimal here
        _fmt([2, 2, 1, 2]),
        _fmt([rng.randint(1, 20) for _ in range(9)]),
        _fmt([rng.randint(1, 1_000_000) for _ in range(14)]),
        _fmt([rng.randint(1, 100) for _ in range(60)]),
    ]
    # large cases
    cases.append(_fmt([rng.randint(1, 1_000_000) for _ in range(250)]))
    cases.append(_fmt([rng.choice([1, 1_000_000]) for _ in range(250)]))
    cases.append(_fmt(sorted(rng.randint(1, 1000) for _ in range(240))))
    return cases
