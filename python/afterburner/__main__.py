"""``python -m afterburner ARGS`` runs the `afterburner` binary with ARGS (the one
shipped in the wheel, or `AFTERBURNER_BIN`)."""

import os
import sys

from afterburner.server import ServerUnavailable, find_binary


def main() -> None:
    try:
        binary = find_binary()
    except ServerUnavailable as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
    os.execv(binary, [binary, *sys.argv[1:]])


if __name__ == "__main__":
    main()
