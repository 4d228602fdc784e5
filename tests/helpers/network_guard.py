"""In-process guard: fail the test if anything opens a network socket."""

from __future__ import annotations

import socket
from typing import Any

NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}


class NetworkUsed(AssertionError):
    """Raised when code under test opens a network socket."""


class GuardedSocket(socket.socket):
    def __init__(self, family: Any = -1, *args: Any, **kwargs: Any) -> None:
        fam = socket.AF_INET if family == -1 else family
        if fam in NETWORK_FAMILIES:
            raise NetworkUsed("a network socket was opened")
        super().__init__(family, *args, **kwargs)


def refuse_name_lookup(*_args: Any, **_kwargs: Any) -> Any:
    raise NetworkUsed("a network name lookup was made")
