import random

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = ["z", "ab", "aa", "xabacabz", "qwwe", "abcd", "abccbaxyz", "racecars"]
    for _ in range(4):
        n = rng.randint(3, 25)
        cases.append("".join(rng.choice("ab") for _ in range(n)))
    n = 3000
    half = "".join(rng.choice(LETTERS) for _ in range(700))
    planted = "".join(rng.choice(LETTERS) for _ in range(800)) + half + half[::-1] + \
        "".join(rng.choice(LETTERS) for _ in range(800))
    # large: one letter repeated, an alternating pattern, random over two letters,
    # and random text hiding a long even-length palindrome
    cases.append("a" * n)
    cases.append(("ab" * n)[:n - 1])
    cases.append("".join(rng.choice("ab") for _ in range(n)))
    cases.append(planted)
    return [c + "\n" for c in cases]
