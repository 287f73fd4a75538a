import random


def _case(nums):
    return f"{len(nums)}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case([3, 1, 4, 1, 5, 9, 2, 6]),
        _case([2, 2, 2, 2, 2, 2]),
        _case([-5]),
        _case([1, 2, 2, 1]),
        _case([1, 2, 3, 1, 4, 5]),
        _case([7, 8, 9, 10]),
        _case([-1, 0, -1, 0, -1]),
        _case([1, 2, 3, 4, 1, 5, 6, 2, 7, 8, 9]),
        _case([rng.randint(-8, 8) for _ in range(40)]),
        _case([rng.randint(0, 300) for _ in range(3000)]),
    ]
    n = 200000
    cases.append(_case([rng.randint(-10**9, 10**9) for _ in range(n)]))
    cases.append(_case([rng.randint(-30000, 30000) for _ in range(n)]))
    block = list(range(1000))
    periodic = []
    while len(periodic) < n:
        rng.shuffle(block)
        periodic.extend(block)
    cases.append(_case(periodic[:n]))
    return cases
