#!/usr/bin/env python3
"""Venus test fixtures written by the real `datasets` and `pyarrow` packages.

The Rust loaders in crates/venus are tested against files that the Python ecosystem
produces, not against files we write ourselves, so a layout or type we misunderstood
shows up as a failing test. Usage:

    venus_fixtures.py OUT_DIR              write every fixture under OUT_DIR
    venus_fixtures.py check-parquet FILE   read FILE back with datasets and pyarrow
    venus_fixtures.py check-jsonl FILE     read FILE back with datasets

The check modes print one JSON summary on stdout for the Rust test to assert on.
Requires: pip install datasets pyarrow
"""

import hashlib
import json
import os
import shutil
import sys
import tempfile

# Never reach for the network: every fixture is made here, every read is local.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_DISABLE_PROGRESS_BARS", "1")

try:
    import datasets
    import pyarrow as pa
    import pyarrow.parquet as pq
except ImportError as error:  # the Rust test reports this line to the developer
    sys.exit(f"venus_fixtures.py: {error}; run `pip install datasets pyarrow`")

datasets.disable_progress_bars()

EVALUATOR = (
    "def evaluate(expected_output, program_output):\n"
    "    return expected_output.split() == program_output.split()\n"
)


def runner(call):
    return f"import sys\n==Code Submission==\nprint({call})\n"


def cases(pairs):
    return json.dumps([{"input": i, "output": o} for i, o in pairs])


def solution(code, passed=True, time=12.5, memory=9000.0, integral=112500.0, status=None):
    return {
        "code": code,
        "passed": passed,
        "time": time,
        "memory": memory,
        "integral": integral,
        "status": status,
    }


def python_rows():
    """The `python` config: integer ids, one runner string, some optional fields null."""
    return [
        {
            "problem_id": 1,
            "title": "Two Sum",
            "question_content": "Return indices of two numbers adding up to target.",
            "difficulty": "Easy",
            "tags": ["array", "hash-table"],
            "code_prompt": "class Solution:\n    def twoSum(self, nums, target): ...\n",
            "test_case_generator": "import random\nprint(random.randint(1, 9))\n",
            "test_case_evaluator": EVALUATOR,
            "test_case_runners": runner("Solution().twoSum([2, 7], 9)"),
            "test_cases": cases([("2 7\n9\n", "[0, 1]\n"), ("3 3\n6\n", "[0, 1]\n")]),
            "solutions": [
                solution("class Solution:\n    def twoSum(self, n, t): return [0, 1]\n", status="Accepted"),
                solution("class Solution:\n    pass\n", passed=False, time=None, memory=None, integral=None),
                solution("class Solution:\n    def twoSum(self, n, t):\n        return [0, 1]\n", time=30.0),
            ],
        },
        {
            "problem_id": 2,
            "title": "Add Strings",
            "question_content": "Add two numbers given as strings.",
            "difficulty": "Easy",
            "tags": None,
            "code_prompt": None,
            "test_case_generator": None,
            "test_case_evaluator": EVALUATOR,
            "test_case_runners": runner("Solution().addStrings('1', '2')"),
            "test_cases": cases([("1 2\n", "3\n")]),
            "solutions": [],
        },
        {
            "problem_id": 3,
            "title": "Climbing Stairs",
            "question_content": "Count the ways to climb n stairs.",
            "difficulty": None,
            "tags": ["dynamic-programming"],
            "code_prompt": "class Solution:\n    def climbStairs(self, n): ...\n",
            "test_case_generator": None,
            "test_case_evaluator": EVALUATOR,
            "test_case_runners": runner("Solution().climbStairs(3)"),
            "test_cases": cases([("2\n", "2\n"), ("3\n", "3\n"), ("5\n", "8\n")]),
            "solutions": None,
        },
        {
            "problem_id": 4,
            "title": "Valid Parentheses",
            "question_content": "Decide whether brackets are balanced.",
            "difficulty": "Easy",
            "tags": ["stack", "string"],
            "code_prompt": "class Solution:\n    def isValid(self, s): ...\n",
            "test_case_generator": None,
            "test_case_evaluator": EVALUATOR,
            "test_case_runners": runner("Solution().isValid('()')"),
            "test_cases": cases([("()\n", "True\n"), ("(]\n", "False\n"), ("([])\n", "True\n"), ("(\n", "False\n")]),
            "solutions": [solution("class Solution:\n    def isValid(self, s): return True\n", status=None)],
        },
    ]


