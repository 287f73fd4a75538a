import random


def _case(rows):
    return f"{len(rows)} {len(rows[0])}\n" + "\n".join(rows) + "\n"


def _put(rows, r, c, ch):
    rows[r] = rows[r][:c] + ch + rows[r][c + 1:]


def _random(rng, r, c, wall, s, t):
    rows = ["".join("#" if rng.random() < wall else "." for _ in range(c)) for _ in range(r)]
    _put(rows, s[0], s[1], "S")
    _put(rows, t[0], t[1], "T")
    return rows


def _serpentine(r, c):
    rows = []
    for i in range(r):
        if i % 2 == 0:
            rows.append("." * c)
        elif i % 4 == 1:
            rows.append("#" * (c - 1) + ".")
        else:
            rows.append("." + "#" * (c - 1))
    _put(rows, 0, 0, "S")
    last = r - 1
    _put(rows, last, c - 1 if (last // 2) % 2 == 0 else 0, "T")
    return rows


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        _case(["S.#.", ".##T", "...."]),
        _case(["S#.", "#.T"]),
        _case(["ST"]),
        _case(["S", ".", ".", "#", "T"]),
        _case(["T", ".", ".", ".", "S"]),
        _case(["S....", "####.", ".....", "T####"]),
        _case(["....S", ".###.", ".#T#.", ".#.#.", "....."]),
        _case(_random(rng, 9, 13, 0.25, (0, 0), (8, 12))),
        _case(_random(rng, 40, 60, 0.3, (rng.randrange(40), 0), (rng.randrange(40), 59))),
        _case(_random(rng, 150, 150, 0.35, (75, 75), (0, 149))),
    ]
    cases.append(_case(_random(rng, 700, 700, 0.3, (0, 0), (699, 699))))
    cases.append(_case(_serpentine(701, 700)))
    # the target is sealed in, so the whole reachable area is explored
    big = _random(rng, 500, 1000, 0.2, (250, 10), (498, 998))
    big[497] = big[497][:997] + "###"
    _put(big, 498, 997, "#")
    _put(big, 498, 999, "#")
    big[499] = big[499][:997] + "###"
    cases.append(_case(big))
    return cases
