"""Shapes of a paragraph that say what it is *not* (pure): not a description, not a case.

Small predicates the rules ask before reading a paragraph as what a command does
(issue 6, "Precision first").  Nothing here knows a document: only the spans of a
paragraph and the line as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import ARGUMENT_WORDS_EN, ARGUMENT_WORDS_KO, names_pattern
from quizzer.shell import is_placeholder, tokenize

__all__ = ["code_alone", "code_only", "label_and_address", "names_placeholder", "only_link", "usage_words"]

# before a usage line: a bullet, a code span's backticks, a prompt ("* `find [경로] [조건]`", "$ grep [옵션] …")
_USAGE_MARKS = lazyre.pattern(r"^\s*(?:[-*+]\s+)?[`#$]*\s*")

# a list item that is a link and nothing else: "- [Cheat sheet](https://…)", "* <https://…>", "- https://…" (written
# bare)
_LINK_ITEM = lazyre.pattern(
    r"^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+(?:\[[^\]]*\]\([^)]*\)|<[a-z]+://[^>]*>|https?://\S+)\s*$"
)


# "source: https://…", "Details: <https://…>", "출처: [blog](https://…)", "참고: [a](https://…), [b](https://…)",
# "Vim Tips Wiki: [https://…](https://…)": a label of three words at most, then addresses and nothing else
_AN_ADDRESS = r"(?:<?https?://\S+?>?|\[[^\]\n]*\]\(\S+\))"
_SOURCE_LINE = lazyre.pattern(
    rf"[^\s:：]{{1,20}}(?:\s[^\s:：]{{1,20}}){{0,2}}\s*[:：]\s*{_AN_ADDRESS}(?:\s*[,，]\s*{_AN_ADDRESS})*\s*"
)
_ITEM_MARK = lazyre.pattern(r"^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?")


def label_and_address(text: str) -> bool:
    """``text`` (a line as written, maybe a list item) is a label and where to read more, nothing else:
    "- official: https://github.com/…", "참고 자료: [blog](https://…), [repo](https://…)"."""
    return _SOURCE_LINE.fullmatch(_ITEM_MARK.sub("", text, count=1).strip()) is not None


def code_alone(block: Para) -> str | None:
    """The text of the one code span ``block`` is ("`adb push <local> <remote>`"), stripped; None when the
    paragraph holds anything else."""
    spans = [span for span in block.inline.spans if span.text.strip()]
    return spans[0].text.strip() if len(spans) == 1 and spans[0].kind == "code" else None


def code_only(block: Para) -> bool:
    """A paragraph that is one code span and nothing else: "`adb push <local> <remote>`"."""
    return code_alone(block) is not None


def only_link(source: Sequence[str], line: int) -> bool:
    """The list item at ``line`` (1-based) of the document as written is a link and nothing else."""
    try:  # not len(source): see Walk.written
        return line > 0 and _LINK_ITEM.match(source[line - 1]) is not None
    except IndexError:
        return False


# words that name a command's arguments, and a code span of placeholders alone ("<src> <dest>", "<링크 경로> <이름>")
_ARGUMENT_WORDS = lazyre.pattern(
    rf"{names_pattern(ARGUMENT_WORDS_KO)}|\b{names_pattern(ARGUMENT_WORDS_EN)}\b", re.IGNORECASE
)
_PLACEHOLDERS = lazyre.pattern(r"\s*<[^<>]+>(?:\s+<[^<>]+>)*\s*")


def names_placeholder(block: Para) -> str | None:
    """The placeholder a paragraph is about ("For `<RECIPIENT>` you can use …", "`{NAME}`은 …"), or None.

    Its subject is a code span holding only a placeholder, first in the paragraph or after "For": the
    paragraph explains an argument, not what the command line below it does ("Delete `<FILE>`" does).
    """
    before: list[str] = []
    for span in block.inline.spans:
        if span.kind == "code":
            text = span.text.strip()
            lead = " ".join(before).split()
            if [word.casefold() for word in lead] in ([], ["for"]) and is_placeholder(text) and text[:1] in "<{[":
                return text
            if _ARGUMENT_WORDS.search(" ".join(lead)) and _PLACEHOLDERS.fullmatch(text):
                return text  # "인자 값들은 순서대로 `<링크> <이름>` 입니다.", "The arguments are `<src> <dest>`."
            return None
        before.append(span.text)
    return None


def usage_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` written as a usage line (``* `find [경로] [조건]` ``: ``find``, ``[경로]``, ``[조건]``),
    its bullet, backticks and prompt gone; the program's name first, when it is one."""
    return tokenize(_USAGE_MARKS.sub("", text).rstrip().rstrip("`"))
