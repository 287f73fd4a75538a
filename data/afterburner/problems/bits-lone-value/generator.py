import random


def _case(rng, pairs, lo, hi, lone_position):
    values = rng.sample(range(lo, hi + 1), pairs + 1)
    lone, doubled = values[0], values[1:]
    nums = doubled + doubled
    rng.shuffle(nums)
    if lone_position == "first":
        nums.insert(0, lone)
    elif lone_position == "last":
        nums.append(lone)
    else:
        nums.insert(rng.randint(0, len(nums)), lone)
    return f"{len(nums)}\n{' '.join(map(str, nums))}\n"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        "1\n42\n",
        "1\n-1000000000\n",
        "3\n5 9 5\n",
        "5\n4 -1 7 4 7\n",
        "7\n3 3 1 1 2 2 1000000000\n",
        "5\n0 -7 -7 8 8\n",
    ]
    cases.append(_case(rng, 20, -50, 50, "any"))
    cases.append(_case(rng, 1000, -10**9, 10**9, "any"))
    cases.append(_case(rng, 30_000, -10**6, 10**6, "any"))
    # large cases: the lone value sits at the end or is the largest value
    cases.append(_case(rng, 100_000, -10**9, 10**9, "last"))
    cases.append(_case(rng, 100_000, 0, 10**9, "last"))
    big = list(range(-100_000, 0)) * 2
    rng.shuffle(big)
    big.append(10**9)
    cases.append(f"{len(big)}\n{' '.join(map(str, big))}\n")
    return cases
