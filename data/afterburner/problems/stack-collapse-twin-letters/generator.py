import random


def _nested(rng, half):
    left = [rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(half)]
    # avoid equal neighbours inside the left half so the pairs only meet in the middle
    for i in range(1, half):
        while left[i] == left[i - 1]:
            left[i] = rng.choice("abcdefghijklmnopqrstuvwxyz")
    return "".join(left) + "".join(reversed(left))


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = ["a", "aa", "abba", "abcba", "aabbccd", "xyyxzq", "abab"]
    for _ in range(4):
        n = rng.randint(5, 30)
        cases.append("".join(rng.choice("ab") for _ in range(n)))
    cases.append("".join(rng.choice("abc") for _ in range(1000)))
    # large: one deep nest that collapses completely, one that leaves a tail,
    # and long random strings over tiny alphabets
    cases.append(_nested(rng, 100000))
    cases.append(_nested(rng, 99990) + "qrs")
    cases.append("".join(rng.choice("ab") for _ in range(200000)))
    cases.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(200000)))
    # more deep nests: searching again from the start after every removal is too slow
    # by a wide margin, not a close one
    for _ in range(4):
        cases.append(_nested(rng, 100000))
    return [c + "\n" for c in cases]
