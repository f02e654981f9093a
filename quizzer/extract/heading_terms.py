"""A heading that names a term or an option, and the first text under it saying what it is (pure).

    ### 2.1 `-n`, `--dry-run`          ## Zookeeper                # rsync
    - 실제로 바꾸지 않고 결과만 보여준다.      A coordination service for …  - Sync files over ssh

Notes of every kind (Korean TIL, English cheat sheets, wiki pages) title a section with the thing it
is about and say what that is in the first line under the title, before examples and remarks.  A careful
reader takes the heading as the front and that first line (its first sentence) as the back.  This is a
last reading: it runs only on the first paragraph or first bullet right under a heading when no other
rule read anything there, so it never competes with the readers of commands, keys or options.

What counts as a name: option spellings alone (``-n``, ``--dry-run``, in backticks or not, joined by
commas or slashes) → an option of the section's command (warned when the notes name none); else one to
four words in Latin letters (``Git Hooks``, ``husky``, ``Code Cache``), not a topic (Installation,
사용법), a label (Example), a sentence or a Korean phrase → a concept.  What counts as saying what it is:
one sentence of two to thirty words that is not a lead-in (ends in ``:``), a command line, a link, a
question, a label, an example (``ex)``), a remark (``Note:``) or a task to do (``설치``, ``install …``).
Anything else is left as it was (no card, and the rules before this one have said why when they skip).
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import (
    IMPERATIVES, LABELS, LIKE_WHAT_FOLLOWS_KO, PROGRAMS, PURPOSE_LABELS, REMARK_LABELS, is_label, is_label_phrase, names_a_way,
    still_to_write, topic_words,
)
from quizzer.extract.model import Kind
from quizzer.extract.sentences import ends_in_colon
from quizzer.extract.terms import ALIGNED_GAP, strip_markers
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command
from quizzer.text import HANGUL, clean, strip_numbering

__all__ = ["heading_name", "read", "says_what", "titled_program", "what_it_is"]

REASON_TERM = "heading naming a term, the first line under it"
REASON_OPTION = "heading naming an option, the first line under it"

_HEADING_MARKS = lazyre.pattern(r"^\s{0,3}#{1,6}\s+|\s+#+\s*$")
_OPTION = r"--?[A-Za-z][\w-]*"
# "`-i`, `--inventory-file`", "-v / --verbose": spellings of one option and nothing else
_OPTIONS = lazyre.pattern(rf"`?({_OPTION})`?(?:\s*[,/]\s*`?({_OPTION})`?)?")
_NAME = lazyre.pattern(r"[A-Za-z][A-Za-z0-9_.+-]*(?: [A-Za-z][A-Za-z0-9_.+-]*){0,3}")
# "About tmux", "Using git", "kustomize vs Helm", "MongoDB Cheatsheet": a topic or the notes' title, no term
_NO_NAME = lazyre.pattern(
    r"\b(?:about|using|with|without|on|for|in|from|into|to|by|via)\b|\bvs\.?\b|\bversus\b|cheat\s*sheet|\b(?:guide|tutorial|notes|questions|"
    r"handbook|primer|walkthrough|basics)\b",
    re.IGNORECASE,
)
# "## Background", "## Motivation", "## Limitations", "## prior work": a part of a write-up, not a thing it names
_PART_OF_WRITING = frozenset(
    """abstract acknowledgements acknowledgments agenda alternatives appendix author authors background caveats
    changelog changes context contents contributing credits demo dependencies discussion epilogue features goal
    goals history idea ideas index issues license limitations method methods motivation plan preface problem
    problems process procedure prologue recap result results screenshot screenshots solution solutions status
    steps takeaways thoughts tools update updates versions workflow""".split()
) | {"prior work", "related work", "further reading", "explanation", "licensing", "attribution", "thanks",
   # a README's closing parts: who made it, how to help, how to report ("## Credit", "## Self-Promotion")
   "credit", "contribution", "contributions", "contributors", "sponsors", "donate", "donations", "self-promotion",
   "issue creation", "reporting issues", "bug reports",
   # where the rest of its documentation is ("## Docs", "## Documentation")
   "docs", "documentation",
   # where it runs and how it differs there ("# Compatibility" / "Usage … varies highly depending on your system")
   "compatibility", "portability"}
# "Contributions and new features", "Changelog & Credits": parts of a write-up joined, each ending in one
_JOINED_PARTS = lazyre.pattern(r"\s+(?:and|&)\s+", re.IGNORECASE)
_TOPIC = lazyre.pattern(rf"\b(?:{topic_words()})\b", re.IGNORECASE)
_TRAILING = lazyre.pattern(r"[\s!~.?✔✅🔥⭐️💡📌]+$")
_HANGUL = lazyre.pattern(f"[{HANGUL}]")
_SENTENCE_END = lazyre.pattern(r"(?<=[^\s.\d])[.!](?=\s+\S)")
_NUMBERED = lazyre.pattern(r"^\d+(?:[.)]|\s*단계)")
_LINK = lazyre.pattern(r"https?://|\[[^\]]*\]\(")
# a line that is only a link (an item of a table of contents): "- [SSH 설정](#ssh)", "* <a href="#x">X</a>"
_LINK_ALONE = lazyre.pattern(r"\s*(?:[-*+]|\d{1,3}[.)])?\s*(?:\[[^\]]*\]\([^)]*\)|<a\b[^>]*>.*?</a>)\s*")
_EXAMPLE = lazyre.pattern(r"^(?:ex|e\.g|eg|예|예시|예제)\s*[).:]", re.IGNORECASE)
# "설치", "설치하기", "Install it with …": a task the section does, not what the term is
_TASK_KO = lazyre.pattern(r"(?:설치|설정|실행|다운로드|입력|생성)(?:하기|한다|하자|해야\s*한다|합니다)?\s*$")
_REMARK = lazyre.pattern(r"^(\w+(?: \w+)?)\s*[:：]")
# "I decided to …", "In case perf does not …", "The following gives …", "먼저 가상머신을 만든다": the story of the
# notes, a condition or a step, not what the term is
_NOT_SAID_OF_IT = lazyre.pattern(
    # "You can also type `:q!` and …": what the reader may do there, not what the heading names
    r"^(?:i|i'm|i've|we|we're|my|our|let's|you\s+(?:can|could|may|might|should|will|need|must)|you'll|you're|"
    r"in case|the following|here|there|now|then|next|first|so|but|also|"
    r"today|yesterday|recently|lately|오늘|어제|요즘|최근|"
    r"먼저|우선|다음|그리고|그래서|이제|나는|저는|내가|제가|이|이것[은이]?|이건|그|그것[은이]?|위|아래)\b",
    re.IGNORECASE,
)
# "Today I learned …", "… that we use at work": the author speaking, not a definition
_FIRST_PERSON = lazyre.pattern(r"\b(?:I|I'm|I've|I'd|me|my|we|we're|our|us)\b")
# "… 원격 브랜치가 있으면 pull이 편하다": a remark on when it helps, not what it is
_REMARK_KO = lazyre.pattern(r"\S(?:으면|면|때는?|경우에?는?|는데|은데|인데)[\s,]|(?:편하다|편리하다|좋다|좋습니다|좋음|중요하다|중요합니다|유용하다|유용합니다|쉽다|어렵다)$")
# "brew로 설치했다", "설정을 바꿨음": what the author did, told in the past; a definition is not
_PAST_KO = lazyre.pattern(r"(?:했|였|었|았|랬|웠)(?:다|음|습니다|어요|네요)$")
# "… 사용하는 명령", "… 실행하는 방법": says a command or a way follows, the term is not what it defines
_POINTS_ON = lazyre.pattern(r"(?:명령|명령어|방법|과정|순서|command|way|steps?)$", re.IGNORECASE)
# "Fail2Ban Install and Config Script": a name in capitals, a title, not a sentence
_TITLE_CASE = lazyre.pattern(r"[A-Z0-9][\w.+-]*(?:\s+(?:[A-Z0-9][\w.+-]*|and|or|of|for|the|a|an|to|in|with))+")
# a heading above that says the section sets something up ("1. 실습 환경 구성", "Installation"): its
# subheadings are steps of that, their first lines what to do
# (환경 as a word of its own, "환경 설정", "실습 환경"; "개발환경", "가상환경" name a kind of environment, a topic)
_SETUP = lazyre.pattern(rf"설치|설정|구성|(?<![{HANGUL}])환경|실습|준비|setup|set up|install|configur|getting started|prerequisite",
                    re.IGNORECASE)


def heading_name(written: str) -> tuple[str, list[str] | None] | None:
    """``### 3.1 `-i`, `--inventory-file` `` → (``-i, --inventory-file``, [``-i``, ``--inventory-file``]);
    ``## 1. Git Hooks`` → (``Git Hooks``, None); None when the heading names no term."""
    text = _HEADING_MARKS.sub("", written).strip()
    text = strip_numbering(text).strip()
    text = _TRAILING.sub("", text).strip()
    options = _OPTIONS.fullmatch(text)
    if options:
        spellings = [s for s in options.groups() if s]
        return ", ".join(spellings), spellings
    name = strip_markers(text.replace("`", "")).strip()
    if (
        not _NAME.fullmatch(name) or _TOPIC.search(name) or is_label(name) or is_label_phrase(name)
        or name.casefold() in LABELS or _NO_NAME.search(name) or name.casefold() in _PART_OF_WRITING
        # "## Purpose" / "- Opens past commands in an editor": what the notes' subject is for, not a term named "Purpose"
        or name.casefold() in PURPOSE_LABELS
        or all(part.split()[-1].casefold() in _PART_OF_WRITING for part in _JOINED_PARTS.split(name) if part.split())
        # "Select specific events", "Finding them with ripgrep": a task the section does, not a thing it names
        or " " in name and (name.split()[0].casefold() in IMPERATIVES or name.split()[0].casefold().endswith("ing"))
    ):
        return None
    return name, None


