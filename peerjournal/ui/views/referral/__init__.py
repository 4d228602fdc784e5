"""The referral composer's panels: the consent that covers the letter, and
the letter's preview."""
