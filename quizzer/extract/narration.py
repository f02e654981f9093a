"""Narrative prose over a code block that does not say what the block does (pure).

Blog posts and TILs tell a story around their commands: "So I switched there and used `ripgrep`
to find likely packages:" over a ``cd`` line, "Then ran `rg`:" over the ``rg`` line.  The first
names a program the block never runs (it is about the block after); the second says only that a
command was run.  Neither is the meaning of the block's line; both become warnings.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.knowledge import COMMAND_NOUN_KO, LIKE_WHAT_FOLLOWS_KO, POINTING_WORDS_KO, names_pattern
from quizzer.extract.sentences import ends_in_colon, sentence_ends

__all__ = ["after_definition", "defines_this", "names_dependant", "says_installable", "flag_sentence", "last_lead_in", "last_purpose", "muses", "walks_through", "without_other_program", "without_asides", "names_absent_program", "names_other_program", "observes", "only_narration", "tells_story", "shows_outcome", "pointing_sentence", "trims_output"]

# a program named in a code span: one plain word ("ripgrep", "rg", "json.tool")
_PROGRAM_WORD = lazyre.pattern(r"[a-z][a-z0-9_.+-]*")
# the author telling what they did
_FIRST_PERSON = lazyre.pattern(r"\b(?:I|I'm|I've|I'd|we|we've|my|our)\b")
_WORD = lazyre.pattern(r"[^\W\d_][\w'’]*")
# the words of a sentence that tells that a command was run, not what it does
_NARRATION = frozenset(
    "then so and next now first finally here here's i we you ran run runs running use used using type typed "
    "try tried execute executed do did the this that it command commands like with following below".split()
)


def names_other_program(prose: str, spans: tuple[str, ...], lines: list[str]) -> bool:
    """The author tells what they did (``I``, ``we``), naming programs in code spans (``ripgrep``) that the
    block runs none of: the story goes on past this block (a cheat sheet's "`value` must be quoted" names an
    argument, not a program, and is not a story)."""
    named = [span for span in spans if _PROGRAM_WORD.fullmatch(span)]
    if not named or not _FIRST_PERSON.search(prose):
        return False
    text = "\n".join(lines)
    return not any(name in text for name in named)


# "exrheader 명령어로 확인하면 …", "`jq` 명령으로 보면", "with the jq command": the program the sentence says is used
# (of "git stash 명령어로", git: the words after the program are its sub-command)
_NAMED_COMMAND = lazyre.pattern(
    rf"(?<![\w./-])`?(?P<ko>[a-z][\w.+-]*)(?:\s+[a-z][\w.+-]*)*`?\s*{COMMAND_NOUN_KO}"
    r"|\bthe\s+`?(?P<en>[a-z][\w.+-]*)`?\s+command\b"
)


# "cp 명령어와 달리", "cp 명령어 대신", "Unlike the cp command", "instead of the cp command": a program set against
# the one the block runs, not the one used
_CONTRAST_AFTER = lazyre.pattern(r"\s*(?:와|과|하고|랑|이랑)?\s*(?:달리|다르게|대신)")
_CONTRAST_BEFORE = lazyre.pattern(r"\b(?:unlike|instead\s+of|rather\s+than)\s+$", re.IGNORECASE)


def names_absent_program(prose: str, programs: frozenset[str] | set[str], lines: list[str]) -> str | None:
    """The program ``prose`` names as the command used ("exrheader 명령어로 확인하면 …"; in English one of
    ``programs``: "the following command" names none) that no line of the block runs: the block shows what it
    printed, not lines to type.  A program set against another ("cp 명령어와 달리", "Unlike the cp command") is
    not the one used; "docker compose" is run as ``docker-compose`` too.  None when there is none."""
    for match in _NAMED_COMMAND.finditer(prose):
        name = match.group("ko") or match.group("en")
        if _CONTRAST_AFTER.match(prose, match.end()) or _CONTRAST_BEFORE.search(prose[: match.start()]):
            continue
        # "docker 명령어" over "docker-compose up", "docker-compose 명령어" over "docker compose up": one program
        spelt = r"[-\s]".join(re.escape(part) for part in name.split("-"))
        if (match.group("ko") or name in programs) and not any(re.search(rf"(?<![\w-]){spelt}(?![\w])", line) for line in lines):
            return name
    return None


def only_narration(prose: str, spans: tuple[str, ...]) -> bool:
    """``Then ran `rg`:``: with its code spans taken out, nothing but words that tell of running it."""
    words = [w.casefold() for w in _WORD.findall(prose)]
    named = {w.casefold() for span in spans for w in _WORD.findall(span)}
    rest = [w for w in words if w not in named]
    return bool(rest) and all(w in _NARRATION for w in rest)


# "Sure enough:", "And voilà:", "As expected:": the author pointing at what came out, over the line that shows it
_OUTCOME = lazyre.pattern(r"^(?:and\s+)?(?:sure\s+enough|voil[aà]|lo\s+and\s+behold|as\s+expected)\s*[,.!:：]?$", re.IGNORECASE)


def shows_outcome(prose: str) -> bool:
    """``Sure enough:``, ``And voilà:``: the story's turn to its result, nothing of what the line below does."""
    return _OUTCOME.match(prose.strip()) is not None


