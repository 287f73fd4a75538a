import random


def _fmt(nums):
    return f"{len(nums)}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _fmt([7]),
        _fmt([5, 5, 5]),
        _fmt([3, -2, 8, 4, 4, 9, 5, 6]),
        _fmt([1, 2, 2, 3, 3, 4]),
        _fmt(list(range(10, 0, -1))),
        _fmt([rng.randint(-5, 5) for _ in range(30)]),
        _fmt([rng.randint(-10**9, 10**9) for _ in range(300)]),
    ]
    # a long run with repeated values: strictness matters
    cases.append(_fmt(sorted(rng.randint(0, 200) for _ in range(1000))))
    # large cases
    cases.append(_fmt([rng.randint(-10**9, 10**9) for _ in range(4000)]))
    cases.append(_fmt([i // 3 + rng.randint(0, 40) for i in range(4000)]))
    cases.append(_fmt([rng.randint(-10**9, 10**9) for _ in range(3900)]))
    return cases
