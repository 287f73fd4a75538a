"""Writes APPS- and Mercury-layout files with `datasets`, as users download them.

The problems are our own, in each benchmark's schema: APPS (`problem_id`, `question`,
`solutions` as a JSON string list, `input_output` as a JSON string, `difficulty`, `url`,
`starter_code`) and Mercury (`id`, `slug_name`, `difficulty`, `pretty_content`,
`prompt`, `entry_point`, `convert_offline`, `evaluate_offline`, `test_cases` as a JSON
string, `solutions` as `{solution, runtime}`). `crates/venus/tests/benchmarks.rs` loads
them and judges every solution; each solution's name says the verdict it must get.

Usage: python3 scripts/benchmark_fixtures.py OUT_DIR
"""

import json
import sys
from pathlib import Path

from datasets import Dataset


def apps_rows():
    total_inputs = ["3\n1 2 3\n", "1\n-5\n", ["4", "10 20 30 40"]]
    total_outputs = ["6\n", "-5\n", ["100"]]
    total_solutions = [
        # passed: reads everything at once
        "import sys\ndata = sys.stdin.read().split()\nprint(sum(map(int, data[1:])))\n",
        # passed: module-level names used from a function through `global`, a star
        # import, and a main guard, as whole programs do
        "from math import *\ncount = 0\n\ndef read():\n    global count\n    count = int(input())\n\n"
        "if __name__ == '__main__':\n    read()\n    print(sum(int(x) for x in input().split()[:count]))\n",
        # passed: ends with sys.exit(0) after printing
        "import sys\nn = int(input())\nprint(sum(map(int, input().split())))\nsys.exit(0)\n",
        # wrong_answer: prints the count instead of the sum
        "print(input())\n",
        # wrong_answer: writes bytes that are not UTF-8 straight to the output
        "import os\nos.write(1, b'\\xff\\xfe\\n')\n",
        # runtime_error: exits with a failure status
        "import sys\nsys.exit(3)\n",
    ]
    vowels_solutions = [
        # passed: a method of Solution, as the starter code has it
        "class Solution:\n    def count_vowels(self, word):\n        return sum(c in 'aeiou' for c in word)\n",
        # passed: a plain function, returning the single value the list wraps
        "def count_vowels(word):\n    return len([c for c in word if c in 'aeiou'])\n",
        # wrong_answer: counts y as a vowel
        "def count_vowels(word):\n    return sum(c in 'aeiouy' for c in word)\n",
    ]
    split_solutions = [
        # passed: returns a tuple, which APPS compares as a list
        "def halves(n):\n    return (n // 2, n - n // 2)\n",
        # wrong_answer: swaps the halves
        "def halves(n):\n    return [n - n // 2, n // 2]\n",
    ]
    return [
        {
            "problem_id": 4001,
            "question": "Read n, then n integers; print their sum.",
            "solutions": json.dumps(total_solutions),
            "input_output": json.dumps({"inputs": total_inputs, "outputs": total_outputs}),
            "difficulty": "introductory",
            "url": "https://example.org/problems/4001",
            "starter_code": "",
        },
        {
            "problem_id": 4002,
            "question": "Count the vowels (a, e, i, o, u) of a lowercase word.",
            "solutions": json.dumps(vowels_solutions),
            "input_output": json.dumps(
                {
                    "fn_name": "count_vowels",
                    "inputs": [["banana"], ["rhythm"], ["queue"]],
                    "outputs": [[3], [0], [4]],
                }
            ),
            "difficulty": "interview",
            "url": "https://example.org/problems/4002",
            "starter_code": "class Solution:\n    def count_vowels(self, word):\n        ",
        },
        {
            "problem_id": 4003,
            "question": "Split n into a smaller and a larger half.",
            "solutions": json.dumps(split_solutions),
            "input_output": json.dumps(
                {"fn_name": "halves", "inputs": [[7], [10]], "outputs": [[3, 4], [5, 5]]}
            ),
            "difficulty": "interview",
            "url": "https://example.org/problems/4003",
            "starter_code": "def halves(n):\n    ",
        },
        {
            # No references: the problem is kept, with no solution to measure.
            "problem_id": 4004,
            "question": "Print the larger of two integers.",
            "solutions": "",
            "input_output": json.dumps({"inputs": ["1 2\n"], "outputs": ["2\n"]}),
            "difficulty": "introductory",
            "url": "https://example.org/problems/4004",
            "starter_code": "",
        },
        {
            # Malformed tests: left out with the reason.
            "problem_id": 4005,
            "question": "A problem whose tests were cut short.",
            "solutions": json.dumps(["print(1)\n"]),
            "input_output": '{"inputs": ["1\\n"], "outputs": [',
            "difficulty": "competition",
            "url": "https://example.org/problems/4005",
            "starter_code": "",
        },
    ]


