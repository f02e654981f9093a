"""Re-extracting a long document reads again only the pieces whose results no longer hold
(quizzer.extract.incremental): the notes, keys, lines and warnings are those of a full
extraction, whatever was edited, and so is the database after a re-import."""

from __future__ import annotations

import json
import os
import pickle
import random
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from dataclasses import fields
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_import import counts, import_json, write
from test_import_writes import touched, watch

import quizzer.extract.decide as deciding
from quizzer.extract import extract, incremental, rules
from quizzer.extract.pieces import pieces

ROOT = Path(__file__).resolve().parents[1]

# lines of notes as people write them: every kind of rule, state that runs on (a command
# heading, an options label, a pending code block, a numbered procedure, a lead-in), repeats
LINES = [
    "# docker", "# git 명령어", "# tmux", "## 컨테이너", "## run - 컨테이너 실행", "### -a", "### Rebase",
    "## 설치 과정", "### 프로파일이란?", "## 옵션",
    "- **docker ps**: 컨테이너 목록", "- **docker ps**: 실행 중인 컨테이너 목록", "- **-a**: 멈춘 것까지",
    "  - **-q**: id만 보여 준다", "- **git add**: stage changes", "- **git commit -m**: record them",
    "- `-f`, `--follow`: 로그를 계속 본다", "1. git add .", "2. git commit", "3. 저장소에 올린다",
    "구문: docker image pull [OPTIONS] NAME", "**명령 옵션**", "tmux의 주요 용도는 다음과 같다.",
    "- 세션을 나눌 때", "- 원격에서 작업을 이어갈 때", "front::back", "질문:::대답", "용어: 정의를 적은 문장이다.",
    "```sh", "docker run -it ubuntu  # 셸", "git status", "```", "| 명령 | 설명 |", "|---|---|",
    "| ls -l | 자세한 목록 |", "| docker rm | 컨테이너를 지운다 |", "docker logs -f web", "- 로그를 계속 본다",
    "- 참고: git log --oneline", "ctrl + b, d: 세션에서 나간다", "<!-- quizzer: off -->", "<!-- quizzer: on -->",
    "프로파일은 설정의 묶음이다.", "- **Ctrl-b c**: 새 창", "", "",
    # three labels over the command lines of one word make it a program for the whole document (decide's facts)
    "- Upload file: gsutil cp <file> gs://bucket/", "- 목록 보기: gsutil ls gs://bucket", "- 지우기: gsutil rm gs://b/x",
    "% : 파일 전체 선택", "n, p : 다음, 이전",
    # a run of bare term headings reads each heading beside the next: no piece may cut it
    "#### Kernel - 운영체제의 핵심", "#### Shell - 명령을 해석하는 프로그램",
]
HEADINGS = [line for line in LINES if line.startswith("#")]


@contextmanager
def small_pieces(lines: int = 2) -> Iterator[None]:
    """Cut documents of a few lines into pieces, as a long one is."""
    old = incremental.PIECE_LINES, deciding.CHUNK_LINES
    incremental.PIECE_LINES = deciding.CHUNK_LINES = lines  # and the notes decided together, as many lines
    try:
        yield
    finally:
        incremental.PIECE_LINES, deciding.CHUNK_LINES = old


def both_ways(text: str, memo: dict[str, incremental.PieceResult]) -> None:
    """With the memo of earlier extractions, and with none: the same draft (and the memo kept
    as a file says the same)."""
    full = extract(text, deck="d", source="notes.md")
    kept = incremental.decode(incremental.encode(memo))
    assert extract(text, deck="d", source="notes.md", memo=memo) == full
    assert extract(text, deck="d", source="notes.md", memo=kept) == full


