"""``python -m arabnews …``: the same command line as the ``arabnews`` script (see :mod:`arabnews.cli`)."""

import sys

from arabnews.cli import main

if __name__ == "__main__":
    sys.exit(main())
