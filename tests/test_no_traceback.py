"""Never a traceback (issue 9): every registered command, odd arguments, odd settings.

The property test runs each sub-command the parser knows (new ones are covered
as soon as they are registered) in-process with hypothesis-made arguments
(numbers of any size, paths of every kind, hostile text), environment
(QUIZZER_DB / QUIZZER_CONFIG pointing anywhere, locales) and console encodings,
and asserts exit 0, 1 or 2 (usage), never an exception.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from commandline import Command, subcommands
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzer.cli import main

COMMANDS = subcommands()
NOTES = "# Git\n\n- **git status**: show the status\n- **git add**: stage changes\n"


@contextlib.contextmanager
def console(encoding: str) -> Iterator[tuple[io.TextIOWrapper, io.TextIOWrapper]]:
    """stdout and stderr as a console of ``encoding`` (strict, as Python's own are)."""
    out = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="strict", write_through=True)
    err = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="strict", write_through=True)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        yield out, err


def call(argv: list[str], *, env: dict[str, str], encoding: str = "utf-8") -> tuple[int, str, str]:
    with mock.patch.dict(os.environ, env), console(encoding) as (out, err):
        try:
            code = main(argv)
        except SystemExit as exit:  # argparse: --help, usage errors
            code = exit.code if isinstance(exit.code, int) else 1
    texts = (stream.buffer.getvalue().decode(encoding, "replace") for stream in (out, err))  # type: ignore[attr-defined]
    stdout, stderr = texts
    return code, stdout, stderr


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("anything")
    (root / "notes").mkdir()
    (root / "notes" / "git.md").write_text(NOTES, encoding="utf-8")
    (root / "notes" / "README.md").write_text("# Read me\n\nNothing to learn here.\n", encoding="utf-8")
    (root / "cp949.md").write_bytes("- **ls**: 목록 보기\n".encode("cp949"))
    (root / "binary.md").write_bytes(b"\x00\x01\x02" * 100)
    (root / "empty.md").write_bytes(b"")
    (root / "config.toml").write_text("new_per_dya = 5\n[decks.x]\nnew_per_day = -1\n", encoding="utf-8")
    (root / "bad.toml").write_bytes(b"\xff = [")
    (root / "text.db").write_text("not a database\n", encoding="utf-8")
    (root / "home").mkdir()
    return root


def paths(root: Path) -> st.SearchStrategy[str]:
    fixed = [
        "notes", "notes/git.md", "notes/README.md", "cp949.md", "binary.md", "empty.md", "config.toml",
        "text.db", "home", "missing.md", "missing/deeper/x.md", "/dev/null", "/", "/proc/self/status",
        "home/quizzer.db",
    ]
    return st.one_of(st.just(str(root / "notes" / "git.md")),
                     st.sampled_from([str(root / p) if not p.startswith("/") else p for p in fixed]),
                     st.text(min_size=1, max_size=12).filter(lambda s: "\x00" not in s))


def numbers() -> st.SearchStrategy[str]:
    return st.one_of(
        st.integers().map(str),
        st.integers(min_value=2**62, max_value=2**70).map(str),
        st.sampled_from(["9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e9", "0x10",
                         "1_000", " 7 ", "٣", "-0", "99999999999999999999"]),
    )


def words() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(["docker-containers.ko", "git", "notes", "-", "--", "", "\x1b[2J", "\u202e", "\udcff"]),
        st.text(max_size=20).filter(lambda s: "\x00" not in s),
    )


def argument(root: Path, action: argparse.Action | None = None) -> st.SearchStrategy[str]:
    """Mostly what the argument expects (a number, a path, a deck), sometimes anything."""
    anything = st.one_of(numbers(), paths(root), words())
    if action is None:
        return anything
    if action.choices:
        return st.one_of(st.sampled_from([str(choice) for choice in action.choices]), anything)
    metavar = str(action.metavar or action.dest).upper()
    if action.type not in (None, str):
        expected = numbers()
    elif any(word in metavar for word in ("PATH", "FILE", "DIR", "OUT")):
        expected = paths(root)
    else:
        expected = words()
    return st.one_of(expected, expected, anything)


