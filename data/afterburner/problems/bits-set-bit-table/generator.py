import random


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    values = [0, 1, 2, 5, 8, 31, 64]
    values += [rng.randint(100, 5_000), rng.randint(50_000, 200_000)]
    values += [1_000_000, rng.randint(900_000, 999_999), 1 << 19]
    return [f"{n}\n" for n in values]
