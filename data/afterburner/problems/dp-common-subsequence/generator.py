import random
import string


def _word(rng, length, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(length))


def _mutate(rng, word, changes, alphabet):
    chars = list(word)
    for _ in range(changes):
        op = rng.randrange(3)
        pos = rng.randrange(len(chars))
        if op == 0:
            chars[pos] = rng.choice(alphabet)
        elif op == 1 and len(chars) > 1:
            del chars[pos]
        else:
            chars.insert(pos, rng.choice(alphabet))
    return "".join(chars)


def generate_inputs(seed: int) -> list[str]:
    rng = random.Random(seed)
    low = string.ascii_lowercase
    cases = [
        ("a", "a"),
        ("a", "b"),
        ("kitten", "sitting"),
        ("abc", "xyz"),
        ("aaaa", "aa"),
        ("abcabcabc", "cbacbacba"),
        (_word(rng, 25, "ab"), _word(rng, 30, "ab")),
        (_word(rng, 200, low), _word(rng, 180, low)),
    ]
    base = _word(rng, 400, "abcd")
    cases.append((base, _mutate(rng, base, 60, "abcd")))
    # large cases
    cases.append((_word(rng, 1000, low), _word(rng, 1000, low)))
    base = _word(rng, 1000, "abcdefgh")
    cases.append((base, _mutate(rng, base, 250, "abcdefgh")[:1000]))
    cases.append((_word(rng, 1000, "xy"), _word(rng, 950, "xyz")))
    return [f"{a}\n{b}\n" for a, b in cases]
