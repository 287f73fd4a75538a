# Reads numbers from stdin (or uses 1..10^6) and prints their sum.
import sys

data = sys.stdin.read().split()
numbers = list(map(int, data)) if data else list(range(1, 1_000_001))
print(sum(numbers))
