"""``quizzer quiz`` and ``quizzer exam`` on the real command line (in-process), and one exam in tmux."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
from pathlib import Path

import pytest
from conftest import Tmux, quizzer_command, wait_for

from quizzer.cli import main
from quizzer.commands.quiz import parse_duration
from conftest import run_cli as run


@pytest.fixture(autouse=True)
def terminal_width(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Wide tables in-process; in tmux, the terminal's own width (COLUMNS would reach the server)."""
    if "tmux" in request.fixturenames:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", "200")


def test_durations() -> None:
    assert [parse_duration(t) for t in ("20m", "20", "1h30m", "90s", "1m30s")] == [1200, 1200, 5400, 90, 90]
    for bad in ("0", "soon", "-5m", "0s"):
        with pytest.raises(argparse.ArgumentTypeError):
            parse_duration(bad)


def test_no_terminal_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "exam", "-n", "3")
    assert rc == 1 and err.strip() == "Error: The exam screen needs an interactive terminal."
    rc, out, err = run(capsys, "quiz", "--kind", "syntax", "--mode", "typed")  # a syntax note is asked typed
    assert rc == 1 and err.strip() == "Error: The quiz screen needs an interactive terminal."
    rc, out, err = run(capsys, "quiz", "--kind", "syntax", "--mode", "choice")  # one syntax note: no choices
    assert rc == 1 and err.startswith("Error: No questions can be made from the syntax notes of these decks")
    assert "multiple choice needs four notes of a kind" in err and len(err.strip().splitlines()) == 1
    rc, out, err = run(capsys, "quiz", "--kind", "step", "--section", "no such heading")
    # the deck has steps, none under that heading: the heading is the reason, not what choices need
    assert rc == 1 and err.strip() == "Error: No heading of these decks contains 'no such heading'."


def test_a_kind_the_decks_lack_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "linux.md"
    notes.write_text("# Linux\n\n- **ls**: list files\n- **cp**: copy files\n", encoding="utf-8")
    assert run(capsys, "import", str(notes))[0] == 0
    rc, out, err = run(capsys, "quiz", "linux", "--kind", "step")
    assert rc == 1 and err.strip() == "Error: These decks have no step notes."
    rc, out, err = run(capsys, "quiz", "nosuchdeck")
    assert rc == 1 and "There is no deck named 'nosuchdeck'" in err


def test_history_and_review_before_any_exam(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "exam", "--history")
    assert rc == 0 and "No exams yet" in out
    rc, out, _ = run(capsys, "exam", "--history", "--json")
    assert rc == 0 and json.loads(out) == {"exams": []}
    rc, _, err = run(capsys, "exam", "--review", "4")
    assert rc == 1 and err.strip() == "Error: There is no exam 4 (see quizzer exam --history)."


# -- one exam in a real terminal -----------------------------------------------------------


def db_rows(home: Path, sql: str) -> list[tuple[object, ...]]:
    path = home / "quizzer.db"
    if not path.exists():
        return []
    con = sqlite3.connect(path, timeout=30)
    try:
        return con.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        con.close()


def exam_questions(home: Path) -> list[dict[str, object]]:
    (row,) = db_rows(home, "SELECT questions FROM exam ORDER BY id DESC LIMIT 1")
    return list(json.loads(str(row[0])))


def answer_keys(question: dict[str, object]) -> list[str]:
    """tmux send-keys arguments that answer ``question`` right."""
    if question["format"] == "choice":
        return [str(question["key"])]
    if question["format"] == "order":
        return ["-l", "--", str(question["key"]), ";", "send-keys", "-t", "review", "Enter"]
    return ["-l", "--", str(question["answer"]), ";", "send-keys", "-t", "review", "Enter"]


def test_an_exam_in_tmux_runs_out_of_time_and_stores_every_row(tmux: Tmux, quizzer_home: Path,
                                                               tmp_path: Path) -> None:
    tmux.start([*quizzer_command(), "exam", "-n", "5", "--time", "40s", "--seed", "7"], columns=100, rows=34)
    first = tmux.wait_screen("Question 1 of 5")
    assert " left" in first and "Exam · docker-containers.ko" in first
    questions = exam_questions(quizzer_home)
    assert len(questions) == 5
    captures = [first]
    for n in range(2):  # answer two right; leave the rest to the clock
        tmux.keys(*answer_keys(questions[n]))
        wait_for(lambda n=n: len(db_rows(quizzer_home, "SELECT id FROM exam_answer")) > n, f"answer {n + 1} stored")
    captures.append(tmux.wait_screen("answered 2"))
    tmux.wait_screen("[y/N]", deadline=120)  # the time runs out by itself
    report = tmux.tmux("capture-pane", "-p", "-S", "-", "-t", tmux.session)  # the whole report, scrolled too
    captures.append(report)
    assert "the time ran out" in report and "Unanswered (counted as wrong): 3" in report
    tmux.keys("y")
    done = tmux.wait_screen("Sent ")
    captures.append(done.strip().splitlines()[-1])
    (tmp_path / "exam-screens.txt").write_text("\n\n".join(captures), encoding="utf-8")
    print("\n" + "\n\n".join(captures))  # the screens and the report, for the record (pytest -s)

    rows = db_rows(quizzer_home, "SELECT position, outcome, typed IS NULL, spent_ms FROM exam_answer ORDER BY position")
    assert [(p, o, u) for p, o, u, _ in rows] == [(0, "exact", 0), (1, "exact", 0), (2, "unanswered", 1),
                                                  (3, "unanswered", 1), (4, "unanswered", 1)]
    assert sum(int(str(ms)) for *_, ms in rows) <= 40_000
    ((ended, limit, seed, sent),) = db_rows(quizzer_home, "SELECT ended, time_limit_s, seed, sent_back FROM exam")
    assert (ended, limit, seed) == ("time", 40, 7) and int(str(sent)) > 0
    missed = {c for q in questions[2:] for c in q["card_ids"]}  # type: ignore[attr-defined]
    due = db_rows(quizzer_home, "SELECT id FROM card WHERE due IS NOT NULL")
    assert {c for (c,) in due} == missed


