import random


def _case(nums):
    return f"{len(nums)}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case([4, -2, 4, 7, -2, 9]),
        _case([5, 1, 1, 5]),
        _case([8]),
        _case([3, 3]),
        _case([0, 0, 0, -1]),
        _case([-10**9, 10**9, -10**9]),
        _case([2, 2, 2, 2, 2, 2, 2]),
        _case([rng.randint(-6, 6) for _ in range(20)]),
    ]
    n = 200000
    half = [rng.randint(-10**9, 10**9) for _ in range(n // 2 - 1)]
    twice = half + half
    rng.shuffle(twice)
    cases.append(_case(twice[:n // 2] + [10**9 - 7] + twice[n // 2:] + [31337]))
    values = list(range(-n // 4, n // 4))
    paired = values + values
    rng.shuffle(paired)
    cases.append(_case(paired))
    wide = [rng.randint(-3000, 3000) for _ in range(n - 1)] + [10**9]
    cases.append(_case(wide))
    return cases