@st.composite
def invocation(draw: st.DrawFn, root: Path) -> list[str]:
    command: Command = draw(st.sampled_from(COMMANDS))
    argv = [command.name]
    for action in command.positionals:
        argv += draw(st.lists(argument(root, action), min_size=0 if draw(st.integers(0, 4)) == 0 else 1, max_size=3))
    for option in draw(st.lists(st.sampled_from(command.options), max_size=2)) if command.options else []:
        argv += [option.option_strings[-1], draw(argument(root, option))]
    for flag in draw(st.lists(st.sampled_from(command.flags), max_size=2, unique=True)) if command.flags else []:
        argv.append(flag)
    if draw(st.integers(0, 4)) == 0:
        argv = [*draw(st.sampled_from([["--db", draw(paths(root))], ["--ascii-json"]])), *argv]
    return argv


@st.composite
def environment(draw: st.DrawFn, root: Path) -> dict[str, str]:
    env = {"QUIZZER_HOME": str(root / "home"), "QUIZZER_DB": "", "QUIZZER_CONFIG": "", "COLUMNS": "100"}
    if draw(st.integers(0, 4)) == 0:
        env["QUIZZER_DB"] = draw(paths(root))
    if draw(st.integers(0, 3)) == 0:
        env["QUIZZER_CONFIG"] = draw(st.sampled_from([str(root / "config.toml"), str(root / "bad.toml"),
                                                        str(root / "notes"), str(root / "missing.toml")]))
    env["LANG"] = draw(st.sampled_from(["C", "ko_KR.UTF-8", "en_US.UTF-8", "xx", ""]))
    env["COLUMNS"] = draw(st.sampled_from(["100", "20", "0", "-5", "abc", "100000"]))
    return env


def test_every_command_with_anything_exits_0_1_or_2(place: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(place)
    succeeded: set[str] = set()
    names = {command.name for command in COMMANDS}

    @settings(max_examples=120, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(argv=invocation(place), env=environment(place),
           encoding=st.sampled_from(["utf-8", "cp949", "ascii", "latin-1"]))
    def run(argv: list[str], env: dict[str, str], encoding: str) -> None:
        code, _, err = call(argv, env=env, encoding=encoding)
        assert code in (0, 1, 2), (argv, code, err)
        assert "Traceback" not in err
        if code == 0:
            succeeded.update(names & set(argv))

    run()
    assert len(succeeded) >= 3, succeeded  # it ran commands through, not only into usage errors


@pytest.mark.parametrize(
    "argv",
    [
        ["suspend", "99999999999999999999"],
        ["unsuspend", "9223372036854775808"],
        ["suspend", "0"],
        ["suspend", "-1"],
        ["review", "--new-limit", "9223372036854775807"],
        ["review", "--review-limit", "9223372036854775807"],
        ["review", "--new-limit", "-1"],
        ["review", "--review-limit", "1" * 5000],
    ],
)
def test_numbers_out_of_range_are_usage_errors(argv: list[str], tmp_path: Path) -> None:
    code, out, err = call(argv, env={"QUIZZER_HOME": str(tmp_path)})
    assert code == 2 and out == ""
    assert "expected a whole number" in err and "Traceback" not in err
    assert len(err.splitlines()[-1]) < 200


def test_the_largest_card_id_is_merely_missing(tmp_path: Path) -> None:
    code, _, err = call(["suspend", "9223372036854775807"], env={"QUIZZER_HOME": str(tmp_path)})
    assert code == 1 and "There is no card 9223372036854775807" in err


def test_a_copy_of_the_home_keeps_working_after_all_that(place: Path, tmp_path: Path) -> None:
    """Whatever the property test did, the database it used still opens."""
    home = tmp_path / "copy"
    shutil.copytree(place / "home", home)
    code, _, err = call(["decks"], env={"QUIZZER_HOME": str(home), "QUIZZER_DB": "", "QUIZZER_CONFIG": ""})
    assert code == 0, err
    assert sys.stdout is not None
