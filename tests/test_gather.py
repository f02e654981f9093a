"""Folders of notes as a person's disk has them: a sub-folder that vanishes while
quizzer reads the folder (a build, another program's temporary files) or that
cannot be read is no traceback; the rest of the folder is imported."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli

from quizzer.documents import gather

NOTES = "# git\n\n- **git add**: stage changes\n- **git commit**: record them\n"


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "notes"
    for name in ("gone", "locked", "kept"):
        (root / name).mkdir(parents=True)
        (root / name / f"{name}.md").write_text(NOTES, encoding="utf-8")
    (root / "top.md").write_text(NOTES, encoding="utf-8")
    return root


def _failing_scandir(monkeypatch: pytest.MonkeyPatch) -> None:
    """``gone`` disappears between being listed and being read; ``locked`` may not be read."""
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        name = os.path.basename(os.fspath(path))
        if name == "gone":
            raise FileNotFoundError(2, "No such file or directory", os.fspath(path))
        if name == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_a_vanished_or_unreadable_sub_folder_is_no_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _folder(tmp_path)
    _failing_scandir(monkeypatch)
    found, skipped = gather([root])
    assert found == [root / "kept" / "kept.md", root / "top.md"]
    # the unreadable folder is said; the vanished one is simply not there any more
    assert [item.path for item in skipped] == [str(root / "locked")]
    assert "permission denied" in skipped[0].reason


def test_import_of_a_folder_whose_sub_folder_vanishes_imports_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _folder(tmp_path)
    _failing_scandir(monkeypatch)
    rc, out, err = run_cli(capsys, "import", str(root))
    assert rc == 0, err
    assert "kept" in out and "top" in out
    assert str(root / "locked") in err


def test_the_folder_search_keeps_its_order_and_what_it_finds(tmp_path: Path) -> None:
    root = tmp_path / "n"
    (root / "b" / ".hidden").mkdir(parents=True)
    (root / "a").mkdir()
    for path in ("b/z.md", "b/.hidden/h.md", "a/A.MD", "a/x.markdown", "a/skip.txt", "top.md"):
        (root / path).write_text(NOTES, encoding="utf-8")
    (root / "link.md").symlink_to(root / "top.md")
    (root / "broken.md").symlink_to(root / "nowhere.md")
    (root / "linked-folder").symlink_to(root / "a")
    found, skipped = gather([root])
    assert [p.relative_to(root).as_posix() for p in found] == [
        "a/A.MD", "a/x.markdown", "b/.hidden/h.md", "b/z.md", "link.md", "top.md",
    ]
    # a link to nothing is said, not passed over in silence (test_hostile_files: a pipe, a loop of links too)
    assert [(Path(s.path).name, s.reason) for s in skipped] == [
        ("broken.md", f"{root / 'broken.md'} is a link to {root / 'nowhere.md'}, which is not there.")]


def test_the_system_s_reason_is_said_in_the_interface_s_language() -> None:
    """'Cannot read …: No such file or directory.' was the C library's English in the Korean interface too."""
    import errno

    from quizzer.errors import os_reason
    from quizzer.i18n import set_language

    try:
        set_language("ko")
        assert os_reason(FileNotFoundError(errno.ENOENT, "No such file or directory")) == "그런 파일이나 폴더가 없습니다"
        assert os_reason(PermissionError(errno.EACCES, "Permission denied")) == "권한이 없습니다"
        assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"  # one we do not know: as the system says
        set_language("en")
        assert os_reason(IsADirectoryError(errno.EISDIR, "Is a directory")) == "it is a folder"
    finally:
        set_language("en")


def test_a_link_gone_while_it_is_read_is_a_reason_not_a_traceback(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken.md"
    broken.symlink_to(tmp_path / "nowhere.md")

    def removed(path: Any) -> str:  # the link removed between the stat that failed and the readlink
        raise FileNotFoundError(2, "No such file or directory", str(path))

    monkeypatch.setattr(os, "readlink", removed)
    found, skipped = gather([broken])
    assert found == [] and [s.reason for s in skipped] == [
        f"Cannot read {broken}: there is no such file or folder."]
