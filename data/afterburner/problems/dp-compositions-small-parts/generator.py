import random


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    values = [1, 2, 3, 4, 5, 10, 37]
    values += [rng.randint(50, 2000) for _ in range(2)]
    values += [rng.randint(10_000, 100_000)]
    values += [1_000_000, rng.randint(900_000, 999_999)]
    return [f"{n}\n" for n in values]
