"""Invariants of extraction over arbitrary markdown-ish text (hypothesis)."""

from __future__ import annotations

import unicodedata
from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st

from quizzer.extract import Kind, extract

_WORDS = st.sampled_from(
    [
        "docker", "run", "git", "log", "-d", "--name", "-it", "--dry-run=client", "nginx:1.18", "<file>",
        "{image_id}", "[NAME]", "OPTIONS", "옵션", "이미지명", "컨테이너", "실행", "삭제", "구문:", "명령 옵션",
        ":", " : ", "-", "|", ">", "//", "#", "(", ")", "`", "**", "_", "<br>", "</br>", "<kbd>", "&lt;",
        "1.", "ls", "cd", "..", "kubectl", "create", "ex.", "예)", "https://x.y", "Use case:", "\u1100\u1161",
    ]
)
_TEXT = st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=8).map(" ".join)


@st.composite
def _line(draw: st.DrawFn) -> str:
    text = draw(_TEXT)
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return "#" * draw(st.integers(1, 6)) + " " + text
    if kind == 1:
        indent = " " * draw(st.sampled_from([0, 2, 4]))
        return f"{indent}- **{draw(_TEXT)}**: {text}"
    if kind == 2:
        return f"- `{draw(_TEXT)}`: {text}"
    if kind == 3:
        return f"| {draw(_TEXT)} | {text} |"
    if kind == 4:
        return draw(st.sampled_from(["| 명령어 | 설명 |", "| --- | --- |", "|COMMAND| Description |", "|:---:|:---:|"]))
    if kind == 5:
        return draw(st.sampled_from(["```", "```shell", "```yaml", "```console"]))
    if kind == 6:
        return f"{draw(st.integers(1, 9))}. {text}"
    if kind == 7:
        return f"> {text}"
    if kind == 8:
        return f"{draw(_TEXT)} # {text}"
    return text


_DOCUMENT = st.lists(_line(), max_size=25).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(_DOCUMENT)
def test_extraction_never_raises_and_notes_are_well_formed(text: str) -> None:
    draft = extract(text, deck="d", source="s")
    keys = [note.key for note in draft.notes]
    assert len(keys) == len(set(keys))
    for note in draft.notes:
        assert note.front.strip() and note.back.strip()
        # a card written to be asked both ways keeps the key of a one-way card (explicit.py): same identity
        keyed = Kind.WRITTEN if note.kind is Kind.WRITTEN_BOTH else note.kind
        assert note.key.startswith(f"d|{keyed.value}|")
        assert note.line >= 1
        for value in (note.front, note.back, note.context or "", *note.answers, *note.section):
            assert unicodedata.is_normalized("NFC", value)
        if note.kind is Kind.STEP:
            assert note.position is not None
    for warning in draft.warnings:
        assert warning.line >= 1 and warning.message


@settings(max_examples=150, deadline=None)
@given(_DOCUMENT)
def test_extraction_is_deterministic(text: str) -> None:
    assert extract(text, deck="d", source="s") == extract(text, deck="d", source="s")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_at_all(text: str) -> None:
    draft = extract(text, deck="d", source="s")
    assert len({n.key for n in draft.notes}) == len(draft.notes)


@settings(max_examples=100, deadline=None)
@given(_DOCUMENT)
def test_nfd_input_gives_the_same_notes_as_nfc(text: str) -> None:
    nfc = extract(unicodedata.normalize("NFC", text), deck="d", source="s")
    nfd = extract(unicodedata.normalize("NFD", text), deck="d", source="s")
    assert nfc == nfd


# -- identity: a bullet's key comes from its own line -------------------------------------------

_PROGRAMS = st.sampled_from(["docker logs", "docker stats", "docker image rm", "cd", "git reset", "ls", "kubectl get"])
_ARGS = st.sampled_from(
    ["webserver1", "web2", "..", "--hard", "HEAD^", "-f", "-it", "--name=<name>", "<file>", "{image_id}", "[NAME]",
     "옵션", "이미지명", "OPTIONS", "nginx:latest", "pods", "*.txt", "|", "wc", "-l", ">", "out.txt", "&"]
)
_COMMAND = st.tuples(_PROGRAMS, st.lists(_ARGS, max_size=4)).map(lambda pa: " ".join((pa[0], *pa[1])))


def _key_of(description: str, bullets: list[tuple[str, str]]) -> str | None:
    """The key of the note that carries ``description`` in a document of those bullets."""
    text = "".join(f"- **{command}**: {desc}\n" for command, desc in bullets)
    found = [n.key for n in extract(text, deck="d", source="s").notes if description in n.back.split("\n")]
    assert len(found) <= 1
    return found[0] if found else None


def test_a_line_split_off_an_earlier_one_is_keyed_by_its_line_as_written() -> None:
    # the exception test_other_bullets_never_move_a_key allows, as hypothesis found it ("docker logs" before "docker
    # logs >"), and with a redirect's target
    for line in ("docker logs >", "docker logs > out.txt", "docker logs &"):  # "&": walk.add's background branch
        assert _key_of("설명0", [(line, "설명0")]) == "d|command|docker logs|docker logs"
        assert _key_of("설명0", [("docker logs", "설명1"), (line, "설명0")]) == f"d|command|docker logs|{line}"
        assert _key_of("설명1", [("docker logs", "설명1"), (line, "설명0")]) == "d|command|docker logs|docker logs"


@settings(max_examples=150, deadline=None)
@given(st.lists(_COMMAND, min_size=1, max_size=8), st.randoms(use_true_random=False), st.data())
def test_other_bullets_never_move_a_key(commands: list[str], random: Random, data: st.DataObject) -> None:
    bullets = [(command, f"설명{n}") for n, command in enumerate(commands)]
    others = bullets[1:]
    random.shuffle(others)
    kept = others[: data.draw(st.integers(0, len(others)), label="kept")]
    added = [(command, f"추가{n}") for n, command in enumerate(data.draw(st.lists(_COMMAND, max_size=3), label="added"))]
    edited = [*kept, *added]
    edited.insert(data.draw(st.integers(0, len(edited)), label="at"), bullets[0])
    alone = _key_of("설명0", bullets[:1])
    for document in (bullets, edited):
        key = _key_of("설명0", document)
        if key == alone:
            continue
        # The one exception (walk.add, f12bb143): a line written otherwise than an earlier block's line whose card has
        # the front its own would have ("docker logs" then "docker logs > out.txt": the subject ends at the redirect),
        # saying something else, is a card of its own keyed by its line as written, not joined to the other.  Its key
        # still comes from its own line; what it hangs on is that other line (delete it, and this line's card has the
        # key the other's had: a re-import gives each line its own note and history back, quizzer.db.sync's
        # ``rewritten``, tests/test_import_split_lines.py; an export's Anki guid still follows the key).
        written = " ".join(bullets[0][0].split())
        assert key is not None and alone is not None and key.endswith(f"|{written}"), (key, alone)
        before = document[: document.index(bullets[0])]
        assert any(_key_of(desc, before) == alone for _, desc in before), (key, alone)