def _command_line(sentence: str, words: list[str]) -> bool:
    """``git stash pop``, ``mkdir -p build``: a command line; "holds class metadata outside the heap" is prose
    that only starts like one."""
    return looks_like_command(sentence) and (
        words[0] in PROGRAMS or any(word.startswith("-") or "/" in word or "=" in word for word in words)
    )


def what_it_is(block: Para) -> str | None:
    """The first sentence of the paragraph or item when it can say what a term is, else None."""
    spans = [span for span in block.inline.spans if span.text.strip()]
    stressed = bool(spans) and spans[0].kind == "code" and _stressed(spans[0].text)
    if spans and spans[0].kind == "code" and not stressed:
        return None  # "- `npm i -D husky`": an example
    if all(span.kind == "strong" for span in spans):
        return None  # "**1. 줄 복제**": a line in bold stands for a heading over what follows
    return says_what(_first_sentence_lines(block.inline.raw.strip()), stressed=stressed)


def _first_sentence_lines(raw: str) -> str:
    """The paragraph's first line, and the lines after it up to the end of its first sentence when that sentence
    is wrapped onto them ("pdfnup is super useful for making documents with slides + notes or" / "multiple slides per
    page. Previously …"): markdown joins them, one sentence.  A line ending in a colon or a sentence's end, or
    followed by a line that opens otherwise than in lower case, ends there."""
    lines = raw.split("\n")
    taken = [lines[0]]
    for line in lines[1:]:
        last = taken[-1].rstrip()
        if _SENTENCE_END.search(" ".join(taken)) or last.endswith((".", "!", "?", ":", "：")) or not line.strip()[:1].islower():
            break
        taken.append(line.strip())
    return " ".join(taken)


