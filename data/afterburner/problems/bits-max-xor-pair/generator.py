import random


def _fmt(nums):
    return f"{len(nums)}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    top = (1 << 30) - 1
    cases = [
        _fmt([0, 0]),
        _fmt([1, 2]),
        _fmt([5, 9, 12, 3]),
        _fmt([7, 7, 7]),
        _fmt([top, 0, top]),
        # the largest entry is not part of the best pair
        _fmt([15, 8, 7]),
        _fmt([rng.randint(0, 63) for _ in range(20)]),
        _fmt([rng.randint(0, 1 << 20) for _ in range(500)]),
    ]
    # all values share the top bit, so the maximum never pairs across it
    cases.append(_fmt([(1 << 29) | rng.randint(0, (1 << 29) - 1) for _ in range(5000)]))
    # large cases
    cases.append(_fmt([rng.randint(0, top) for _ in range(50_000)]))
    cases.append(_fmt([(1 << 29) | (rng.randint(0, 1 << 12) << 10) for _ in range(50_000)]))
    cases.append(_fmt([rng.randint(0, 1 << 15) * rng.choice([1, 1 << 14]) for _ in range(50_000)]))
    # every value alike but for the lowest bit or two: no pair differs at any higher bit,
    # so a search for a partner fails across the whole list at almost every bit, and a
    # quadratic search is too slow by a wide margin, not a close one
    cases.append(_fmt([(1 << 29) | (5 << 20) | rng.randint(0, 1) for _ in range(50_000)]))
    cases.append(_fmt([(3 << 27) | (9 << 8) | rng.randint(0, 3) for _ in range(50_000)]))
    return cases
