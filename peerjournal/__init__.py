"""PeerJournal: an offline, encrypted journal for Certified Peer Recovery Specialists."""

__version__ = "0.1.0"
