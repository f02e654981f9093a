"""Headings and one-line bullets read without markdown-it (quizzer.extract.simple) are the
blocks markdown-it's tokens give, on the corpus and on random documents of tricky lines; any
text it cannot read as markdown-it would is left to markdown-it."""

from __future__ import annotations

from conftest import real_notes
from hypothesis import given, settings
from hypothesis import strategies as st

from quizzer.extract.blocks import parsed_blocks, prepare
from quizzer.extract.explicit import read_person
from quizzer.extract.pieces import pieces
from quizzer.extract.simple import simple_blocks


# lines that look simple, and lines markdown reads otherwise than they look
LINES = [
    "", "", "", "# 명령어 정리", "## 묶음 0", "### git", "## a ##", "#  two spaces", "#tag", "###### six", "####### seven",
    "- **tool0 ls**: 환경 변수 0번을 검사한다 (자주 쓰는 형태)", "- **git add**: stage changes", "- plain item",
    "* **docker ps**: 목록", "+ plus item", "- **-a)**: 멈춘 것까지", "- **-a)**x", "- **ls -l**", "- **x**y", "- **a b**",
    "- ** x**: no", "- **x **: no", "- **→**: arrow", "- **x→**: arrow", "- **x**→ arrow", "- **x**：전각", "- **x** trailing ",
    "- 1. nested", "- 2) nested", "- # heading", "- > quote", "- - nested", "- ---", "-  two spaces", "-", "- ",
    "* * *", "---", "===", "***", "1. one", "2) two", "1.5 버전", "2024년 노트", "plain paragraph", "another line",
    "  indented", "    code", "\tcode", "> quote", "| a | b |", "|---|---|", "<div>", "a <b>tag</b>", "a & b", "a &amp; b",
    "a \\* b", "`code`", "_em_", "*em*", "a_b", "[link](x)", "![img](x)", "~~~", "```", "a ~ b", "x\u00a0", "\u3000x",
    "a  b", "line with !bang", "- 가\u00a0", "## 제목 #", "# #", "##", "- **a**: b: c", "- **ls**:", "+5", "=x", "-x",
]


def both(text: str) -> bool:
    """Whether the simple reading read ``text``; where it did, markdown-it's blocks are the same."""
    simple = simple_blocks(text, 3)
    if simple is not None:
        assert simple == list(parsed_blocks(text, 3, [])), text
    return simple is not None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=14))
def test_random_documents_read_as_markdown_it_reads_them(lines: list[str]) -> None:
    both("\n".join(lines) + "\n")
    both("\n".join(lines))


def test_every_line_alone_and_in_a_list() -> None:
    read = 0
    for line in LINES:
        for text in (f"{line}\n", f"- **a**: b\n{line}\n", f"- **a**: b\n\n{line}\n", f"para\n{line}\n", f"{line}\n- x\n",
                     f"# h\n{line}\n\n- y\n", f"{line}\n---\n", f"{line}\n===\n"):
            read += both(text)
    assert read > 100


def test_the_corpus_reads_the_same() -> None:
    paths = real_notes(("fresh", "fresh2"))
    read = 0
    for path in paths:
        text = read_person(prepare(path.read_text(encoding="utf-8"))).text
        for offset, piece in pieces(text, 1):
            read += both(piece)
    assert read > 30  # 38 since pieces are cut only after a section has text (a run of bare headings stays whole)


def test_bullets_of_commands_are_read_without_markdown_it() -> None:
    text = "# 명령어 정리\n" + "".join(
        (f"\n## 묶음 {n // 50}\n\n" if n % 50 == 0 else "") + f"- **tool{n} run**: 도구 {n}번을 실행한다 (자주 쓰는 형태)\n"
        for n in range(500)
    )
    assert both(text)
    assert both("* **a**: b\n- **c**: d\n\n- e\n\nText.\n- f\n## g\n- h\n")  # three lists: the numbers restart
