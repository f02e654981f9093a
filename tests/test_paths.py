"""Where quizzer keeps things without QUIZZER_HOME: the folders platformdirs gives,
worked out without importing it on Linux (``quizzer --help`` prints them)."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from quizzer import paths

KINDS = {"data": platformdirs.user_data_dir, "config": platformdirs.user_config_dir,
         "cache": platformdirs.user_cache_dir}


@pytest.mark.parametrize("xdg", ["", "absolute", "relative", "blank", "slash"])
@pytest.mark.parametrize("home", ["absolute", "relative", "unset"])
def test_the_folders_are_those_of_platformdirs(xdg: str, home: str, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUIZZER_HOME", raising=False)
    monkeypatch.delenv("QUIZZER_DB", raising=False)
    monkeypatch.delenv("QUIZZER_CONFIG", raising=False)
    for variable in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    if home != "unset":
        monkeypatch.setenv("HOME", str(tmp_path / "home") if home == "absolute" else "home")
    value = {"": None, "absolute": str(tmp_path / "xdg"), "relative": "xdg", "blank": "  ",
             "slash": str(tmp_path / "xdg") + "/"}[xdg]
    if value is not None:
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            monkeypatch.setenv(variable, value)
    for kind, theirs in KINDS.items():
        try:
            expected: Path | None = Path(theirs("quizzer", appauthor=False))
        except RuntimeError:  # platformdirs cannot tell (no absolute home): nor can we
            expected = None
        if expected is None:
            with pytest.raises(RuntimeError):
                paths._user_dir(kind)  # noqa: SLF001
        else:
            assert paths._user_dir(kind) == expected  # noqa: SLF001
    if xdg == "" and home == "absolute" and sys.platform == "linux":
        assert paths.database_path() == tmp_path / "home" / ".local" / "share" / "quizzer" / "quizzer.db"
        assert paths.config_path() == tmp_path / "home" / ".config" / "quizzer" / "config.toml"
        assert paths.cache_path() == tmp_path / "home" / ".cache" / "quizzer"
        sys.modules.pop("platformdirs", None)
        try:
            paths.database_path(), paths.config_path(), paths.cache_path()
            assert "platformdirs" not in sys.modules  # the common case needs no import
        finally:
            sys.modules["platformdirs"] = platformdirs