# "I removed some of the output here to keep the interesting lines:", "Output trimmed for brevity:", "(Some output
# omitted.)": a remark on what the block shows of the run, cut by the author
_TRIMMED = lazyre.pattern(
    r"^\(?\s*(?:(?:I|I've|I\s+have|we|we've|we\s+have)\s+(?:removed|trimmed|cut|truncated|shortened|elided|omitted"
    r"|snipped|stripped|left\s+out|cut\s+out|cut\s+down)\s+(?:(?:some|most|parts?|much|a\s+lot|a\s+few|lines)\s+)?"
    r"(?:of\s+)?(?:the\s+|its\s+|this\s+)?(?:output|lines|results|listing|rows)"
    r"|(?:(?:the|some|most\s+of\s+the|part\s+of\s+the)\s+)?(?:output|listing)\s+(?:is\s+|was\s+|has\s+been\s+)?"
    r"(?:trimmed|truncated|shortened|cut|omitted|elided|abridged|snipped|removed))"
    # (", so pipe it to less", ", then page it": a clause going on to what the line does; the output was cut by the run)
    r"\b(?![^.!?:\n]*,\s*(?:so|then)\s)[^.!?:\n]*[.!:：]?\s*\)?$",
    re.IGNORECASE,
)


def trims_output(prose: str) -> bool:
    """``I removed some of the output here …:``, ``Output trimmed for brevity:``: the author cut what the run printed;
    one sentence about the block's output, nothing of what its line does."""
    return _TRIMMED.match(prose.strip()) is not None


# "The `-l` option causes `ripgrep` to list matching files …": a sentence after a block about one of its flags
# ("The `-f pathname` option filters …": the flag with the value its line gives it)
_FLAG_SENTENCE = lazyre.pattern(
    r"^the\s+(--?[A-Za-z][\w-]*(?:\s[a-z][\w.-]*)?)\s+(?:option|flag|switch)\s+(\S[^\n]*)$", re.IGNORECASE
)


# "(-s is optional but it shows the short name of each tag)" under a block: an aside on one flag of its line
_FLAG_ASIDE = lazyre.pattern(r"^\(\s*(--?[A-Za-z][\w-]*)\s+((?:is|are)\s[^()]*?)\s*\)\.?$")


def flag_sentence(text: str) -> tuple[str, str] | None:
    """``The -l option causes rg to list …`` → ``("-l", "causes rg to list …")``, ``The -f pathname option
    filters …`` → ``("-f pathname", "filters …")``, and ``(-s is optional but it shows …)`` → ``("-s", "is optional
    but it shows …")``; None for any other sentence."""
    match = _FLAG_SENTENCE.match(text.strip()) or _FLAG_ASIDE.match(text.strip())
    return (match.group(1), match.group(2).rstrip()) if match else None