def multi_rows():
    """The `multi` config: text ids, runners and prompts as a struct by language."""
    return [
        {
            "problem_id": "lc-0001",
            "title": "Sum of Two",
            "question_content": "Print a + b.",
            "difficulty": "Easy",
            "tags": ["math"],
            "code_prompt": {"python3": "class Solution: ...\n", "cpp": "class Solution {};\n", "golang": None},
            "test_case_generator": None,
            "test_case_evaluator": EVALUATOR,
            "test_case_runners": {
                "python3": runner("1 + 2"),
                "cpp": "#include <cstdio>\n==Code Submission==\nint main() { return 0; }\n",
                "golang": None,
            },
            "test_cases": cases([("1 2\n", "3\n")]),
            "solutions": [
                solution("class Solution: pass\n", status="Accepted"),
                solution("class Solution: pass\n", passed=None, time=None, memory=1.0, integral=None),
            ],
        },
        {
            "problem_id": "lc-0002",
            "title": "Max of Two",
            "question_content": "Print max(a, b).",
            "difficulty": "Medium",
            "tags": [],
            "code_prompt": None,
            "test_case_generator": None,
            "test_case_evaluator": EVALUATOR,
            "test_case_runners": {"python3": None, "cpp": None, "golang": "package main\n==Code Submission==\n"},
            "test_cases": cases([("1 2\n", "2\n"), ("5 4\n", "5\n")]),
            "solutions": [],
        },
    ]


SOLUTION_FEATURES = [
    {
        "code": datasets.Value("string"),
        "passed": datasets.Value("bool"),
        "time": datasets.Value("float64"),
        "memory": datasets.Value("float64"),
        "integral": datasets.Value("float64"),
        "status": datasets.Value("string"),
    }
]


def features(id_type, by_language):
    text = datasets.Value("string")
    per_language = {"python3": text, "cpp": text, "golang": text} if by_language else text
    return datasets.Features(
        {
            "problem_id": datasets.Value(id_type),
            "title": text,
            "question_content": text,
            "difficulty": text,
            "tags": [text],
            "code_prompt": per_language,
            "test_case_generator": text,
            "test_case_evaluator": text,
            "test_case_runners": per_language,
            "test_cases": text,
            "solutions": SOLUTION_FEATURES,
        }
    )


def python_dataset(rows):
    return datasets.Dataset.from_list(rows, features=features("int64", False))


def multi_dataset(rows):
    return datasets.Dataset.from_list(rows, features=features("string", True))


README = """---
license: apache-2.0
dataset_info:
- config_name: python
  features:
  - name: problem_id
    dtype: int64
configs:
- config_name: python
  default: true
  data_files:
  - split: train
    path: python/train-*
  - split: test
    path: python/test-*
- config_name: multi
  data_files: "multi/*.parquet"
- config_name: python_test_only
  data_files:
  - python/test-*
---

# Venus fixtures

A small Venus-like dataset for tests.
"""


def write_shards(root, folder):
    """python/train in two shards (ids 1, 2 then 3), python/test in one, multi/train."""
    rows = python_rows()
    os.makedirs(os.path.join(root, folder), exist_ok=True)
    python_dataset(rows[0:2]).to_parquet(os.path.join(root, folder, "train-00000-of-00002.parquet"))
    python_dataset(rows[2:3]).to_parquet(os.path.join(root, folder, "train-00001-of-00002.parquet"))
    python_dataset(rows[3:4]).to_parquet(os.path.join(root, folder, "test-00000-of-00001.parquet"))


def hf_repo_with_readme(root):
    write_shards(root, "python")
    os.makedirs(os.path.join(root, "multi"), exist_ok=True)
    multi_dataset(multi_rows()).to_parquet(os.path.join(root, "multi", "train-00000-of-00001.parquet"))
    with open(os.path.join(root, "README.md"), "w") as f:
        f.write(README)


def hf_repo_by_names(root):
    write_shards(root, "python")
    os.makedirs(os.path.join(root, "multi"), exist_ok=True)
    multi_dataset(multi_rows()).to_parquet(os.path.join(root, "multi", "train-00000-of-00001.parquet"))
    with open(os.path.join(root, "README.md"), "w") as f:
        f.write("# No YAML header here\n")


def hf_repo_default_config(root):
    write_shards(root, "data")


def arrow_table(rows):
    """A table made by pyarrow alone (no Hugging Face metadata), runners as strings."""
    schema = features("int64", False).arrow_schema.remove_metadata()
    return pa.Table.from_pylist(rows, schema=schema)


