"""The one-folder bundle of `make dist` runs where no Python is installed: built once here, then driven
from a bare environment whose PATH holds nothing but the bundle (no python, no pdftotext)."""
from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from resources import RESOURCES
from ui.metadata import program_version

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.bundle, pytest.mark.timeout(1800)]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """Build with the repository's spec file, as `make dist` does, into a temporary directory."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(out / "dist"), "--workpath", str(out / "work"),
                    str(ROOT / "packaging" / "detention-register.spec")], check=True, cwd=ROOT)
    return out / "dist" / "detention-register"


@pytest.fixture()
def home(tmp_path) -> Path:
    return tmp_path


def bare_environment(home: Path, bundle: Path, **extra: str) -> dict[str, str]:
    """What a station's session gives the program, minus any Python: only the bundle is on the PATH."""
    return {"HOME": str(home), "PATH": str(bundle), "LANG": "C.UTF-8", "DETENTION_REGISTER_PASSWORD": "demo",
            **extra}


def run(bundle: Path, home: Path, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(bundle / "detention-register"), "--db", f"sqlite:///{home / 'register.db'}", *argv],
                          env=bare_environment(home, bundle), capture_output=True, text=True, timeout=300)


def test_the_bundle_names_its_version(bundle, home):
    done = subprocess.run([str(bundle / "detention-register"), "--version"], env=bare_environment(home, bundle),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["detention-register", program_version()]


def test_the_bundle_makes_a_register_and_prints_a_kazakh_timeline(bundle, home):
    assert run(bundle, home, "init").returncode == 0
    demo = run(bundle, home, "demo")
    assert demo.returncode == 0, demo.stderr
    pdf = home / "timeline.pdf"
    printed = run(bundle, home, "--user", "monitor", "timeline", "C-000001", "--pdf", str(pdf), "--lang", "kk")
    assert printed.returncode == 0, printed.stderr
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Ұстау хронологиясы" in text  # the Kazakh catalogue and a font with Kazakh letters travelled along
    assert "C-000001" in text


def test_the_bundle_opens_the_desktop_in_kazakh_with_every_catalogue(bundle, home):
    assert run(bundle, home, "init").returncode == 0
    assert run(bundle, home, "demo").returncode == 0
    env = bare_environment(home, bundle, QT_QPA_PLATFORM="offscreen", LANG="kk_KZ.UTF-8", LC_ALL="kk_KZ.UTF-8")
    desktop = subprocess.Popen([str(bundle / "detention-register"), "--db", f"sqlite:///{home / 'register.db'}",
                                "gui"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log = home / ".local" / "state" / "detention-register" / "log" / "detention-register.log"
    try:
        # Poll the child's visible effect: it starts on its own schedule, no clock of ours to advance.
        deadline = time.monotonic() + 240
        while "the sign-in window opens" not in (log.read_text() if log.exists() else ""):
            assert desktop.poll() is None, desktop.communicate()[1]
            assert time.monotonic() < deadline, "the desktop never reached its sign-in window"
            time.sleep(0.05)
        expected = len(list((RESOURCES / "translations").glob("*_kk.qm"))) + 1  # ours and Qt's own qtbase_kk
        assert f"interface language kk: {expected} catalogues loaded" in log.read_text()
    finally:
        desktop.send_signal(signal.SIGTERM)
        desktop.communicate(timeout=60)
