"""Hints in HTML comments: skip a part, say which command a section is about, warn about the rest."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quizzer.extract import Kind, extract
from quizzer.extract.hints import Hints, read_hints


def notes(text: str) -> list[tuple[int, Kind, str, str | None]]:
    return [(n.line, n.kind, n.front, n.command) for n in extract(text, deck="d", source="d.md").notes]


def warnings(text: str) -> list[tuple[int, str]]:
    return [(w.line, w.message) for w in extract(text, deck="d", source="d.md").warnings]


GIT = "# Git\n\n- **git add**: stage\n<!-- quizzer: off -->\n- **git secret**: hidden\n- Q::A\n\n## Skipped heading\n\n```sh\ngit rm x  # remove\n```\n<!-- quizzer: on -->\n- **git commit**: record\n"


def test_off_and_on_skip_a_part_without_warnings() -> None:
    assert [front for _, _, front, _ in notes(GIT)] == ["git add", "git commit"]
    assert warnings(GIT) == []
    # the part comes back when the hint goes
    plain = GIT.replace("<!-- quizzer: off -->\n", "").replace("<!-- quizzer: on -->\n", "")
    assert {"git secret", "Q", "git rm x"} <= {front for _, _, front, _ in notes(plain)}


def test_off_without_on_skips_to_the_end() -> None:
    text = "- **git add**: stage\n<!--quizzer:OFF-->\n- **git commit**: record\n"
    assert [front for _, _, front, _ in notes(text)] == ["git add"]
    assert warnings(text) == []


def test_unknown_and_misplaced_hints_are_warnings_with_their_line() -> None:
    text = (
        "# T\n\n<!-- quizzer: offf -->\n- **git add**: stage\n"
        "- **git commit**: record <!-- quizzer: off -->\n<!-- quizzer: on -->\n<!-- quizzer: command= -->\n"
    )
    assert [front for _, _, front, _ in notes(text)] == ["git add", "git commit"]
    found = warnings(text)
    assert [line for line, _ in found] == [3, 5, 6, 7]
    assert "unknown quizzer hint 'offf'" in found[0][1]
    assert "alone on its line" in found[1][1]
    assert "without an 'off'" in found[2][1]


def test_hints_inside_code_are_code() -> None:
    text = "```markdown\n<!-- quizzer: off -->\n```\n\n- **git add**: stage\n"
    assert read_hints(text) == Hints()
    assert [front for _, _, front, _ in notes(text)] == ["git add"]


# -- command=NAME ----------------------------------------------------------------------------

VIDEO = """\
# Video notes

## Compression
<!-- quizzer: command=ffmpeg -->

- `-crf`: quality, lower is better
- `--preset`: how hard it tries

### ffprobe

- `-show_streams`: list the streams

### Two-pass

- `-pass`: which pass

## Other tools