documents = st.lists(
    st.tuples(st.sampled_from(HEADINGS), st.lists(st.sampled_from(LINES), max_size=6)), min_size=1, max_size=12
).map(lambda parts: "".join(f"{heading}\n\n" + "".join(f"{line}\n" for line in body) + "\n" for heading, body in parts))


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, str]:
    text = draw(documents)
    lines = text.split("\n")
    n = draw(st.integers(0, len(lines) - 1))
    kind = draw(st.sampled_from(["change", "insert", "delete", "heading", "title", "append"]))
    if kind == "change":
        lines[n] = draw(st.sampled_from(LINES))
    elif kind == "insert":
        lines.insert(n, draw(st.sampled_from(LINES)))
    elif kind == "delete":
        del lines[n]
    elif kind == "heading":
        at = [i for i, line in enumerate(lines) if line.startswith("#")]
        lines[draw(st.sampled_from(at))] = draw(st.sampled_from(HEADINGS))
    elif kind == "title":
        lines[0] = draw(st.sampled_from(HEADINGS))
    else:
        lines[n] += " (고침)"
    return text, "\n".join(lines)


@settings(max_examples=300, deadline=None)
@given(edits(), st.sampled_from([1, 2, 3]))
def test_an_edited_document_reads_as_a_full_extraction(pair: tuple[str, str], size: int) -> None:
    text, edited = pair
    with small_pieces(size):
        memo: dict[str, incremental.PieceResult] = {}
        both_ways(text, memo)  # the first extraction fills the memo, and is the full one
        both_ways(edited, memo)
        both_ways(text, memo)  # and back


def corpus(times: int = 3) -> str:
    """The shipped deck and the fresh corpus, ``times`` over, as one long document (the documents
    whose HTML or indented fences would stop the cutting left out)."""
    paths = [*sorted((ROOT / "decks").glob("*.md")), *sorted((ROOT / "data" / "corpus" / "fresh").glob("*.md"))]
    texts = [path.read_text(encoding="utf-8") for path in paths]
    texts = [t for t in texts if "]:" not in t and not re.search(r"^(?: {0,3}<| {1,3}(?:```|~~~))", t, re.MULTILINE)]
    assert len(texts) > 5
    return "".join(f"# part {n}\n\n{text}\n" for n, text in enumerate(texts * times))


def reread(text: str, memo: dict[str, incremental.PieceResult]) -> int:
    """How many pieces of ``text`` an extraction with ``memo`` reads again (checking its draft)."""
    before = dict(memo)
    both_ways(text, memo)
    return sum(1 for key, result in memo.items()
               if isinstance(result, incremental.PieceResult) and before.get(key) is not result)


