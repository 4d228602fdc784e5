"""Loaded first by every `peerjournal` subprocess the tests start (via PYTHONPATH):
any attempt to make a network socket stops the process with exit 97."""

import os
import sys


def _no_network(event: str, args: tuple) -> None:
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        # AF_UNIX (1) is local inter-process plumbing, not network; everything else is refused.
        if family != 1:
            sys.stderr.write(f"NETWORK-GUARD: a socket was opened ({event})\n")
            sys.stderr.flush()
            os._exit(97)
    elif event in ("socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname"):
        sys.stderr.write(f"NETWORK-GUARD: {event}\n")
        sys.stderr.flush()
        os._exit(97)


sys.addaudithook(_no_network)

# The test suite's switch for quick (never below OWASP) key derivation: the
# PEERJOURNAL_TEST_FAST_KDF variable alone does nothing in an installed app.
sys._peerjournal_test_fast_kdf = True  # type: ignore[attr-defined]