_POINTING = names_pattern(POINTING_WORDS_KO)  # "다음", "아래"
# a sentence that says the block below does it: "… 다음 명령어로 할 수 있다", "… with the following command"
# ("다음 명령어를 실행한다", "run this command" only tell to run it: the sentence before says what it does)
_POINTER = lazyre.pattern(
    rf"{_POINTING}의?\s*(?:{COMMAND_NOUN_KO}|코드)\s*(?:로|으로)\s"
    # "아래의 명령어를 이용하여 …", "다음 명령을 통해 …"
    rf"|{_POINTING}의?\s*{COMMAND_NOUN_KO}\s*(?:를|을)\s*(?:이용하여|이용해서?|통해서?|사용하여|사용해서?|써서)\s"
    r"|\b(?:with|using|by)\s+(?:the\s+following|this|these)\s+commands?\b"
    # "따라서 npm 패키지를 통해 아래와 같이 설치할 수 있다.": how, the block shows
    r"|(?:아래|다음)(?:와|과)\s*같이\s+(?:\S+\s+){1,2}수\s*있다",
    re.IGNORECASE,
)


def pointing_sentence(prose: str) -> str | None:
    """Of a paragraph of several sentences over a block, the one sentence that points at the block
    (``그래서 … 다른 포맷으로 바꿀 수 있는데 다음 명령어로 할 수 있다.``): what the block does; the
    sentences around it say other things (what a file is, where to read more).  None when no one
    sentence does."""
    ends = sentence_ends(prose)
    if not ends:
        return None
    starts = [0, *(m.end() for m in ends)]
    sentences = [prose[a:b].strip() for a, b in zip(starts, [*(m.end() for m in ends), len(prose)])]
    sentences = [s for s in sentences if s]
    pointing = [s for s in sentences if _POINTER.search(s)]
    if len(sentences) < 2 or len(pointing) != 1 or pointing[0] == sentences[0]:
        return None
    return pointing[0]


# "clasp는 … 명령어 도구이다.", "Foo is a tool for …": a sentence that says what a term is
_DEFINITION = lazyre.pattern(r"^\S.{0,60}?(?:은|는|이란|란)\s.*(?:이다|입니다)\s*[.。]?$|^\S+(?:\s\S+)?\s+is\s+an?\s", re.IGNORECASE)
# "따라서 … 아래와 같이 설치할 수 있다.", "Install it as follows:": the sentence says the block below does it
_AHEAD = lazyre.pattern(
    rf"{_POINTING}처럼|{LIKE_WHAT_FOLLOWS_KO}이|{_POINTING}의?\s*{COMMAND_NOUN_KO}|\bas follows\b|\bthe following\b|\bbelow\b",
    re.IGNORECASE,
)


def after_definition(prose: str) -> str | None:
    """``clasp는 … 도구이다. 따라서 … 아래와 같이 설치할 수 있다.`` over a block: the first sentence says what a
    term is, the one sentence after it that points at the block says what the block does; None when the
    paragraph is not so made."""
    if not (any(word in prose for word in POINTING_WORDS_KO) or "ollow" in prose or "elow" in prose) or (
            _AHEAD.search(prose) is None):
        return None  # most paragraphs point at nothing: asked first, by plain substrings
    ends = sentence_ends(prose)
    if not ends:
        return None
    starts = [0, *(m.end() for m in ends)]
    sentences = [s for s in (prose[a:b].strip() for a, b in zip(starts, [*(m.end() for m in ends), len(prose)])) if s]
    if len(sentences) < 2 or not _DEFINITION.match(sentences[0]):
        return None
    pointing = [s for s in sentences[1:] if _AHEAD.search(s)]
    return pointing[0] if len(pointing) == 1 else None


# "이건 zsh 설정 관리 프레임워크이다.", "This is a plugin manager for tmux.": what "this" (the thing the heading names)
# is; a noun and its copula, not a command ("이건 … 명령어이다", "This is the command that …" say what a line does)
_THIS_IS = lazyre.pattern(
    r"^(?:이건|이것은|이거는|이것이|이는)\s.*\S(?:이다|입니다|이에요|예요)[.。!]?$"
    r"|^(?:this|it)\s+is\s+(?:a|an|the)\s",
    re.IGNORECASE,
)
_COMMAND_NOUN = lazyre.pattern(rf"{COMMAND_NOUN_KO}(?:이다|입니다|이에요|예요)|\bcommands?\b", re.IGNORECASE)


