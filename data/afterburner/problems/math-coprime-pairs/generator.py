import random


def _fmt(nums):
    return f"{len(nums)}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    top = 200_000
    cases = [
        _fmt([1]),
        _fmt([1, 1]),
        _fmt([4, 4, 4]),
        _fmt([6, 10, 15, 7, 1]),
        _fmt([1, 1, 1, 2, 3, 4]),
        _fmt([2 * 3 * 5 * 7 * 11 * 13, 17 * 19, 17, 199999, 200000, 1]),
        _fmt([rng.randint(1, 30) for _ in range(40)]),
        _fmt([rng.randint(1, top) for _ in range(2000)]),
    ]
    # large cases
    cases.append(_fmt([rng.randint(1, top) for _ in range(100_000)]))
    evens = [2 * rng.randint(1, top // 2) for _ in range(60_000)]
    odds = [2 * rng.randint(0, top // 2 - 1) + 1 for _ in range(39_000)]
    mixed = evens + odds + [1] * 1000
    rng.shuffle(mixed)
    cases.append(_fmt(mixed))
    # numbers with many small prime factors
    smooth = []
    for _ in range(100_000):
        x = 1
        while True:
            p = rng.choice([2, 3, 5, 7, 11, 13, 17])
            if x * p > top:
                break
            x *= p
        smooth.append(x)
    cases.append(_fmt(smooth))
    return cases