# "파일 생성: `jupyter notebook --generate-config`": a line to type, named by a label; not a meaning
_TYPED = lazyre.pattern(r"[:：]\s*`[^`]+`")
_CODE_FIRST = lazyre.pattern(r"^\s*`")
_NAME_SUM = lazyre.pattern(r"[\w.-]+(?:\s*\+\s*[\w.-]+)+\s*=\s*[\w.-]+")
_BOLD_ALL = lazyre.pattern(r"^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*$")
_SHELL_SIGN = lazyre.pattern(r"[-/=\"'$|<>~.*]")


def _stressed(code: str) -> bool:
    """```python 버전 별` 가상환경 관리``: Korean words in a code span, set off for stress, not a line to type."""
    return bool(_HANGUL.search(code)) and not _SHELL_SIGN.search(code)


_VERSUS = lazyre.pattern(r"\s(?:vs\.?|versus)\s", re.IGNORECASE)


def says_what(first_line: str, *, stressed: bool = False) -> str | None:
    """The first sentence of one line of markdown (an item's, a paragraph's) when it can say what a term or
    a command is: not a lead-in, a command line, a link, a question, a label, an example, a remark, a task,
    the author's story, a value or a title; else None.  ``stressed``: the line starts with Korean words in a code
    span (:func:`_stressed`), which may name a program without being its command line."""
    if _CODE_FIRST.match(first_line) or _BOLD_ALL.match(first_line) or _TYPED.search(first_line):
        return None
    if ALIGNED_GAP.search(first_line.strip()):
        return None  # "Move row          Alt-Down": a label and its key in aligned columns, no sentence
    text = strip_markers(clean(first_line)).strip()
    cut = _SENTENCE_END.search(text)
    sentence = text[: cut.start()].strip() if cut else text.rstrip(".!").strip()
    words = sentence.split()
    remark = _REMARK.match(sentence)
    if (
        not 2 <= len(words) <= 30 or len(sentence) > 160
        or sentence.endswith((":", "：", "?", "？")) or ends_in_colon(text)
        or not stressed and _command_line(sentence, words) or _LINK.search(first_line) or _EXAMPLE.match(sentence)
        or is_label(sentence) or is_label_phrase(sentence) or len(words) <= 2 and _TASK_KO.search(sentence)
        or remark is not None and (remark.group(1).casefold() in REMARK_LABELS or is_label(remark.group(1)))
        or _NUMBERED.match(sentence)
        or not _HANGUL.search(sentence) and words[0].casefold() in ("this", "these", "it", "see", "for", "to", "if", "when", "notice", "note")
        or _NOT_SAID_OF_IT.match(sentence) or _FIRST_PERSON.search(sentence) or _REMARK_KO.search(sentence) or _PAST_KO.search(sentence)
        or _POINTS_ON.search(sentence) or _TITLE_CASE.fullmatch(sentence)
        or sentence[0] in "\"'(-[<*#>|"
        or _NO_WORD.fullmatch(sentence)  # "2011-03-09 19:24": when it was written, no words at all
        or _NAME_SUM.fullmatch(sentence)  # "du + rust = dust": how the name was made, a pun, not what it is
        or still_to_write(sentence)  # "내용 추가", "TODO": a place kept for text not written yet
        or _WRITING_KO.search(sentence)  # "# mac" / "맥북 적응기", "… 공부 기록": what the notes are, not the term
        or _ABOUT_WRITING_KO.search(sentence)  # "… 관리에 대해 설명합니다": what the notes tell, not the term
        or _VERSUS.search(text)  # "reset(…) vs. revert(…)": two things set side by side, neither the term
    ):
        return None
    return sentence


