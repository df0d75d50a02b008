"""Reading and writing files safely: inputs stay inside their folder, writes are atomic.

Every file the build reads comes from raw/ or content/ and must resolve inside it (a symbolic
link out of the folder is refused); every file it writes is written under a unique temporary
name in the same folder and renamed over the target, so a reader — or a second build — never
sees half a file, and an interrupted build leaves no partial file under the target's name.
This module imports nothing of the project.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Temporary files of atomic writes: hidden, with this suffix, so that no step takes one for output.
TEMP_PREFIX = "."
TEMP_SUFFIX = ".tmp"


class OutsideError(ValueError):
    """A path that leads out of the folder it must stay in."""


def inside(path: Path, root: Path) -> bool:
    """The path, links followed, is inside the root folder."""
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop
        return False
    return True


def check_inside(path: Path, root: Path) -> None:
    """Raise OutsideError naming the path when it leads out of root (a link to /etc/passwd)."""
    if not inside(path, root):
        try:
            target = os.path.realpath(path)
        except OSError:
            target = "?"
        raise OutsideError(f"{path}: a link to {target}, outside {root}/; not read (copy the file into {root}/)")


def is_temporary(path: Path) -> bool:
    """A temporary file of an atomic write (left by an interrupted build)."""
    return path.name.startswith(TEMP_PREFIX) and path.name.endswith(TEMP_SUFFIX)


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write a file so that no reader ever sees half of it, even with two writers at once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def temporary_beside(path: Path) -> Path:
    """A unique temporary name in the target's folder, for writers that need a path (a zip)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX)
    os.close(fd)
    return Path(tmp)
