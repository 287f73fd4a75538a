import random


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    values = [1, 2, 3, 4, 13, 100, 7919]
    values += [rng.randint(10_000, 99_999), rng.randint(100_000, 999_999)]
    # 4999999 is prime, so an off-by-one at the bound shows on a large case too
    values += [5_000_000, 4_999_999, rng.randint(4_000_000, 4_900_000)]
    return [f"{n}\n" for n in values]