def defines_this(prose: str) -> bool:
    """``이건 zsh 설정 관리 프레임워크이다. 좀 더 편하게 쓰려면 설치하자.`` over its install line: the first sentence
    says what the thing the section is about is (pointing back with "this"), not what the line below does."""
    text = prose.strip()
    ends = sentence_ends(text)
    first = (text[: ends[0].start()] if ends else text).strip()
    return _THIS_IS.match(first) is not None and _COMMAND_NOUN.search(first) is None


# "The R package pdftools uses `libpoppler-cpp-dev`", "Pillow needs libjpeg": a thing, then what it needs (no lead-in,
# no instruction: "To build it you need:" and "You need libjpeg" say what to do)
_NEEDS = lazyre.pattern(
    r"^(?!(?:to|if|when|you|we|i|then|now|first)\b)[A-Za-z][^.:：!?\n]*?\s(?:uses|needs|requires|depends\s+on)\s[^:：\n]*\S$",
    re.IGNORECASE,
)


def names_dependant(prose: str) -> bool:
    """``The R package pdftools uses `libpoppler-cpp-dev``` over the line that installs it: one sentence saying what
    needs the package, why it is installed, not what the line does."""
    return _NEEDS.match(prose.strip().rstrip(".")) is not None


# "Both can be installed via Homebrew:", "It is available from PyPI.": that the tools can be had, and from where (no
# instruction, no purpose: "To install it, run:" and "Install it with brew:" say what the line does)
_INSTALLABLE = lazyre.pattern(
    r"^(?!(?:to|if|when|you|we|i|then|now|first)\b)[A-Za-z][^.:：!?\n]*?\s(?:(?:can|could|may)\s+(?:also\s+)?be\s+installed"
    r"|(?:is|are)\s+(?:also\s+)?available)\s+(?:via|with|using|from|through|by|on)\s[^.:：!?\n]*\S$",
    re.IGNORECASE,
)


def says_installable(prose: str) -> bool:
    """``Both can be installed via Homebrew:`` over the line that installs them: one sentence saying the tools can
    be installed and from where, installation chatter, not what the line does."""
    return _INSTALLABLE.match(prose.strip().rstrip(".:：")) is not None


def last_lead_in(prose: str) -> str | None:
    """``The package may be old, it is updated often. Let's update it now:`` over a block: of sentences in a
    row, the last, ending in a colon and opening with a word that moves to the next step (``Let's``,
    ``Then``, ``Now``, ``Next``), leads into the block and says what it does; the ones before it give the
    reason or finish the step before.  None for any other paragraph ("X does Y. Here's how:": the first says it)."""
    last = _last_sentence_leading_in(prose)
    return last if last is not None and _NEXT_STEP.match(last) and len(last.split()) >= 3 else None


def last_purpose(prose: str) -> str | None:
    """``By default it skips hidden files. To search everything, use the -uuu flag:`` over a block: of sentences in a
    row, the last, ending in a colon, says what for, then what to use: it leads into the block and says what it does.
    None for any other paragraph.  (Asked of a paragraph too long to be read whole; a short one is read whole, its
    sentences about the block above told apart by :mod:`quizzer.extract.back_pointers`.)"""
    last = _last_sentence_leading_in(prose)
    return last if last is not None and _PURPOSE_THEN_USE.match(last) else None


def _last_sentence_leading_in(prose: str) -> str | None:
    """Of a one-line paragraph of two sentences or more ending in a colon, the last sentence; None for any other."""
    if not ends_in_colon(prose) or "\n" in prose.strip():
        return None
    ends = sentence_ends(prose)
    return prose[ends[-1].end():].strip() if ends else None


_NEXT_STEP = lazyre.pattern(r"(?:let's|let us|then|now|next|after that|finally)\b", re.IGNORECASE)
# "To force it to search everything, use the -uuu flag:": what for, then what to use; says itself what the block does
_PURPOSE_THEN_USE = lazyre.pattern(r"to\s+[a-z]+\b[^.:;]*,\s*(?:use|run|type|pass|add)\b[^.;]*:$", re.IGNORECASE)


_LAST_ASIDE = lazyre.pattern(r"(?<=[.。!?])\s+[(（][^()（）]*[)）]\s*[.。]?\s*$")