_ITEM_INDENT = lazyre.pattern(r"^([ \t]*)(?:[-*+]|\d+[.)])(?:[ \t]|$)")


def _items_below(walk: Walk, line: int) -> bool:
    """Whether the item on ``line`` has items nested under it (on its next line, indented deeper)."""
    here, after = _ITEM_INDENT.match(walk.written(line) or ""), _ITEM_INDENT.match(walk.written(line + 1) or "")
    return here is not None and after is not None and len(after.group(1).expandtabs(4)) > len(here.group(1).expandtabs(4))


_NO_WORD = lazyre.pattern(r"[\d\W_]+")
# a line ending in a word naming a kind of writing (a story, a log, a summary): it says what the notes are
_WRITING_KO = lazyre.pattern(
    r"(?:적응기|여행기|체험기|도전기|입문기|삽질기|정복기|성장기|후기|일기|회고록?"
    # "커밋들의 기록", "설정 모음" are what a term is: a record or a set is the notes only when they are the writer's
    r"|(?:공부|학습|개발|작업|삽질|적응|입문|개인|나만의|나의|내|TIL)\s*(?:기록|정리|모음|메모|노트|일지))\s*[.!]?$"
)
# "Git 태그 관리에 대해 설명합니다", "…에 관해 정리해 보았다": what the notes go on to tell, not what the term is
_ABOUT_WRITING_KO = lazyre.pattern(
    r"에\s*(?:대해|대하여|관해|관하여)(?:서)?\s*(?:설명|알아|정리|다루|다룹|다뤄|소개|살펴|적어|적습|기록|이야기|얘기)"
)
_FENCE = lazyre.pattern(r"^\s*(?:```|~~~)")
# "아래와 같이 …", "다음과 같은 …", "… as follows:", "…:": a one-line lead-in pointing at the block below it
_POINTS_AT_BLOCK = lazyre.pattern(rf"^\s*{LIKE_WHAT_FOLLOWS_KO}|[:：]\s*$|\bas follows\b", re.IGNORECASE)
_NEXT_HEADING = lazyre.pattern(r"^\s{0,3}#{1,6}\s")


