"""Work the readers skip or share (s-speed11): each skip turns down only what the full reading would turn down,
and each shared result is the one every reader computed for itself before.

- a paragraph's lines are split once (``Inline.lines``) for all the readers that ask;
- ``dash_steps.read`` turns a paragraph down when its first character is no digit, before splitting it;
- ``text_fences.is_text`` of fewer than three lines, ``shell_named_prompts.as_dollar`` of lines with no ``>``,
  ``root_fences.prompted`` of lines none of which starts ``# ``.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import draft
from quizzer.extract import dash_steps, root_fences, shell_named_prompts, text_fences
from quizzer.extract.blocks import Code, Inline, Para, Span, split_lines
from quizzer.extract.walk import Walk
from quizzer.text import clean

# text that tries the edges: digits of other scripts, full-width ones, combining marks, spaces of every kind,
# the dashes a step uses, Korean, line breaks
_PIECES = st.sampled_from([
    "1", "2", "3", "10", "٣", "１", "²", "½", "\u0301", "\u20e3", " ", "  ", "\u00a0", "\u3000", "\t", "\n",
    " - ", " – ", " — ", "-", "Press the key", "do it", "설치한다", "a", "Ｂ", ".", ":", "`", "**",
])
_TEXT = st.lists(_PIECES, max_size=14).map("".join)
_SPANS = st.lists(st.tuples(st.sampled_from(["text", "code", "strong"]), _TEXT), max_size=5).map(
    lambda pairs: tuple(Span(kind, text) for kind, text in pairs if text)  # type: ignore[arg-type]
)


def _split_each_time(inline: Inline) -> list[Inline]:
    """How every reader split an inline before it was split once: the reference."""
    lines: list[list[Span]] = [[]]
    for span in inline.spans:
        for n, part in enumerate(span.text.split("\n")):
            if n:
                lines.append([])
            if part:
                lines[-1].append(Span(span.kind, part))
    return [Inline(tuple(line)) for line in lines]


@settings(max_examples=300, deadline=None)
@given(_SPANS)
def test_lines_split_once_are_the_lines_split_each_time(spans: tuple[Span, ...]) -> None:
    inline = Inline(spans)
    first = split_lines(inline)
    assert first == _split_each_time(inline)
    first.clear()  # a reader that changes its list changes no other reader's
    assert split_lines(inline) == _split_each_time(inline)
    assert [line.plain for line in split_lines(inline)] == [line.plain for line in _split_each_time(inline)]


@settings(max_examples=500, deadline=None)
@given(_SPANS)
def test_a_paragraph_turned_down_before_splitting_holds_no_steps(spans: tuple[Span, ...]) -> None:
    # dash_steps.read against the whole test it makes of the split lines, which its first-character test spares
    # most paragraphs: it reads (notes or a warning) exactly the paragraphs whose lines are steps 1, 2, 3 …
    inline = Inline(spans)
    lines = [line for line in _split_each_time(inline) if line.plain.strip()]
    matches = [dash_steps._DASH_STEP.match(line.plain) for line in lines]
    steps = bool(lines) and all(matches) and [int(m.group("number")) for m in matches if m] == list(
        range(1, len(lines) + 1)) and all(0 < len(clean(m.group("text")).rstrip(":：").strip()) <= 120 for m in matches if m)
    walk = Walk("notes", source=tuple(inline.raw.split("\n")))
    asked: list[bool] = []

    def procedure() -> str:
        asked.append(True)
        return "Reset"

    read = dash_steps.read(walk, Para(inline, 1, (), True, False), procedure, lambda *_: True)
    assert read == steps
    assert asked == ([True] if steps else [])  # the procedure's name is asked of steps alone


def test_steps_read_and_named_after_the_text_above_them() -> None:
    # the procedure's name is asked only of step lines now: it is still the text above them, not forgotten
    text = "# Phone\n\n## Reset\n\nWipe the phone:\n\n1 - Press the power key\n2 - Pick the reset entry\n"
    assert [(n.front, n.back) for n in draft(text).notes] == [
        ("Wipe the phone — step 1", "Press the power key"), ("Wipe the phone — step 2", "Pick the reset entry"),
    ]
    # values, not steps: warned under the name of the text above too
    korean = "# 공유기\n\n## 상태\n\n램프 깜박임 횟수:\n\n1 - 종이 걸림\n2 - 토너 부족\n"
    found = draft(korean)
    assert found.notes == ()
    assert any("'램프 깜박임 횟수'" in w.message for w in found.warnings)


_LINE = st.sampled_from([
    "", "   ", "# a comment", "// a note", "sh> ls -la", "bash>  git status", "  zsh> echo hi", "fish>", "mysql> SELECT 1;",
    "The timeout is counted from the last packet and a value of zero turns it off.",
    "Clients may send a keep-alive before the timeout ends, as the server allows it.",
    "ls -la > listing.txt", "echo '>' ", "cat <<END", "시간이 지나면 연결이 끊어진다.",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, max_size=6))
def test_text_fences_of_few_lines_are_what_counting_their_sentences_says(texts: list[str]) -> None:
    lines = [(n + 1, text) for n, text in enumerate(texts)]
    written = [t.strip() for _, t in lines if t.strip() and not t.lstrip().startswith(("#", "//"))]
    sentences = sum(text_fences._sentence(t) for t in written)
    assert text_fences.is_text(lines) == (sentences >= 3 and sentences * 2 >= len(written))


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, max_size=6), st.sampled_from(["", "sh", "console", "text", "python"]))
def test_named_prompts_of_lines_without_a_prompt_sign_are_left_as_they_are(texts: list[str], info: str) -> None:
    block = Code(info, tuple((n + 1, text) for n, text in enumerate(texts)), 1)
    read = shell_named_prompts.as_dollar(block)
    if info not in ("", "sh", "console", "text"):
        assert read is block
        return
    named = shell_named_prompts._NAMED
    expected = tuple(
        (n, f"{m.group('indent')}$ {m.group('typed')}" if (m := named.match(text)) else text) for n, text in block.lines
    )
    assert read.lines == expected
    if not any(">" in text for text in texts):
        assert read is block


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE, max_size=6), st.booleans(), st.sampled_from([(), ("yum",), ("git", "ls")]))
def test_a_fence_with_no_root_prompt_line_is_left_as_it_is(texts: list[str], root: bool, programs: tuple[str, ...]) -> None:
    # root_fences.prompted asks first whether a line starts "# ", before its two scans of the lines
    walk = Walk("notes", source=tuple(texts))
    walk.root_prompts, walk.fenced_programs = root, programs
    block = Code("sh", tuple((n + 1, text) for n, text in enumerate(texts)), 1)
    if not any(text.lstrip().startswith("# ") for text in texts):
        assert root_fences.prompted(walk, block) is block
    typed = Code("sh", ((1, "$ su -"), (2, "# yum update"), (3, "# yum install git")), 1)
    assert [text for _, text in root_fences.prompted(walk, typed).lines] == ["$ su -", "$ yum update", "$ yum install git"]
