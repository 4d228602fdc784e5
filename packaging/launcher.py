"""The frozen program's entry point: the same `peerjournal` command."""

import sys

from peerjournal.cli import main

if __name__ == "__main__":
    sys.exit(main())
