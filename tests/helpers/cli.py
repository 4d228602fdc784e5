"""Run the real `peerjournal` command as a subprocess, the way scripts do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
NONET = Path(__file__).resolve().parent / "nonet"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def run(
    *args: str,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    home: Path | None = None,
    timeout: float = 120,
) -> Result:
    """`peerjournal ARGS...`, with the network guard loaded, no terminal on stdin."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("PEERJOURNAL_")}
    full_env["PEERJOURNAL_TEST_FAST_KDF"] = "1"
    full_env["PYTHONPATH"] = os.pathsep.join([str(NONET), str(ROOT)])
    full_env["QT_QPA_PLATFORM"] = "offscreen"
    # English unless a test asks for another locale: the command speaks Spanish
    # when the locale says so.
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        full_env.pop(var, None)
    full_env["LANG"] = "C.UTF-8"
    if home is not None:
        full_env["HOME"] = str(home)
        for var, sub in (
            ("XDG_DATA_HOME", ".local/share"),
            ("XDG_CONFIG_HOME", ".config"),
            ("XDG_CACHE_HOME", ".cache"),
        ):
            full_env[var] = str(home / sub)
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "peerjournal", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        cwd=ROOT,
    )
    if "NETWORK-GUARD" in proc.stderr:
        raise AssertionError("the command opened a network socket: " + proc.stderr)
    return Result(proc.returncode, proc.stdout, proc.stderr)
