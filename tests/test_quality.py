"""The code stays typed and linted: ``mypy --strict`` and ruff run as tests,
so the test command checks them too (both come with the ``test`` extra)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.mark.timeout(600)
def test_mypy_strict_passes() -> None:
    done = _run(sys.executable, "-m", "mypy")  # packages and --strict come from pyproject
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.timeout(120)
def test_ruff_check_passes() -> None:
    ruff = shutil.which("ruff")
    cmd = [ruff] if ruff else [sys.executable, "-m", "ruff"]
    done = _run(*cmd, "check", ".")
    assert done.returncode == 0, done.stdout + done.stderr