def _code_below(walk: Walk, line: int, *, lead_in_between: bool = False) -> bool:
    """Whether a code block follows ``line`` before the next heading (only the section's lines are read), and the
    paragraph at ``line`` may say what it does.  ``lead_in_between`` (under a heading of one word, a name): not when a
    lead-in pointing at the block stands between ("## firewalld" / "RedHat 계열에서 주로 사용된다." / "아래와 같이 규칙을
    추가할 수 있다." / the block: the lead-in says what the block does, the first paragraph what the name is)."""
    at = line + 1
    ended = False  # a blank line closed the paragraph at ``line``
    while (text := walk.written(at)) is not None:
        if _NEXT_HEADING.match(text):
            return False
        if _FENCE.match(text):
            return True
        if not text.strip():
            ended = True
        elif ended and lead_in_between and _POINTS_AT_BLOCK.search(text) and _FENCE.match(walk.written(at + 2) or "") and not (
                walk.written(at + 1) or "").strip():
            return False
        at += 1
    return False


_ITEM_LINE = lazyre.pattern(r"\s*(?:[-*+]|\d+[.)])\s|\s")  # an item of a list, or a line indented under one


def _list_over_code(walk: Walk, line: int) -> bool:
    """Whether the list whose item is at ``line`` runs straight into a code block (blank lines between): its items
    may say what the block's lines do, as a paragraph over it may."""
    at = line + 1
    while (text := walk.written(at)) is not None and (not text.strip() or _ITEM_LINE.match(text)):
        at += 1
    return text is not None and _FENCE.match(text) is not None


# "rsync is …", "dd (disk dump) is …": a sentence with a subject of its own, named before its verb
# "rsync is …", "HTTPie lets you …": the sentence's subject, saying what it is or what it lets one do
_SUBJECT = lazyre.pattern(
    r"^`?(?P<subject>[A-Za-z][\w.+-]*)`?(?:\s+\([^()]*\))?\s+(?:is|are|was|were|(?:allows|lets|helps)\s+(?:you|users?|one)\b)",
    re.IGNORECASE,
)
_POINTING = frozenset({"it", "this", "that", "these", "those", "they", "there", "which", "he", "she", "one", "each"})


def _other_subject(meaning: str, name: str) -> bool:
    """``## Backup`` / ``rsync is the tool I use …`` (or ``rsync lets you …``): the sentence says what another thing
    is or lets one do, not what the heading's is."""
    match = _SUBJECT.match(meaning.strip())
    if match is None:
        return False
    subject = match.group("subject").casefold()
    return subject not in _POINTING and not any(_same_stem(subject, word) for word in re.findall(r"\w+", name))


