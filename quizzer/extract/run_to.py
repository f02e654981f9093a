"""``Run `X` to Y.``: an English sentence naming a command line and what it is for (pure).

``execute `chmod +x deploy.sh` to make it executable.``, ``Run `npm ci` to install the exact versions.``:
one sentence, the verb that runs it, the line in backticks, ``to`` and the purpose; in Korean the purpose
first (``계층적으로 보려면 `tree` 을 입력하면 된다.``), where a known program's name alone counts too.  One
command note: the line → the purpose.  A flag alone (``Use `--x` to …``) is left to the flag readers; a line of a
program quizzer does not know needs flags or a path to count as a command line, and lines chained with ``&&``
or ``;`` are no one line's.  In a paragraph of several sentences and lines, each sentence of that shape is read
alone, after a condition (``If everything goes right, you can run `open /mnt/x` to …``).

``Use `shfmt` for formatting, and `shellcheck` for linting.`` (:func:`read_uses`): programs the notes' code blocks
run, each named with what it is for; one command note each.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import PROGRAMS, is_key_chord
from quizzer.extract.model import Kind
from quizzer.extract.sentences import split_sentences
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation, looks_like_command, parse_invocation
from quizzer.text import clean

__all__ = ["KEYS_REASON", "REASON", "USES_REASON", "read", "read_labelled", "read_uses"]

REASON = "sentence: run `command` to do what"
_ENTER_KEYS = frozenset({"Enter", "Return"})

_RUN_TO = lazyre.pattern(
    r"^(?:you\s+can\s+|(?:don't|do\s+not)\s+be\s+afraid\s+to\s+|feel\s+free\s+to\s+|remember\s+to\s+|be\s+sure\s+to\s+)?"
    r"(?:run|execute|type|use|enter)\s+(?P<line>`[^`]+`)\s+"
    # "Type `exit` and press `Enter` to …": the key that runs the line typed, said between it and what it is for
    r"(?P<enter>(?:and|then)\s+(?:press|hit)\s+(?:`(?:Enter|Return)`|(?:the\s+)?(?:Enter|Return)(?:\s+key)?)\s+)?"
    # "… every now and then to …": how often, said between the line and what it is for
    r"(?:(?:every\s+now\s+and\s+then|from\s+time\s+to\s+time|regularly|often|once\s+in\s+a\s+while)\s+)?"
    r"to\s+(?P<what>[a-z][^.;:!?]*?)\s*\.?$",
    re.IGNORECASE,
)


# "현재 디렉토리를 계층적으로 보려면 `tree` 을 입력하면 된다.": the purpose (…려면), the line, the verb that runs it
_KO_TO_RUN = lazyre.pattern(
    r"^(?P<what>[^`]{4,}?(?:려면|고\s*싶다면|고\s*싶으면))\s*,?\s*(?P<line>`[^`]+`)\s*(?:을|를|이라고|라고)?\s*"
    r"(?:입력|실행|치|쳐|사용)(?:하면\s*된다|하면\s*됩니다|한다|합니다|하세요|해\s*주면\s*된다|하자)?\s*[.!]?$"
)


# "종료하려면 `control+d`나 `control+c`를 입력하면 된다.": the purpose, then keys that are alternatives
_KO_KEYS_TO = lazyre.pattern(
    r"^(?P<what>[^`]{2,}?(?:려면|고\s*싶다면|고\s*싶으면))\s*,?\s*"
    r"(?P<keys>`[^`]+`(?:\s*(?:나|이나|또는|혹은|,|/)\s*`[^`]+`)+)\s*(?:을|를)?\s*"
    r"(?:입력|누르|눌러|치|쳐)(?:하면\s*된다|하면\s*됩니다|면\s*된다|면\s*됩니다|한다|합니다|하세요|주면\s*된다)?\s*[.!]?$"
)


# "Closing the shell: Type `exit` …": a few plain words naming the task, a colon, then the sentence
_LABEL = lazyre.pattern(r"^[A-Za-z][^`:：]{0,40}[:：]\s+(?=\S)")


def read_labelled(walk: Walk, block: Para) -> bool:
    """``- Closing the shell: Type `exit` and press `Enter` to leave it.``: an item whose label names the task, then
    one such sentence; the command note of the sentence (the label is its task again, in fewer words)."""
    if not block.lists or not block.first or block.quote or not block.inline.one_line or not block.inline.has_code:
        return False  # (read needs a code span: the line, or the keys; most items have none)
    label = _LABEL.match(block.inline.marked.strip())
    if label is None:
        return False
    return read(walk, block, block.inline.marked.strip()[label.end():])


def read(walk: Walk, block: Para, marked: str | None = None) -> bool:
    """The command note of ``block`` (of ``marked``, its text after a label, when given) when it is one such
    sentence; False otherwise."""
    if block.quote or not block.inline.one_line:
        return False
    if _keys(walk, block):
        return True
    marked = block.inline.marked if marked is None else marked
    # (the one line in code; "`Enter`" beside it is the key that runs it)
    if sum(span.kind == "code" and span.text.strip() not in _ENTER_KEYS for span in block.inline.spans) != 1:
        return _each_sentence(walk, block, marked)
    return _sentence(walk, block, marked.strip())


def _each_sentence(walk: Walk, block: Para, marked: str) -> bool:
    """``If everything goes right, you can run `open /mnt/x` to open a window on it. You can also …``: a paragraph of
    several sentences, several lines in code; each sentence naming one line and what it is for (after a condition,
    ``If …,``) is read as the sentence alone would be."""
    sentences = split_sentences(marked.strip(), capital_next=True)
    if len(sentences) < 2:
        return False
    read = False
    for sentence in sentences:
        if sentence.count("`") != 2:
            continue  # no line in code, or more than one: not this sentence's shape
        read = _sentence(walk, block, _CONDITION.sub("", sentence, count=1)) or read
    return read


# "If everything goes right, ", "Once it is mounted, ": the case the sentence after the comma is said in
_CONDITION = lazyre.pattern(r"^(?:if|once|when)\s[^,`]{2,60},\s*(?=\S)", re.IGNORECASE)


# "a && b", "a; b", "a || b": lines run one after another, one purpose for all
_CHAINED = lazyre.pattern(r"&&|\|\||;")
# "open /mnt/phone", "code ~/notes": an argument that is a path (a line of a program quizzer does not know counts)
_PATH = lazyre.pattern(r"\s(?:~|\.{1,2})?/[\w.-]")


def _sentence(walk: Walk, block: Para, marked: str) -> bool:
    """The command note of the one sentence ``marked`` when it names a line and what it is for; False otherwise."""
    match = _RUN_TO.match(marked)
    korean = _KO_TO_RUN.match(marked) if match is None else None
    found = match or korean
    if found is None:
        return False
    line = found.group("line").strip("`").strip()
    typed = match is not None and match.group("enter") is not None and line in PROGRAMS
    if line.startswith("-") or " " not in line and (match is not None and not typed or line not in PROGRAMS):
        # "Use `--with-colons` to …": a flag; "run `make` to …": one word, said of no line ("Type `exit` and press
        # Enter to …" types it as the whole line)
        return False
    if _CHAINED.search(line):
        return False  # "Use `cd x && git bundle … && git clone …` to back up …": what the lines do together
    invocation = parse_invocation(line) if looks_like_command(line) else None
    if invocation is None:
        return False
    program = invocation.command.split()[0]
    if program not in PROGRAMS and program != walk.program and not invocation.flags and not _PATH.search(line):
        return False
    # "to make it executable", "계층적으로 보려면": its purpose
    what = f"to {found.group('what')}" if match is not None else found.group("what")
    walk.add_command(invocation, what, block.line, reason=REASON)
    walk.prose = None
    return True


USES_REASON = "sentence: use `program` for what"

# "Use `shfmt` for formatting, and `shellcheck` for linting.": "use", then a program for a purpose, once or more
_USES = lazyre.pattern(r"^(?:you\s+can\s+|we\s+)?use\s+(?P<pairs>`[^`]+`\s+for\s+.+?)\s*\.?$", re.IGNORECASE)
_USE = lazyre.pattern(r"^`(?P<name>[^`\s]+)`\s+for\s+(?P<what>[A-Za-z][^`,.;:!?()]*?)$", re.IGNORECASE)
_ANOTHER = lazyre.pattern(r",\s*(?:and\s+)?(?=`)|\s+and\s+(?=`)")
# "for example", "for more details", "for this": no purpose of the program's
_NO_PURPOSE = lazyre.pattern(r"^(?:example|instance|more|details|this|that|it|now|free|help|reference)\b", re.IGNORECASE)


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.ONE_LINE)
def read_uses(walk: Walk, block: Para) -> bool:
    """A command note for each program of ``block`` when it is one sentence saying what to use each for (each a
    program a command line of the notes' code blocks runs); False otherwise."""
    if block.quote or block.lists or not block.inline.one_line or not walk.run_programs:
        return False
    match = _USES.match(block.inline.marked.strip())
    if match is None:
        return False
    found: list[tuple[Invocation, str]] = []
    for part in _ANOTHER.split(match.group("pairs")):
        use = _USE.match(part.strip())
        if use is None or use.group("name") not in walk.run_programs or _NO_PURPOSE.match(use.group("what")):
            return False
        invocation = parse_invocation(use.group("name"))
        if invocation is None:
            return False
        found.append((invocation, use.group("what").strip()))
    for invocation, what in found:
        walk.add_command(invocation, what, block.line, reason=USES_REASON)
    walk.prose = None
    return True


KEYS_REASON = "sentence: to do what, press these keys"


def _keys(walk: Walk, block: Para) -> bool:
    """``종료하려면 `control+d`나 `control+c`를 입력하면 된다.``: a key note each, the purpose its meaning."""
    if sum(span.kind == "code" for span in block.inline.spans) < 2:
        return False
    marked = block.inline.marked
    match = _KO_KEYS_TO.match(marked.strip())
    if match is None:
        return False
    keys = re.findall(r"`([^`]+)`", match.group("keys"))
    if not all(is_key_chord(key.strip()) for key in keys):
        return False
    for key in keys:
        walk.add(Kind.COMMAND, term=key.strip(), front=key.strip(), back=match.group("what").strip(), command=None,
                 line=block.line, answers=(clean(key),), reason=KEYS_REASON)
    walk.prose = None
    return True
