"""The Qt binding itself must survive a long shift: thousands of signal emissions from Python.

PySide6 6.12.0 on Python 3.11 lost one reference to True on every `emit()`, and
the interpreter aborted after about a thousand emits (the board's ticker emits
every second). The run happens in a child process so that a bad binding fails
this test instead of killing the whole suite.
"""
from __future__ import annotations

import subprocess
import sys

CHILD = """
from PySide6.QtCore import QObject, Signal
class Source(QObject):
    ticked = Signal(int)
source = Source()
source.ticked.connect(lambda value: None)
for value in range(20000):
    source.ticked.emit(value)
print("survived")
"""


def test_twenty_thousand_emits_do_not_crash_the_interpreter():
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "survived"