def _stem(word: str) -> str:
    """``Branching``, ``Branches``, ``branch`` → ``branch``; ``Caching``/``Cache`` → ``cach``; ``Running`` → ``run``."""
    stem = word.casefold()
    for suffix in ("ing", "es", "ed", "s"):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
            stem = stem[: -len(suffix)]
            break
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        stem = stem[:-1]  # "runn(ing)", "stopp(ed)", "pass" / "pass(ing)" alike
    return stem[:-1] if len(stem) > 3 and stem.endswith("e") else stem


# "configur" + "ation": endings that make a noun of the same idea; "Containerd", "Composer", "Dockerfile" are others
_SAME_IDEA_ENDINGS = ("ation", "ion", "ment", "ing")


def _same_stem(one: str, other: str) -> bool:
    """Do two words name one idea (``Stashing`` under ``## Stash``, ``Configuring`` under ``## Configuration``)?
    ``Containerd`` under ``## Containers`` does not: a longer word is another thing unless it only adds a noun's
    ending."""
    if _stem(one) == _stem(other):
        return True
    return any(
        word.casefold().endswith(ending) and _stem(word[: -len(ending)]) == _stem(word_else)
        for word, word_else in ((one, other), (other, one)) for ending in _SAME_IDEA_ENDINGS
    )


_SPAN_LINE = lazyre.pattern(r"\s*`(?P<typed>[^`]+)`\s*(?:#.*)?")


def _span_line_below(walk: Walk, line: int) -> bool:
    """Whether the paragraph after the one at ``line`` is a command line in backticks alone on its line
    (`` `wipefs -a /dev/sdc` ``), as a block of one line would be."""
    at = line + 1
    while (text := walk.written(at)) is not None and text.strip():
        at += 1
    while (text := walk.written(at)) is not None and not text.strip():
        at += 1
    span = _SPAN_LINE.fullmatch(text or "")
    return span is not None and looks_like_command(span.group("typed").strip())


def titled_program(walk: Walk) -> str | None:
    """The program the notes' title names in one word (``# Ansible``), when quizzer does not know it."""
    if not walk.sections or walk.sections[0].level != 1:
        return None
    named = heading_name(walk.sections[0].text)
    if named is None or named[1] is not None or " " in named[0] or not named[0].isalpha():
        return None
    return named[0].lower()


# a table of contents' item: a link to a part of the notes, "- [설치](#설치)", "  * [Mac OS X](#mac-os-x)"
_CONTENTS_ITEM = lazyre.pattern(r"\s*[-*+]\s+\[[^\]]+\]\(#[^)\s]*\)\s*")


def _contents_between(walk: Walk, line: int) -> bool:
    """Between the heading and ``line`` stands only a table of contents (items each a link to a part of the
    notes): the paragraph after it is still the first text under the heading."""
    items = 0
    for at in range(walk.heading_line + 1, line):
        text = walk.written(at) or ""
        if text.strip() and not _CONTENTS_ITEM.fullmatch(text):
            return False  # asked line by line from the heading: most sections stop at their first line
        items += bool(text.strip())
    return items > 0


# "[net-tools](https://…)," / "A collection of programs that …": the name (a link, or as written) and a comma ending
# its line, then a noun phrase (an article first) on the next
_NAMED_FIRST = lazyre.pattern(r"(?P<name>[^,\n]+),[ \t]*\n(?P<rest>(?:an?|the)\s.+)", re.DOTALL | re.IGNORECASE)
# "… operating system. - [Linux Foundation](https://…)": after the sentence, a link to where it is quoted from
_QUOTED_FROM = lazyre.pattern(r"(?<=[.!])\s+[-–—]\s+\[(?P<source>[^\]\n]{1,60})\]\([^)\s]*\)\s*$")


