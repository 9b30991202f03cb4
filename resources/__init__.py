"""Data files: rule profiles, translations, fonts, rights-notice texts."""
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent
FONTS = RESOURCES / "fonts"
