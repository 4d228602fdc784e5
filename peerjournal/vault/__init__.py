"""The vault layer: the encrypted journal file (the only place that imports
sqlcipher3 and argon2)."""

from peerjournal.vault.search import SearchHit
from peerjournal.vault.vault import Vault

__all__ = ["SearchHit", "Vault"]
