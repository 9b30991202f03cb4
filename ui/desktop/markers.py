"""Safety warning markers in the interface language (SUICIDE RISK, OBS: 30 min, ...).

The words are the printed timeline's (resources/printing/labels.toml [value.marker]), so the board, the
timeline header and the paper name a risk alike; which markers a custody has is register.risk's decision.
"""
from __future__ import annotations

from typing import Iterable

from ui.desktop.fields import words



def marker_texts(markers: Iterable[str], check_interval_minutes: int | None) -> list[str]:
    labels = words()
    return [labels.value("marker", code).replace("{minutes}", str(check_interval_minutes or ""))
            for code in markers]
