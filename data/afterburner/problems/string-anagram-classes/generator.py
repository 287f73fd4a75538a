import random


def _fmt(words):
    return "%d\n%s\n" % (len(words), " ".join(words))


def _shuffled(rng, w):
    chars = list(w)
    rng.shuffle(chars)
    return "".join(chars)


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    cases = [
        ["z"],
        ["stop", "pots", "tops", "opts", "post", "spot"],
        ["ab", "ba", "abb", "bab", "c"],
        ["aab", "abb", "bba", "baa"],
        ["abc", "abc", "cab", "abcd"],
        ["a", "aa", "aaa", "aaaa"],
    ]
    for _ in range(4):
        n = rng.randint(3, 15)
        cases.append(["".join(rng.choice("abc") for _ in range(rng.randint(1, 4))) for _ in range(n)])
    # large: many classes with several members, words up to length 30
    letters = "abcdefghijklmnopqrstuvwxyz"
    bases = ["".join(rng.choice(letters) for _ in range(rng.randint(10, 30))) for _ in range(20000)]
    cases.append([_shuffled(rng, rng.choice(bases)) for _ in range(100000)])
    # large: almost all distinct long words
    cases.append(["".join(rng.choice(letters) for _ in range(30)) for _ in range(100000)])
    # large: short words over a small alphabet where letter sets collide but counts differ
    cases.append(["".join(rng.choice("abcd") for _ in range(rng.randint(1, 12))) for _ in range(100000)])
    return [_fmt(c) for c in cases]