def test_a_corpus_edited_every_way_reads_as_a_full_extraction() -> None:
    text = corpus()
    lines = text.split("\n")
    rng = random.Random(11)
    with small_pieces(40):
        memo: dict[str, incremental.PieceResult] = {}
        assert reread(text, memo) == len(list(pieces(text, 40))) > 20
        assert reread(text, memo) == 0  # nothing changed: nothing read again
        for _ in range(12):
            n = rng.randrange(len(lines))
            for edited in (
                [*lines[:n], lines[n] + " (고침)", *lines[n + 1:]],
                [*lines[:n], "- **docker top**: 프로세스 목록", *lines[n:]],
                [*lines[:n], *lines[n + 1:]],
            ):
                both_ways("\n".join(edited), memo)
        h1 = next(n for n, line in enumerate(lines) if line.startswith("# ") and n > len(lines) // 2)
        both_ways("\n".join([*lines[:h1], "# kubectl", *lines[h1 + 1:]]), memo)
        both_ways("\n".join(["# git", *lines[1:]]), memo)


def test_a_one_line_edit_reads_one_piece_again() -> None:
    """A description edited in place, late or early in the document: its piece is read again, and
    only the pieces that looked its note up besides (a repeat of it in another document)."""
    text = corpus(times=1)
    lines = text.split("\n")
    with small_pieces(40):
        original: dict[str, incremental.PieceResult] = {}
        assert reread(text, original) > 20
        described = [n for n, line in enumerate(lines) if line.startswith("- **") and "**: " in line]
        assert len(described) > 20
        counts = []
        for n in described[:: len(described) // 8]:
            edited = "\n".join([*lines[:n], lines[n] + " (고침)", *lines[n + 1:]])
            counts.append(reread(edited, dict(original)))
        assert max(counts) <= 3 and counts.count(1) >= len(counts) - 2, counts
        # a line added shifts the lines of every later piece: those are read again, and still agree
        n = described[len(described) // 2]
        inserted = "\n".join([*lines[:n], "", *lines[n:]])
        later = sum(1 for offset, _ in pieces(text, 40) if offset > n)
        assert later < reread(inserted, dict(original)) <= later + 2


def test_a_one_line_edit_of_a_long_document_reads_about_a_piece_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """At the real size of a piece: a long notes file (sections of one-line items, as the benchmark's)
    with one description edited parses only the piece holding it again (no more than two pieces'
    lines), and its draft is a cold extraction's."""
    sections = 4 * incremental.PIECE_LINES // 22 + 1
    text = "# 명령어 정리\n" + "".join(
        f"\n## 묶음 {n}\n\n" + "".join(f"- **tool{n}x{k} run**: 도구 {k}번을 다시 시작한다\n" for k in range(20))
        for n in range(sections)
    )
    lines = text.split("\n")
    n = next(n for n in range(len(lines) // 2, len(lines)) if "**: " in lines[n])
    edited = "\n".join([*lines[:n], lines[n] + " (고침)", *lines[n + 1:]])
    memo: dict[str, Any] = {}
    assert extract(text, deck="d", source="notes.md", memo=memo) == extract(text, deck="d", source="notes.md")
    assert len(list(pieces(text, incremental.PIECE_LINES))) >= 4
    parsed: list[int] = []
    read = rules.read_piece_blocks
    monkeypatch.setattr(rules, "read_piece_blocks", lambda piece, *rest: (
        parsed.append(piece.count("\n")), read(piece, *rest))[1])
    again = extract(edited, deck="d", source="notes.md", memo=incremental.decode(incremental.encode(memo)))
    assert len(parsed) == 1 and parsed[0] < 2 * incremental.PIECE_LINES < len(lines) // 2
    monkeypatch.undo()
    assert again == extract(edited, deck="d", source="notes.md")


def test_a_memo_from_elsewhere_is_not_trusted() -> None:
    """A damaged or foreign cache is an empty one; its state cannot name a class to call."""
    assert incremental.decode(b"not a memo") == {}
    assert incremental.decode(pickle.dumps((incremental._NOTE_FIELDS, {"key": os.system}))) == {}
    with pytest.raises(pickle.UnpicklingError, match="not read from a cache"):
        incremental.restore(object(), pickle.dumps([("tool", os.system)]))


def test_a_state_pickle_cannot_keep_reads_the_document_whole() -> None:
    """A walk field holding what pickle cannot keep (a rule's lambda, say) is no crash: the
    pieces are not kept, the document is read whole."""
    from quizzer.extract.walk import Walk

    walk = Walk("d")
    walk.tool = lambda: "git"  # type: ignore[assignment]
    with pytest.raises(incremental.Untracked):
        incremental.state_of(walk)


def rows(db: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        notes = con.execute(
            "SELECT key, kind, front, back, command, context, answers, section, tags, line, position, doc_order, "
            "retired_at IS NULL FROM note ORDER BY key"
        ).fetchall()
        (stamp,) = con.execute("SELECT value FROM meta WHERE key = 'import:notes'").fetchone()
        said = json.loads(stamp)
        return [*notes, (said["digest"], said["code"], said["warnings"])]
    finally:
        con.close()


def test_a_reimport_with_kept_pieces_leaves_the_database_of_a_full_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Two databases, the same document imported and then edited: one re-import uses the kept
    pieces, the other has none kept; the notes and the stamp come out the same, and the
    one-line edit writes one note row."""
    from quizzer.paths import cache_path

    text = corpus()
    lines = text.split("\n")
    n = next(n for n, line in enumerate(lines) if line.startswith("- **") and "**: " in line and n > len(lines) // 2)
    edited = "\n".join([*lines[:n], lines[n] + " (고침)", *lines[n + 1:]])
    with small_pieces(40):
        notes = write(tmp_path / "notes.md", text)
        first = import_json(capsys, tmp_path / "kept.db", notes)
        assert list((cache_path() / "pieces").iterdir())  # the pieces kept (the built-in deck's too)
        import_json(capsys, tmp_path / "full.db", notes)
        watch(tmp_path / "kept.db")
        write(notes, edited)
        walked: list[int] = []
        walk_blocks = rules._walk_blocks
        monkeypatch.setattr(rules, "_walk_blocks", lambda walk, blocks, *rest: (
            walked.append(len(blocks)), walk_blocks(walk, blocks, *rest)))
        again = import_json(capsys, tmp_path / "kept.db", notes)
        kept_walked, walked[:] = sum(walked), []
        shutil.rmtree(cache_path())
        assert import_json(capsys, tmp_path / "full.db", notes) == again
        assert 0 < kept_walked * 10 < sum(walked)  # the kept pieces were not read again
    (added,) = (result["added"] for result in first.values())
    assert again == {"notes": counts(updated=1, unchanged=added - 1)}
    assert [(what, table) for what, table, _ in touched(tmp_path / "kept.db")] == [("UPDATE", "note")]
    assert rows(tmp_path / "kept.db") == rows(tmp_path / "full.db")


def test_a_one_line_edit_decides_only_its_stretch_again() -> None:
    """The checks on every note (quizzer.extract.decide) are kept with the pieces: an edited
    description decides again the notes of its stretch of lines (200 here), and the draft is a full one's."""
    text = corpus(times=1)
    lines = text.split("\n")

    def stretches_checked(document: str, memo: dict[str, Any]) -> set[int]:
        checked: list[int] = []
        doubt = deciding._doubt
        deciding._doubt = lambda note, **given: checked.append(note.line) or doubt(note, **given)  # type: ignore[assignment]
        try:
            extract(document, deck="d", source="notes.md", memo=memo)
        finally:
            deciding._doubt = doubt
        return {line // deciding.CHUNK_LINES for line in checked}

    with small_pieces(40):
        deciding.CHUNK_LINES = 200  # small_pieces puts it back
        memo: dict[str, object] = {}
        both_ways(text, memo)  # type: ignore[arg-type]
        stretches = {key for key in memo if key.startswith("decide:")}
        assert len(stretches) > 5
        # a stretch with a label over commands (label_commands) is decided every time: what it reads off
        # depends on every key before it
        always = stretches_checked(text, dict(memo))
        assert len(always) <= 2
        assert stretches_checked(text, incremental.decode(incremental.encode(memo))) == always  # as kept in a file
        described = [n for n, line in enumerate(lines) if line.startswith("- **") and "**: " in line]
        for n in described[:: len(described) // 6]:
            edited = "\n".join([*lines[:n], lines[n] + " (고침)", *lines[n + 1:]])
            again = dict(memo)
            both_ways(edited, again)  # type: ignore[arg-type]
            # its stretch, and those whose notes or lines around (64 above, 8 below) reach into its piece
            assert 1 <= len({key for key in again if key.startswith("decide:")} - stretches) <= 3
            near = _near_piece(text, n)
            assert (n + 1) // deciding.CHUNK_LINES in stretches_checked(edited, dict(memo)) <= always | near


def _near_piece(text: str, n: int) -> set[int]:
    """The stretches (of CHUNK_LINES) a stretch's key may know line ``n`` in: those holding notes of its piece
    (pieces of 40 lines) or whose lines around (64 above, 8 below) reach into it (known by the piece's text)."""
    first, piece = next((first, piece) for first, piece in reversed(list(pieces(text, 40))) if first <= n)
    return {line // deciding.CHUNK_LINES for line in range(first - 8, first + piece.count("\n") + 66)}


def test_a_run_of_bare_headings_is_never_cut_into_two_pieces() -> None:
    filler = "".join(f"## Part {n}\n\nSome words about part {n}.\n\n" for n in range(30))
    text = "# Notes\n\n" + filler + "### Kernel - the core of the system\n\n### Shell - reads what you type\n\n" + filler
    for size in (2, 3, 5, 40):
        cut = list(pieces(text, size))
        assert not any(piece.startswith("### Shell") for _, piece in cut), size
        with small_pieces(size):
            memo: dict[str, incremental.PieceResult] = {}
            both_ways(text, memo)
            assert [n.front for n in extract(text, deck="d", source="notes.md", memo=memo).notes] == ["Kernel", "Shell"]


def hashed_and_checked(document: str, memo: dict[str, Any]) -> tuple[int, set[int]]:
    """How many notes an extraction with ``memo`` hashes by their values for the keys of decide's stretches,
    and the stretches (of CHUNK_LINES) whose notes it decides again."""
    hashed: list[object] = []
    checked: list[int] = []
    columns, doubt = deciding._COLUMNS, deciding._doubt
    deciding._COLUMNS = (lambda note: hashed.append(note), *columns[1:])  # type: ignore[assignment]
    deciding._doubt = lambda note, **given: checked.append(note.line) or doubt(note, **given)  # type: ignore[assignment]
    try:
        extract(document, deck="d", source="notes.md", memo=memo)
    finally:
        deciding._COLUMNS, deciding._doubt = columns, doubt
    return len(hashed), {line // deciding.CHUNK_LINES for line in checked}


def test_stretches_are_known_by_the_pieces_their_notes_come_from() -> None:
    """decide's stretches are keyed by the kept pieces their notes come from, not by every note's values:
    extracted again from the pieces kept (as a file keeps them), no note is hashed and no stretch decided
    again but those whose labelled commands depend on every key; a one-line edit decides again only the
    stretches holding notes of the piece read again, or lines near the edit."""
    text = corpus(times=1)
    lines = text.split("\n")
    with small_pieces(40):
        deciding.CHUNK_LINES = 200  # small_pieces puts it back
        memo: dict[str, Any] = {}
        both_ways(text, memo)
        notes = len(extract(text, deck="d", source="notes.md").notes)
        hashed, always = hashed_and_checked(text, incremental.decode(incremental.encode(memo)))
        assert hashed <= notes // 50 and len(always) <= 2  # a note refiled or settled at the end is hashed
        described = [n for n, line in enumerate(lines) if line.startswith("- **") and "**: " in line]
        for n in described[:: len(described) // 5]:
            edited = "\n".join([*lines[:n], lines[n] + " (고침)", *lines[n + 1:]])
            again: dict[str, Any] = incremental.decode(incremental.encode(memo))
            hashed, checked = hashed_and_checked(edited, again)
            assert hashed < notes // 10  # the notes of the piece read again (and the refiled ones)
            assert (n + 1) // deciding.CHUNK_LINES in checked <= always | _near_piece(text, n)
            assert extract(edited, deck="d", source="notes.md", memo=again) == extract(edited, deck="d", source="notes.md")


def test_edits_of_every_kind_read_as_a_full_extraction() -> None:
    """Edits in the middle of a piece, at a piece's first line, of a heading, of the program the document is
    about, of a line that makes a word a program for the whole document (three labels over its command lines),
    and of the person's own cards: with the pieces kept, each reads as a cold extraction."""
    labels = "- Upload file: gsutil cp <file> gs://bucket/\n- 목록 보기: gsutil ls gs://bucket\n\n"
    text = "# git\n\n" + labels + "## 직접 쓴 카드\n\nstash란::작업을 잠시 치워 둔다\n\n" + corpus(times=1)
    lines = text.split("\n")
    with small_pieces(40):
        cut = list(pieces(text, 40))
        starts = [first for first, _ in cut[1:]]
        described = [n for n, line in enumerate(lines) if line.startswith("- **") and "**: " in line]
        middle = described[len(described) // 2]
        heading = next(n for n in range(len(lines) // 3, len(lines)) if lines[n].startswith("## "))
        card = lines.index("stash란::작업을 잠시 치워 둔다")
        third = "- 지우기: gsutil rm gs://bucket/x"
        edits = {
            "middle": [*lines[:middle], lines[middle] + " (고침)", *lines[middle + 1:]],
            "a piece's first line": [*lines[:starts[3]], lines[starts[3]] + " 고침", *lines[starts[3] + 1:]],
            "a line before a piece": [*lines[:starts[5]], "- **git gc**: 정리한다", *lines[starts[5]:]],
            "a line after a piece's heading": [*lines[:starts[7] + 1], "- **git gc**: 정리한다", *lines[starts[7] + 1:]],
            "a heading": [*lines[:heading], "## tmux", *lines[heading + 1:]],
            "the program": ["# kubectl", *lines[1:]],
            "a third label over a command line": [*lines[:middle], third, *lines[middle:]],
            "a card edited": [*lines[:card], "stash란::작업을 치워 둔다", *lines[card + 1:]],
            "a card added": [*lines[:middle], "", "reflog란::HEAD가 거쳐 간 곳의 기록", "", *lines[middle:]],
        }
        memo: dict[str, Any] = {}
        both_ways(text, memo)
        before = extract(text, deck="d", source="notes.md")
        for what, edited_lines in edits.items():
            edited = "\n".join(edited_lines)
            after = extract(edited, deck="d", source="notes.md")
            assert after != before, what  # each edit changes the draft
            for kept in (incremental.decode(incremental.encode(memo)), dict(memo)):
                assert extract(edited, deck="d", source="notes.md", memo=kept) == after, what
                assert extract(text, deck="d", source="notes.md", memo=kept) == before, what  # and back
        # the third label makes gsutil a program of the whole document: the first two, pieces away, change too
        third_after = extract("\n".join(edits["a third label over a command line"]), deck="d", source="notes.md")
        assert {n.front for n in before.notes if n.line in (3, 4)} == {"Upload file", "목록 보기"}
        assert {n.kind.value for n in third_after.notes if n.line in (3, 4)} == {"command"}


def test_a_stretch_key_is_the_content_and_place_of_the_piece_that_wrote_each_note() -> None:
    """A note a kept piece wrote is known in its stretch's key by that piece's content (a digest of the result
    as kept) and its place there: another content or another place is another key; a note no piece
    registered (refiled, settled at the end) is known by its values."""
    from dataclasses import replace

    from quizzer.extract.model import Kind, NoteDraft

    note = NoteDraft("d|command|git|git gc", Kind.COMMAND, "git gc", "정리한다", "git", ("git",), 3, ("git",))
    other = replace(note, key="d|command|git|git fsck", front="git fsck")
    lines = ["# git", "", "- **git gc**: 정리한다"]

    def result(encoded: bytes, *notes: NoteDraft) -> incremental.PieceResult:
        return incremental.PieceResult((), (), (None, None), (), tuple((n.key, n) for n in notes), (), (), (), (), b"",
                                       encoded=encoded)

    def key(*results: incremental.PieceResult, chunk: list[NoteDraft] | None = None) -> str:
        sources = incremental.Sources()
        for made in results:
            sources.add(made)
        return deciding._chunk_key(b"whole", chunk or [note], lines, sources)

    assert key(result(b"one", note)) == key(result(b"one", note))
    assert key(result(b"one", note)) != key(result(b"two", note))  # the piece's content
    assert key(result(b"one", other, note)) != key(result(b"one", note, other))  # its place there
    assert key(result(b"", note)) == key()  # a result not kept is no source: its notes by their values
    assert key(chunk=[note]) != key(chunk=[replace(note, back="지운다")])
    assert key(result(b"one", note)) != key()  # known by its piece, not by its values


def test_whole_document_counts_kept_with_pieces_follow_an_edit_elsewhere() -> None:
    """decide counts the document's keys over every note (three or more make ``%`` a key too); from kept
    pieces those counts are summed from each piece's, kept with it: an edit in one piece changes the sum,
    and every extraction is the full one's."""
    sections = ["n, p : 다음, 이전", "w, W : 단어 단위로 이동", "j, k : 아래, 위", "% : 파일 전체 선택"]

    def document(lines: list[str]) -> str:
        return "".join(f"# part {n}\n\n{line}\n\n" for n, line in enumerate(lines))

    def percent_doubted(draft: object) -> bool:
        return any("'%'" in warning.message for warning in draft.warnings)  # type: ignore[attr-defined]

    fewer = document([sections[0], sections[1], "j : 아래로", sections[3]])
    memo: dict[str, Any] = {}
    with small_pieces(2):
        both_ways(document(sections), memo)
        assert any(key.startswith("tally:") for key in memo)
        assert percent_doubted(extract(document(sections), deck="d", source="notes.md", memo=memo))
        both_ways(fewer, memo)  # two keys left: '%' is a term again
        assert not percent_doubted(extract(fewer, deck="d", source="notes.md", memo=memo))
        both_ways(document(sections), memo)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["# a", "# b", "", "text", "- item", "```", "more"]), min_size=1, max_size=30),
    st.lists(st.sampled_from(["# a", "# b", "", "text", "- item", "```", "more"]), min_size=1, max_size=30),
    st.integers(0, 40), st.integers(1, 45),
)
def test_a_stretch_of_lines_known_by_its_pieces_is_those_lines(one: list[str], other: list[str], low: int, span: int) -> None:
    """decide knows the lines around a stretch by the digests of the pieces holding them: two documents
    whose pieces name ``low`` to ``high`` alike have the same lines there, past the end of either too, and
    an edit of a line there names them otherwise."""

    def named(lines: list[str]) -> bytes | None:
        text = "\n".join(lines)
        cut = list(pieces(text, 2))
        sources = incremental.Sources()
        sources.cut([start for start, _ in cut], [incremental.lines_key("salt", piece) for _, piece in cut])
        return sources.lines(low, low + span)

    high = low + span
    first, second = "\n".join(one).split("\n"), "\n".join(other).split("\n")
    assert named(one) is not None
    assert (named(one) == named(other)) <= (first[low:high] == second[low:high])
    if low < len(one):
        edited = [*one[:low], one[low] + " edited", *one[low + 1:]]
        assert named(edited) != named(one)


_KEYS = st.sampled_from(["d|command|git|git add", "d|concept||용어", "d|flag|ls|-l", "d|step||설치 — step 1"])


@st.composite
def piece_results(draw: st.DrawFn) -> incremental.PieceResult:
    """A piece's result as :func:`incremental.read_piece` makes it: most often its notes' keys written, looked up
    first and given first blocks in one order, but any of them may differ (a note kept under another key, a
    lookup of a key no note has, first blocks of earlier notes)."""
    from quizzer.extract.model import Kind, NoteDraft

    keys = draw(st.lists(_KEYS, unique=True, max_size=4))
    notes = tuple(
        (key, NoteDraft(draw(st.sampled_from([key, "d|command|x|x"])), draw(st.sampled_from(list(Kind))), "앞", "뒤",
                        None, ("절",), line, ("tag",), (key,), None, None, "rule"))
        for line, key in enumerate(keys)
    )
    same_or = lambda other: st.one_of(st.just(tuple(keys)), other)  # noqa: E731
    absent = draw(same_or(st.lists(_KEYS, max_size=4).map(tuple)))
    origin_keys = draw(same_or(st.permutations(keys).map(tuple) | st.lists(_KEYS, max_size=4).map(tuple)))
    reads = tuple((key, note) for key, note in notes[: draw(st.integers(0, len(notes)))])
    return incremental.PieceResult(
        reads=reads, origin_reads=(("d|x", 3),), sizes=(None, 2), line_reads=((-1, "40"),), notes=notes,
        origins=tuple((key, block) for block, key in enumerate(origin_keys)), warnings=(), unread=(), extra=((1, 2, "h"),),
        state=b"state", absent=absent, origin_absent=("d|y",),
    )


@settings(max_examples=200, deadline=None)
@given(piece_results())
def test_a_kept_piece_reads_back_as_it_was_written(result: incremental.PieceResult) -> None:
    """A memo keeps a key its notes share with their lookups and first blocks once; read back, every field is
    what the piece gave."""
    kept = incremental.decode(incremental.encode({"k": result})).get("k")
    assert isinstance(kept, incremental.PieceResult)
    for field in fields(incremental.PieceResult):
        if field.name != "encoded":
            assert getattr(kept, field.name) == getattr(result, field.name), field.name
