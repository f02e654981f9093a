"""Which quizzer made an import stamp or a kept piece (``quizzer.db.stamps.code_version``): the package's
files by their bytes, so a tree written again with the same files keeps what it made, and any edit does not."""

from __future__ import annotations

import os
from pathlib import Path

from quizzer import __version__
from quizzer.db.stamps import code_digest, code_version


def package(root: Path) -> Path:
    files = {
        "__init__.py": "VERSION = 1\n",
        "extract/rules.py": "def rule():\n    return '규칙'\n",
        "locale/ko/LC_MESSAGES/quizzer.mo": "\x00translations",
        "README.txt": "not code",
        "extract/__pycache__/rules.cpython-312.pyc": "bytecode",
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def later(path: Path) -> None:
    """``path`` written again with the same bytes, at another time (a checkout, a merge, a copy)."""
    data = path.read_bytes()
    path.write_bytes(data)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns + 10**9, stat.st_mtime_ns + 10**9))


def test_the_same_files_written_again_are_the_same_code(tmp_path: Path) -> None:
    root = package(tmp_path / "quizzer")
    before = code_digest(root)
    for path in root.rglob("*.*"):
        later(path)
    assert code_digest(root) == before


def test_a_module_or_a_translation_edited_is_other_code(tmp_path: Path) -> None:
    root = package(tmp_path / "quizzer")
    before = code_digest(root)
    (root / "extract/rules.py").write_text("def rule():\n    return '규칓'\n", encoding="utf-8")
    edited = code_digest(root)
    assert edited != before
    (root / "locale/ko/LC_MESSAGES/quizzer.mo").write_bytes(b"\x00translation")  # a warning worded otherwise
    assert code_digest(root) not in (before, edited)


def test_a_module_moved_is_other_code(tmp_path: Path) -> None:
    root = package(tmp_path / "quizzer")
    before = code_digest(root)
    (root / "extract/rules.py").rename(root / "extract/rule.py")
    assert code_digest(root) != before


def test_bytecode_and_other_files_are_not_code(tmp_path: Path) -> None:
    root = package(tmp_path / "quizzer")
    before = code_digest(root)
    (root / "extract/__pycache__/rules.cpython-312.pyc").write_text("other bytecode", encoding="utf-8")
    (root / "README.txt").write_text("other words", encoding="utf-8")
    assert code_digest(root) == before


def test_the_running_quizzer_is_its_version_and_its_package() -> None:
    import quizzer

    assert code_version() == f"{__version__}:{code_digest(Path(quizzer.__file__).resolve().parent)}"