def without_asides(prose: str) -> str:
    """``다음 명령은 … 압축 해제한다. (`-d` 옵션으로 … 주의하도록 한다.)`` over a block: a last sentence wholly in
    parentheses is a remark beside the description (a caution, an option's aside), not what the block does."""
    return _LAST_ASIDE.sub("", prose) or prose


# "…치면...": a sentence trailing off into what the block shows; "…더 입력해도 된다.": what the reader may also do
_TRAILS_OFF = lazyre.pattern(r"(?:\.\.\.|…)\s*$")
_MAY_ALSO = lazyre.pattern(r"(?:해도|라도|어도|아도)\s*(?:된다|됩니다|돼요|괜찮다|괜찮습니다)\s*[.!]?\s*$")


def walks_through(prose: str) -> bool:
    """A sentence of a walk-through (a run shown block by block): it trails off into the block, or tells what
    the reader may also do; neither says what a command does."""
    return bool(_TRAILS_OFF.search(prose) or _MAY_ALSO.search(prose))


# "…가 추가된 것을 확인할 수 있다", "…follow하고 있음을 알 수 있다": what the run shown proves, seen in its output
_OBSERVED = lazyre.pattern(r"(?:것을|것이|음을|임을)\s*(?:확인할|알|볼)\s*수\s*(?:있다|있습니다|있어요|있음)\s*[.!]?\s*$")


def observes(prose: str) -> bool:
    """A sentence telling what the run shown lets one see (``출력을 확인해보면 `hello`가 추가된 것을 확인할 수
    있다.``): a result observed in a walk-through, not what a command does."""
    return _OBSERVED.search(prose.rstrip()) is not None


# "…추출해봐야겠네요", "…보이는군요", "…되나 봐요": the writer guessing at or realising what they see, not what a line
# does ("…보겠습니다", "…할게요" are left alone: a Korean tutorial's commonest way to say what the next line does)
_MUSING_KO = lazyre.pattern(r"(?:겠네요|군요|나\s*봐요)\s*[.!~…]*[^\w]*$")


def muses(prose: str) -> bool:
    """A blog's paragraph whose last sentence guesses or realises ("…해봐야겠네요", "…보이는군요"): the story of
    the post around a block, not what the block's line does."""
    return _MUSING_KO.search(prose.rstrip()) is not None


# "리눅스의 검색 명령어인 grep을 조합하면 …": a program named as what a command word stands for
_NAMED_AS_COMMAND = lazyre.pattern(rf"{COMMAND_NOUN_KO}인\s*`?(?P<name>[a-z][a-z0-9_.+-]*)`?")


def without_other_program(prose: str, programs: frozenset[str] | set[str], lines: list[str]) -> str:
    """``rospack list는 … 표시하는 명령어이다. rospack list 명령어와 … 검색 명령어인 grep을 조합하면 …`` over a block
    that runs no grep: the last of several sentences is about another line (the one piping into grep, further on),
    not this block's; ``prose`` without it (the same text when it is not so)."""
    ends = sentence_ends(prose)
    if len(ends) < 2 and not (ends and prose[ends[-1].end():].strip()):
        return prose
    cut = ends[-1].start() + 1 if prose[ends[-1].end():].strip() else ends[-2].start() + 1
    last = prose[cut:]
    text = "\n".join(lines)
    for match in _NAMED_AS_COMMAND.finditer(last):
        name = match.group("name")
        if name in programs and not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            return prose[:cut].strip()
    return prose


# "I extracted …", "we finally tracked it down": the author, then a verb in the past tense (an -ed form or a common
# irregular one), maybe after an adverb
_TOLD = lazyre.pattern(
    r"\b(?:I|[Ww]e)\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|wrote|made|ran|found|got|took|had|was|were|built|did|saw|spent|"
    r"came|went|began|knew|thought|fought|brought|learnt|gave|kept|left|lost|met|read|said|sat|sent|told|won)\b"
)


def tells_story(prose: str, command: str) -> bool:
    """A paragraph in which the author tells what they did (``I extracted this from my weeknotes …``, ``We spent a
    week on …``) without naming ``command``: the story around the notes, not what the command does."""
    if _TOLD.search(prose) is None:
        return False
    return re.search(rf"(?<![\w-]){re.escape(command.casefold())}(?![\w-])", prose.casefold()) is None