LIST_HELPERS = (
    "def _to_list_node(values):\n"
    "    head = None\n"
    "    for value in reversed(values):\n"
    "        head = ListNode(value, head)\n"
    "    return head\n\n"
    "def _from_list_node(node):\n"
    "    values = []\n"
    "    while node is not None:\n"
    "        values.append(node.val)\n"
    "        node = node.next\n"
    "    return values\n"
)


def mercury_rows():
    reverse = {
        "id": 9001,
        "slug_name": "reverse-chain",
        "meta_info": {"frontend_id": "0"},
        "difficulty": "Easy",
        "pretty_content": ["Reverse a singly linked list and return its new head."],
        "prompt": "class Solution:\n    def reverseChain(self, head: Optional[ListNode]) -> Optional[ListNode]:\n        ",
        "entry_point": "reverseChain",
        "generator_code": "def generate_test_case():\n    return {'head': [1, 2, 3]}\n",
        "convert_online": "",
        "convert_offline": LIST_HELPERS
        + "\ndef convert_offline(case):\n    inputs, expected = case\n    return [_to_list_node(inputs['head'])], expected\n",
        "evaluate_offline": LIST_HELPERS
        + "\ndef evaluate_offline(inputs, outputs, expected):\n    return _from_list_node(outputs) == expected\n",
        "test_cases": json.dumps(
            [
                {"input": {"head": [1, 2, 3]}, "expected": [3, 2, 1]},
                {"input": {"head": []}, "expected": []},
                {"input": {"head": [5]}, "expected": [5]},
            ]
        ),
        "solutions": [
            {
                # passed: iterative, prints debug output that Mercury silences
                "solution": "class Solution:\n    def reverseChain(self, head):\n        prev = None\n"
                "        while head:\n            print('at', head.val)\n"
                "            head.next, prev, head = prev, head, head.next\n        return prev\n",
                "runtime": "32ms",
            },
            {
                # passed: through a Python list
                "solution": "class Solution:\n    def reverseChain(self, head):\n        vals = []\n"
                "        while head:\n            vals.append(head.val)\n            head = head.next\n"
                "        out = None\n        for v in vals:\n            out = ListNode(v, out)\n        return out\n",
                "runtime": "40ms",
            },
            {
                # wrong_answer: returns the list unchanged
                "solution": "class Solution:\n    def reverseChain(self, head):\n        return head\n",
                "runtime": "20ms",
            },
        ],
    }
    sort_in_place = {
        "id": 9002,
        "slug_name": "order-three-colours",
        "meta_info": {"frontend_id": "0"},
        "difficulty": "Medium",
        "pretty_content": ["Sort a list of 0, 1 and 2 in place; return nothing."],
        "prompt": "class Solution:\n    def orderColours(self, nums: List[int]) -> None:\n        ",
        "entry_point": "orderColours",
        "generator_code": "",
        "convert_online": "",
        "convert_offline": "def convert_offline(case):\n    inputs, expected = case\n    return [list(inputs['nums'])], expected\n",
        "evaluate_offline": "def evaluate_offline(inputs, outputs, expected):\n    return inputs[0] == expected\n",
        "test_cases": json.dumps(
            [
                {"input": {"nums": [2, 0, 1]}, "expected": [0, 1, 2]},
                {"input": {"nums": [1, 1, 0, 2, 0]}, "expected": [0, 0, 1, 1, 2]},
            ]
        ),
        "solutions": [
            {"solution": "class Solution:\n    def orderColours(self, nums):\n        nums.sort()\n", "runtime": "30ms"},
            {
                "solution": "class Solution:\n    def orderColours(self, nums):\n        counts = [nums.count(c) for c in range(3)]\n"
                "        nums[:] = [c for c in range(3) for _ in range(counts[c])]\n",
                "runtime": "35ms",
            },
            # wrong_answer: sorts a copy, leaving the argument as it was
            {"solution": "class Solution:\n    def orderColours(self, nums):\n        nums = sorted(nums)\n", "runtime": "30ms"},
            # wrong_answer: returns the sorted list but does not sort in place, and the
            # evaluator judges the arguments it converted itself
            {"solution": "class Solution:\n    def orderColours(self, nums):\n        return sorted(nums)\n", "runtime": "30ms"},
        ],
    }
    needs_lctk = dict(
        reverse,
        id=9003,
        slug_name="needs-toolkit",
        convert_offline="import lctk\n\ndef convert_offline(case):\n    return case\n",
    )
    return [reverse, sort_in_place, needs_lctk]


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    apps = Dataset.from_list(apps_rows())
    apps.to_json(str(out / "apps.jsonl"), lines=True)
    apps.to_parquet(str(out / "apps.parquet"))
    Dataset.from_list(mercury_rows()).to_parquet(str(out / "mercury.parquet"))


if __name__ == "__main__":
    main()