def test_kill_9_during_an_exam_keeps_the_answers(tmux: Tmux, quizzer_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tmux.start([*quizzer_command(), "exam", "-n", "4", "--time", "10m", "--seed", "3"], columns=100, rows=34)
    tmux.wait_screen("Question 1 of 4")
    questions = exam_questions(quizzer_home)
    tmux.keys(*answer_keys(questions[0]))
    wait_for(lambda: db_rows(quizzer_home, "SELECT id FROM exam_answer"), "the answer stored")
    pid = tmux.pane_pid()
    os.kill(pid, signal.SIGKILL)
    wait_for(tmux.dead, "the process to die")
    rc, out, _ = run(capsys, "exam", "--history", "--json")
    (exam,) = json.loads(out)["exams"]
    assert (exam["ended"], exam["right"], exam["answered"], exam["questions"]) == ("unfinished", 1, 1, 4)
    rc, out, _ = run(capsys, "exam", "--review", str(exam["id"]))
    assert rc == 0 and "1 of 4 right" in out and "not finished" in out


def test_an_exam_killed_twice_is_resumed_then_scored_as_it_stands(tmux: Tmux, quizzer_home: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """kill -9 (a power loss) mid-exam, then `quizzer exam` again: it offers the cut-off exam, r takes it up
    at its first unanswered question with its answers; killed again, s scores it as it stands."""
    argv = [*quizzer_command(), "exam", "-n", "4", "--time", "10m", "--seed", "3"]
    env = [option for name, value in {"QUIZZER_HOME": str(quizzer_home), "LANG": "C.UTF-8",
                                      "LC_ALL": "C.UTF-8"}.items() for option in ("-e", f"{name}={value}")]

    def again() -> None:
        tmux.tmux("respawn-pane", "-k", "-t", tmux.session, *env, *argv)

    def kill() -> None:
        os.kill(tmux.pane_pid(), signal.SIGKILL)
        wait_for(tmux.dead, "the process to die")

    tmux.start(argv, columns=100, rows=34)
    tmux.wait_screen("Question 1 of 4")
    questions = exam_questions(quizzer_home)
    tmux.keys(*answer_keys(questions[0]))
    wait_for(lambda: db_rows(quizzer_home, "SELECT id FROM exam_answer"), "the answer stored")
    kill()

    again()
    asked = tmux.wait_screen("[r/s/Enter]")
    assert "was not finished: 1 of 4 answered" in asked and " left." in asked
    tmux.keys("r")
    resumed = tmux.wait_screen("Question 2 of 4 · answered 1")
    assert " left" in resumed
    tmux.keys(*answer_keys(questions[1]))
    wait_for(lambda: len(db_rows(quizzer_home, "SELECT id FROM exam_answer WHERE typed IS NOT NULL")) == 2,
             "the second answer stored")
    kill()

    again()
    asked = tmux.wait_screen("[r/s/Enter]")
    assert "was not finished: 2 of 4 answered" in asked
    tmux.keys("s")
    tmux.wait_screen("[y/N]")
    report = tmux.tmux("capture-pane", "-p", "-S", "-", "-t", tmux.session)  # the whole report, scrolled too
    assert "Exam 1: 2 of 4 right" in report and "stopped early" in report
    tmux.keys("n")
    tmux.wait_exit()
    assert db_rows(quizzer_home, "SELECT id, ended FROM exam") == [(1, "stopped")]  # one exam, taken up
    rc, out, _ = run(capsys, "exam", "--history", "--json")
    (exam,) = json.loads(out)["exams"]
    assert (exam["ended"], exam["right"], exam["answered"]) == ("stopped", 2, 2)


@pytest.mark.parametrize("argv", [
    ["exam", "--review", "99999999999999999999"],
    ["exam", "--review", "0"],
    ["quiz", "--seed", "99999999999999999999999"],
    ["quiz", "--seed", "-1"],
    ["exam", "--time", "25h"],
    ["exam", "-n", "0"],
])
def test_numbers_sqlite_cannot_hold_are_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert "Traceback" not in capsys.readouterr().err
