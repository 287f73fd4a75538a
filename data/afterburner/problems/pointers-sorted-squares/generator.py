import random


def _case(nums):
    nums = sorted(nums)
    return f"{len(nums)}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case([-4, -1, 0, 2, 3]),
        _case([-5, -5, 1]),
        _case([0]),
        _case([-10000]),
        _case([-3, -2, -1]),
        _case([1, 2, 3, 4]),
        _case([-10000, -1, 0, 1, 10000]),
        _case([-2, -2, 2, 2]),
        _case([7, 7, 7, 7, 7, 7]),
        _case([rng.randint(-20, 20) for _ in range(25)]),
    ]
    n = 200000
    cases.append(_case([rng.randint(-10000, 10000) for _ in range(n)]))
    cases.append(_case([rng.randint(-10000, 500) for _ in range(n)]))
    cases.append(_case([-(i % 10001) for i in range(n)]))
    return cases
