def evaluate(expected_output: str, program_output: str) -> bool:
    return expected_output.split() == program_output.split()
