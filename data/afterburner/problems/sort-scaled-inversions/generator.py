import random


def _case(nums, c):
    return f"{len(nums)} {c}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case([9, 4, 1, -3, 2], 2),
        _case([5, 5, 5], 1),
        _case([42], 3),
        _case([0, 0, 0, 0], 1),
        _case([4, 2], 2),
        _case([5, 2], 2),
        _case([-1, -1, -3], 1),
        _case([6, 5, 4, 3, 2, 1], 1),
        _case([10**9, -10**9, 10**9, -10**9], 10),
        _case([rng.randint(-10, 10) for _ in range(40)], rng.randint(1, 3)),
        _case([rng.randint(-1000, 1000) for _ in range(2000)], 2),
    ]
    n = 100000
    cases.append(_case([rng.randint(-10**9, 10**9) for _ in range(n)], 1))
    cases.append(_case([rng.randint(-500, 500) for _ in range(n)], 3))
    cases.append(_case([rng.randint(0, 10**9) for _ in range(n)], 10))
    # three more at full size, so comparing every pair is too slow by a wide margin,
    # not a close one
    cases.append(_case([10**9 - 7 * i for i in range(n)], 1))
    cases.append(_case([rng.randint(-10**9, 10**9) for _ in range(n)], 2))
    cases.append(_case([rng.randint(-3, 3) for _ in range(n)], 1))
    return cases
