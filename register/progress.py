"""Progress of long work (an import, a verification, an export), told to whoever shows it: a terminal's bar
on the command line, a progress dialog on the desktop. register/ only counts; it never knows which."""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, Optional, TypeVar

T = TypeVar("T")

# progress(stage, done, total): `stage` names the step ("reading", "checking", "writing", "verifying",
# "exporting"); `total` is None while it is unknown (a file read as it streams).
Progress = Callable[[str, int, Optional[int]], None]

STEP = 1000  # items between two reports: often enough for a bar, rare enough to cost nothing


def counted(items: Iterable[T], progress: Progress | None, stage: str, total: int | None = None,
            step: int = STEP) -> Iterator[T]:
    """Yield `items` unchanged, telling `progress` how many have passed every `step` items and at the end."""
    if progress is None:
        yield from items
        return
    done = 0
    progress(stage, 0, total)
    for item in items:
        yield item
        done += 1
        if done % step == 0:
            progress(stage, done, total)
    progress(stage, done, total if total is not None else done)
