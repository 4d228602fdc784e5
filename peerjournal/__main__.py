"""`python -m peerjournal` runs the command."""

from peerjournal.cli import main

raise SystemExit(main())
