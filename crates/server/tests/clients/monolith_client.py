"""Drives a server with the unmodified `monolith-lib` client from PyPI.

Usage: python3 monolith_client.py http://HOST:PORT
Exits non-zero with a message on the first answer that is not what the client expects.
"""

import sys

from monolith import monolith


def check(condition, what, answer):
    if not condition:
        sys.exit(f"monolith-lib: {what}: {answer!r}")


def main(url):
    client = monolith.Monolith(backend_url=url)

    # Submit, then fetch by id: the way the client is meant to be used.
    submitted = client.post_code_submit(
        lang="python", libs=[], code="print(sum(range(10)))", timeout=10, profiling=True
    )
    check(submitted["status"] == "success", "submit status", submitted)
    check(submitted["error"] is None, "submit error", submitted)
    result = client.get_code_result(submitted["task_id"])
    output = result["output_dict"]
    check(output["stdout"] == "45\n", "stdout", result)
    check(output["duration"] > 0 and output["peak_memory"] > 0, "measurements", result)
    check(output["integral"] > 0, "integral", result)

    # Every original language name is understood.
    programs = {
        "cpp": '#include <cstdio>\nint main(){std::puts("hi");}',
        "java": 'public class Main { public static void main(String[] a) { System.out.println("hi"); } }',
        "javascript": 'console.log("hi")',
        "go": 'package main\nimport "fmt"\nfunc main() { fmt.Println("hi") }',
        "rust": 'fn main() { println!("hi"); }',
    }
    for language, code in programs.items():
        answer = client.post_code_submit(lang=language, libs=[], code=code, timeout=60, profiling=False)
        check(answer["status"] == "success", f"{language} status", answer)
        fetched = client.get_code_result(answer["task_id"])
        check(fetched["output_dict"]["stdout"] == "hi\n", f"{language} stdout", fetched)

    # A program that runs past its timeout.
    answer = client.post_code_submit(lang="python", libs=[], code="while True: pass", timeout=1, profiling=False)
    check(answer["status"] == "timeout", "timeout status", answer)

    # An unsupported language is refused with a message (the client turns it into an error).
    answer = client.post_code_submit(lang="ruby", libs=[], code="puts 1", timeout=5, profiling=False)
    check(answer["status"] == "error" and "ruby" in answer["error"], "unsupported language", answer)

    status = client.get_status()
    check(status["number_of_worker"] >= 1 and "current_queue_size" in status, "status", status)
    cleaned = client.clean(result_limit=0)
    check(cleaned["current_result_cache_size"] == 0, "clean", cleaned)
    print("monolith-lib: all checks passed")


if __name__ == "__main__":
    main(sys.argv[1])
