import random


def _case(rows):
    return f"{len(rows)} {len(rows[0])}\n" + "\n".join(rows) + "\n"


def _random(rng, r, c, p):
    return ["".join("#" if rng.random() < p else "." for _ in range(c)) for _ in range(r)]


def _serpentine(r, c):
    # one corridor of land winding through the whole map, row by row
    rows = []
    for i in range(r):
        if i % 2 == 0:
            rows.append("#" * c)
        elif i % 4 == 1:
            rows.append("." * (c - 1) + "#")
        else:
            rows.append("#" + "." * (c - 1))
    return rows


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case(["##..#", "#...#", "..#..", ".###."]),
        _case(["#.", ".#"]),
        _case(["."]),
        _case(["#"]),
        _case(["#.#.##.#..###"]),
        _case(["#", "#", ".", "#", ".", "."]),
        _case(["#.#.#", ".#.#.", "#.#.#", ".#.#."]),
        _case(["#####", "#...#", "#.#.#", "#...#", "#####"]),
        _case(_random(rng, 12, 17, 0.45)),
        _case(_random(rng, 60, 80, 0.55)),
    ]
    cases.append(_case(_random(rng, 700, 700, 0.5)))
    cases.append(_case(_serpentine(701, 700)))
    cases.append(_case(_random(rng, 500, 1000, 0.62)))
    return cases