- `--verbose`: say more
"""


def test_a_command_hint_names_the_command_of_its_section() -> None:
    found = {front: command for _, kind, front, command in notes(VIDEO) if kind is Kind.OPTION}
    assert found["-crf"] == "ffmpeg"
    assert found["--preset"] == "ffmpeg"
    assert found["-show_streams"] == "ffprobe"  # a deeper heading that is a command says otherwise
    assert found["-pass"] == "ffmpeg"  # a deeper topic heading does not
    assert found.get("--verbose") != "ffmpeg"  # the next heading of the same level ends the hint


def test_a_hint_just_above_a_heading_covers_that_section() -> None:
    text = VIDEO.replace("## Compression\n<!-- quizzer: command=ffmpeg -->\n", "<!-- quizzer: command=ffmpeg -->\n\n## Compression\n")
    found = {front: command for _, kind, front, command in notes(text) if kind is Kind.OPTION}
    assert (found["-crf"], found["-pass"]) == ("ffmpeg", "ffmpeg")
    assert found.get("--verbose") != "ffmpeg"


def test_a_hint_before_the_first_heading_covers_the_document() -> None:
    text = "Notes about one tool.\n\n<!-- quizzer: command=rsync -->\n\n" + VIDEO.replace(
        "<!-- quizzer: command=ffmpeg -->\n", "")
    found = {front: command for _, kind, front, command in notes(text) if kind is Kind.OPTION}
    assert found["-crf"] == "rsync" and found["--verbose"] == "rsync"


def test_a_command_hint_names_the_program_of_its_sub_command_lines() -> None:
    # the person names the program once; the items write its sub-commands without it
    text = (
        "## 자주 쓰는 것\n<!-- quizzer: command=kubectl -->\n\n"
        "- `get pods -A`: 모든 네임스페이스의 파드 보기\n"
        "- `logs -f`: 로그를 계속 따라가기\n"
        "- `kubectl describe node`: 노드 자세히 보기\n"   # written with the program: as written
        "- `grep -v x`: x가 없는 줄만\n"                   # another program: its own
        "\n## 다른 것\n\n- `logs -f`: 로그 파일 따라가기\n"   # past the hint's section: no program said
    )
    found = {(line, front): command for line, kind, front, command in notes(text) if kind is Kind.COMMAND}
    assert found[4, "kubectl get pods -A"] == "kubectl get"
    assert found[5, "kubectl logs -f"] == "kubectl logs"
    assert found[6, "kubectl describe node"] == "kubectl describe"
    assert found[7, "grep -v x"] == "grep"
    assert (11, "kubectl logs -f") not in found


def test_hint_scopes_from_headings() -> None:
    hints = read_hints("# A\n<!-- quizzer: command=x -->\ntext\n## B\ntext\n# C\ntext\n").scoped([(1, 1), (4, 2), (6, 1)])
    assert [hints.command_for(line) for line in range(1, 8)] == [None, "x", "x", "x", "x", None, None]
    assert hints.skipped(2) and not hints.skipped(3)
    nested = read_hints("<!-- quizzer: command=a -->\n# A\n<!-- quizzer: command=b -->\n## B\n# C\n").scoped(
        [(2, 1), (4, 2), (5, 1)])
    assert [nested.command_for(line) for line in range(1, 6)] == ["a", "a", "b", "b", None]


# -- a property: an off … on part takes out exactly its own lines' notes ---------------------
# (lines whose notes do not depend on the lines around them: an option's command may)

_LINES = [
    "- **git add**: stage changes",
    "- **git commit**: record changes",
    "- 브랜치: 작업의 갈래",
    "apple:::사과",
    "Why stage?::to choose what goes in",
    "| git push | send commits |",
]


@settings(max_examples=60, deadline=None)
@given(picked=st.lists(st.sampled_from(range(len(_LINES))), min_size=1, max_size=7, unique=True), data=st.data())
def test_skipping_a_part_drops_exactly_the_notes_of_its_lines(picked: list[int], data: st.DataObject) -> None:
    body = [_LINES[i] for i in picked if not _LINES[i].startswith("|")]
    if not body:
        return
    first = data.draw(st.integers(0, len(body) - 1), label="first")
    last = data.draw(st.integers(first, len(body) - 1), label="last")
    plain = "# Notes\n\n" + "\n".join(body) + "\n"
    hinted = "# Notes\n\n" + "\n".join(
        [*body[:first], "<!-- quizzer: off -->", *body[first : last + 1], "<!-- quizzer: on -->", *body[last + 1 :]]
    ) + "\n"
    before = {n.key: n for n in extract(plain, deck="d", source="d.md").notes}
    after = extract(hinted, deck="d", source="d.md")
    skipped_lines = set(range(3 + first, 3 + last + 1))  # their lines in the plain document
    kept = {key for key, note in before.items() if note.line not in skipped_lines}
    assert {n.key for n in after.notes} == kept
    assert not [w for w in after.warnings if "hint" in w.message]


def test_an_option_under_a_group_hint_is_told_to_name_the_sub_command() -> None:
    # under "command=docker" an option of no named docker command: the advice names the hint that would place it
    deck = extract("# 도커\n\n<!-- quizzer: command=docker -->\n\n- `-q`: ID만 보기\n", deck="d", source="d.md")
    assert not deck.notes
    assert any("command=docker SUBCOMMAND" in warning.message for warning in deck.warnings)