def _named_then_said(walk: Walk, block: Para, name: str) -> str | None:
    """``[net-tools](https://…),`` / ``A collection of programs that form the base set …`` / ``… system. - [Linux
    Foundation](https://…)``: a paragraph naming the heading's term first, then saying what it is in one sentence, a
    noun phrase, maybe with a link to where it is quoted from after it: that sentence (the link left off); None for
    any other paragraph.  It names its subject itself: a block further down the section does not make it a
    description of that block's line."""
    if block.lists or block.quote:
        return None
    match = _NAMED_FIRST.fullmatch(block.inline.raw.strip())
    if match is None or clean(match.group("name")).casefold() != name.casefold():
        return None
    last = block.line + block.inline.raw.strip().count("\n")
    source = _QUOTED_FROM.search(walk.written(last) or "")
    rest = " ".join(match.group("rest").split())
    if source is not None:
        rest = re.sub(rf"\s+[-–—]\s+{re.escape(source.group('source'))}$", "", rest)
    sentence = rest.rstrip(".").strip()
    if _SENTENCE_END.search(sentence) or not 3 <= len(sentence.split()) <= 30 or _LINK.search(sentence):
        return None  # two sentences, or a link inside: not one noun phrase saying what it is
    return sentence


def read(walk: Walk, block: Para) -> bool:
    """A card of the heading right above and the first line of ``block``; False when not that shape.
    Run only when no other rule read ``block``."""
    if block.quote or not block.first:
        return False
    contents = walk.heading_block != walk.block - 1 and _contents_between(walk, block.line)
    if walk.heading_block != walk.block - 1 and not contents:
        return False
    if len(block.lists) > 1 or block.lists and block.lists[-1].ordered:
        return False  # the first item of a bullet list right under the heading (its first block), or a paragraph
    if walk.next_code_line is not None or not block.lists and _span_line_below(walk, block.line):
        return False  # a paragraph over a code block of its section (or a command line in backticks) may say what it does
    if block.line - walk.heading_line > 3 and not contents:
        return False  # lines between (cards written by hand, blanked for the rules): not right under the heading
    if block.lists and _items_below(walk, block.line):
        return False  # "## Images" / "- Optimize images" / "  - ImageMagick" …: a label over its own items
    if _LINK_ALONE.fullmatch(walk.written(block.line) or ""):
        return False  # "## ToC" / "- [SSH 설정](#ssh)": a link to a part of the notes, no meaning
    named = heading_name(walk.written(walk.heading_line) or "")
    if named is None:
        return False
    name, spellings = named
    said = _named_then_said(walk, block, name) if spellings is None else None
    if said is not None:
        walk.add(Kind.CONCEPT, term=name, front=name, back=said, command=None, line=block.line + 1, reason=REASON_TERM)
        return True
    if not block.lists and _code_below(walk, block.line, lead_in_between=" " not in name):
        return False  # (so too a paragraph over a code block further down)
    if block.lists and _list_over_code(walk, block.line):
        return False  # "## permission-denied" / "- 파일권한 변경시 사용" / "- …" / its block: the items say what it does
    meaning = what_it_is(block)
    if meaning is None or clean(meaning).casefold() == name.casefold() or _other_subject(meaning, name):
        return False
    if names_a_way(clean(meaning)):
        return False  # "## tar" / "압축 푸는 절차": the title of the steps below, not what tar is
    if any(_SETUP.search(section.text) for section in walk.sections[:-1]):
        return False
    first = name.split()[0].casefold()
    if " " in name and first in (walk.program, walk.fenced_program, titled_program(walk)):
        return False  # "## rsync daemon": a way to run the program, said with its command lines
    if spellings is not None:
        # whose option: the section's command or the notes' program, never a guess from the last line read
        walk.add_option(spellings, meaning, walk.section_command() or walk.tool or titled_program(walk), block.line,
                        reason=REASON_OPTION)
        return True
    titled = walk.sections[-1].level == 1 and " " not in name  # "# rsync": the notes' title, a program
    if not _HANGUL.search(meaning) and meaning.split()[0].casefold() in IMPERATIVES and not (
            titled or name.casefold() in PROGRAMS):
        return False  # "## Windows" / "- Download NSSM": a task to do there; "# rsync" / "- Sync files …" says what it does
    walk.add(Kind.CONCEPT, term=name, front=name, back=meaning, command=None, line=block.line, reason=REASON_TERM)
    return True