def add_blob(repo, snapshot, relative, write):
    """Writes a file into blobs/ under its hash and links it from the snapshot."""
    with tempfile.NamedTemporaryFile(delete=False, dir=repo) as tmp:
        pass
    write(tmp.name)
    with open(tmp.name, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    blob = os.path.join(repo, "blobs", digest)
    os.makedirs(os.path.dirname(blob), exist_ok=True)
    shutil.move(tmp.name, blob)
    link = os.path.join(repo, "snapshots", snapshot, relative)
    os.makedirs(os.path.dirname(link), exist_ok=True)
    os.symlink(os.path.relpath(blob, os.path.dirname(link)), link)


def hub_cache(cache):
    """`datasets--org--venus` with the main snapshot in refs/main and a newer stale one."""
    repo = os.path.join(cache, "datasets--org--venus")
    os.makedirs(os.path.join(repo, "refs"))
    main = "a" * 8 + "0123456789abcdef0123456789abcdef"
    stale = "b" * 8 + "0123456789abcdef0123456789abcdef"
    rows = python_rows()

    def text(content):
        return lambda path: open(path, "w").write(content)

    def parquet(part):
        return lambda path: pq.write_table(arrow_table(part), path)

    readme = README.replace('data_files: "multi/*.parquet"', "data_files: multi/*.parquet")
    add_blob(repo, main, "README.md", text(readme))
    add_blob(repo, main, "python/train-00000-of-00002.parquet", parquet(rows[0:2]))
    add_blob(repo, main, "python/train-00001-of-00002.parquet", parquet(rows[2:3]))
    add_blob(repo, main, "python/test-00000-of-00001.parquet", parquet(rows[3:4]))
    add_blob(repo, main, "multi/train-00000-of-00001.parquet", lambda path: pq.write_table(map_runner_table(), path))
    add_blob(repo, stale, "python/train-00000-of-00001.parquet", parquet(rows[3:4]))
    with open(os.path.join(repo, "refs", "main"), "w") as f:
        f.write(main)
    # The stale snapshot is the newest on disk: only refs/main can pick the right one.
    later = os.stat(os.path.join(repo, "snapshots", main)).st_mtime + 100
    os.utime(os.path.join(repo, "snapshots", stale), (later, later))


def map_runner_table():
    """The multi rows with runners as an Arrow map<string, string> (written by pyarrow)."""
    rows = multi_rows()
    for row in rows:
        row["test_case_runners"] = [(k, v) for k, v in row["test_case_runners"].items() if v is not None]
        row["code_prompt"] = None
    schema = features("string", True).arrow_schema.remove_metadata()
    index = schema.get_field_index("test_case_runners")
    schema = schema.set(index, pa.field("test_case_runners", pa.map_(pa.string(), pa.string())))
    schema = schema.set(schema.get_field_index("code_prompt"), pa.field("code_prompt", pa.string()))
    return pa.Table.from_pylist(rows, schema=schema)


def save_to_disk(out):
    rows = python_rows()
    saved = datasets.DatasetDict({"train": python_dataset(rows[0:3]), "test": python_dataset(rows[3:4])})
    saved.save_to_disk(os.path.join(out, "saved_dict"), num_shards={"train": 2, "test": 1})
    multi_dataset(multi_rows()).save_to_disk(os.path.join(out, "saved_single"))


def single_files(out):
    python_dataset(python_rows()).to_json(os.path.join(out, "venus.jsonl"))
    python_dataset(python_rows()).to_json(os.path.join(out, "venus.json"), lines=False)
    multi_dataset(multi_rows()).to_parquet(os.path.join(out, "venus.parquet"))
    pq.write_table(map_runner_table(), os.path.join(out, "venus_map.parquet"))


def write_all(out):
    if os.path.exists(out) and os.listdir(out):
        sys.exit(f"venus_fixtures.py: {out} is not empty; give a new or empty folder")
    os.makedirs(out, exist_ok=True)
    hf_repo_with_readme(os.path.join(out, "repo_yaml"))
    hf_repo_by_names(os.path.join(out, "repo_names"))
    hf_repo_default_config(os.path.join(out, "repo_default"))
    hub_cache(os.path.join(out, "hub"))
    save_to_disk(out)
    single_files(out)


def summary(ds, table):
    first = ds[0] if len(ds) else {}
    return {
        "num_rows": len(ds),
        "columns": ds.column_names,
        "first_problem_id": first.get("problem_id"),
        "solutions_row0": len(first.get("solutions") or []),
        "first_solution_row0": (first.get("solutions") or [None])[0],
        "test_cases_row0_is_string": isinstance(first.get("test_cases"), str),
        "pyarrow_num_rows": None if table is None else table.num_rows,
        "pyarrow_types": None if table is None else {f.name: str(f.type) for f in table.schema},
    }


def check(kind, path):
    with tempfile.TemporaryDirectory() as cache:
        ds = datasets.load_dataset(kind, data_files=path, cache_dir=cache)["train"]
        table = pq.read_table(path) if kind == "parquet" else None
        print(json.dumps(summary(ds, table)))


def main(argv):
    if len(argv) == 3 and argv[1] in ("check-parquet", "check-jsonl"):
        check("parquet" if argv[1] == "check-parquet" else "json", argv[2])
    elif len(argv) == 2 and not argv[1].startswith("-"):
        write_all(argv[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
