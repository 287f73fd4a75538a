import random


def _fmt(nums):
    return f"{len(nums)}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _fmt([7]),
        _fmt([5, 5]),
        _fmt([1, 5]),
        _fmt([2, 2, 8]),
        _fmt([3, 1, 5, 7]),
        _fmt([1, 2, 3, 4, 5, 6, 7]),
        _fmt([rng.randint(1, 100) for _ in range(12)]),
    ]
    # numbers that are all 2 mod 4, an odd count of them: even total, odd half, answer NO
    cases.append(_fmt([4 * rng.randint(0, 24) + 2 for _ in range(39)]))
    nums = [rng.randint(1, 100) for _ in range(60)]
    if sum(nums) % 2:
        nums[0] += 1 if nums[0] < 100 else -1
    cases.append(_fmt(nums))
    # large cases
    nums = [rng.randint(1, 100) for _ in range(200)]
    if sum(nums) % 2:
        nums[-1] += 1 if nums[-1] < 100 else -1
    cases.append(_fmt(nums))
    cases.append(_fmt([4 * rng.randint(12, 24) + 2 for _ in range(199)]))
    # all numbers are 4 mod 8 and there is an odd count of them: half the total is not a
    # multiple of 4, while every group sum is
    cases.append(_fmt([8 * rng.randint(6, 12) + 4 for _ in range(197)]))
    return cases
