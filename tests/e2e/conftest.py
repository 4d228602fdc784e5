from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import cli

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def pj(tmp_path: Path, private_home: Path) -> Callable[..., cli.Result]:
    """Run `peerjournal` against a journal in tmp_path with a passphrase file."""
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    vault = tmp_path / "journal.peerjournal"

    def run(
        *args: str, passphrase: bool = True, vault_path: Path | None = None, **kwargs: object
    ) -> cli.Result:
        extra = ["--vault", str(vault_path or vault)]
        if passphrase:
            extra += ["--passphrase-file", str(secret)]
        return cli.run(*args, *extra, home=private_home, **kwargs)  # type: ignore[arg-type]

    run.vault = vault  # type: ignore[attr-defined]
    run.secret = secret  # type: ignore[attr-defined]
    return run
