import random


def _fmt(nums):
    return f"{len(nums)}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _fmt([1]),
        _fmt([2]),
        _fmt([1, 12, 7, 36]),
        _fmt([1000000, 999983]),
        _fmt([4, 9, 16, 25, 49, 121, 1024, 999999]),
        _fmt([720720, 997 * 997, 2 ** 19, 3 ** 12, 510510]),
        _fmt([rng.randint(1, 100) for _ in range(50)]),
        _fmt([rng.randint(1, 1000) ** 2 for _ in range(300)]),
        _fmt([rng.randint(1, 1_000_000) for _ in range(2000)]),
    ]
    # large cases: random values, values near the top of the range, many squares and primes
    cases.append(_fmt([rng.randint(1, 1_000_000) for _ in range(30_000)]))
    cases.append(_fmt([rng.randint(900_000, 1_000_000) for _ in range(30_000)]))
    mixed = [rng.randint(1, 1000) ** 2 for _ in range(10_000)]
    mixed += [999_983, 999_979, 999_961, 1_000_000, 997 * 991] * 2_000
    mixed += [rng.randint(1, 1_000_000) for _ in range(10_000)]
    rng.shuffle(mixed)
    cases.append(_fmt(mixed))
    return cases
