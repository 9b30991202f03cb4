"""Where the suite keeps its files: in memory when the machine has room for it.

Every SQLite commit of the register is synced to the disk (synchronous=FULL) and every PostgreSQL database the
suite makes is a few megabytes of writes; on a shared virtual disk that was most of a run's time. The suite tests
the register, not the disk, so its temporary files (pytest's tmp_path, the PostgreSQL servers, the bundle)
live on the machine's memory file system when there is one with room, executable files allowed (a container's
small or `noexec` /dev/shm is passed over and the ordinary temporary directory is used).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

MEMORY = Path("/dev/shm")
ROOM_NEEDED = 4 * 1024 ** 3  # a whole run keeps well under 2 GB there (tests/conftest.py drops its databases)


def _mount_options(path: Path) -> set[str]:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return {"noexec"}  # cannot tell: do not run the bundle from there
    for mount in mounts:
        fields = mount.split()
        if len(fields) >= 4 and fields[1] == str(path):
            return set(fields[3].split(","))
    return {"noexec"}


def memory_directory() -> Path | None:
    """A directory of this user's on the memory file system, or None when there is none with room."""
    if not (MEMORY.is_dir() and os.access(MEMORY, os.W_OK | os.X_OK)) or "noexec" in _mount_options(MEMORY):
        return None
    room = os.statvfs(MEMORY)
    if room.f_bavail * room.f_frsize < ROOM_NEEDED:
        return None
    path = MEMORY / f"detention-register-tests-{os.getuid()}"
    path.mkdir(exist_ok=True)
    # Others may pass through (PostgreSQL runs as its own user under it when the suite runs as root), not list.
    path.chmod(0o711)
    return path


def use_memory_for_temporary_files() -> Path | None:
    """Point this process's and its children's temporary files at memory, unless TMPDIR already says where."""
    if os.environ.get("TMPDIR"):
        return None
    path = memory_directory()
    if path is not None:
        os.environ["TMPDIR"] = str(path)
        tempfile.tempdir = str(path)
    return path
