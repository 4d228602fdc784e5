"""Keep the decrypted journal out of crash dumps.

SQLCipher's `cipher_memory_security` wipes the library's own buffers, but the
Python process holds the same words in ordinary strings that nothing wipes,
and the wiping made every write three times slower. So it is off, and instead
the process is made undumpable from the moment a journal is opened: no core
file (RLIMIT_CORE 0) and, on Linux, PR_SET_DUMPABLE 0, which also stops other
programs of the same user from attaching a debugger or reading its memory
through /proc. It is never turned back on: strings read before a lock may
still be in memory after it. Locking still drops the key and the connections.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3

_done = False


def make_undumpable() -> None:
    """No core dumps, and (Linux) no dumping or attaching by the same user.

    Best effort and idempotent: a system without these calls is left as it is."""
    global _done
    if _done:
        return
    _done = True
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource  # not on Windows

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool | None:
    """Whether the kernel would dump this process (Linux), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    except (OSError, AttributeError):
        return None
