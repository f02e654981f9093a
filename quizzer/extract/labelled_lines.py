"""``* Subnet : nmap 10.0.0.0/24 : 10.0.0.1 부터 … 까지 Scan``: a label, a command line, what it does (pure).

Notes group examples under a word that names the case (``Subnet``, ``IP Range``, ``압축``) and then
write the command line and its meaning, each after a colon.  The card is the command line → its
meaning; the label says which case, as context, never the front (it is no term the notes define).
Only a line whose middle part is a command of a program quizzer knows reads so.

A label of the way out of a problem (``해결 방법``, ``Solution``: knowledge.is_fix_label) is as often followed by the command
line and, with no colon between, a Korean sentence of what running it does (``해결 방법 : git push origin dev 원격에
dev를 만들고 push 됨``): the line runs up to the sentence's first word (a word of Hangul only, after which the text
ends as a sentence does); a line whose values are Korean (``tar czf 백업.tar.gz``) is never cut so.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.knowledge import PROGRAMS, is_fix_label
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation

__all__ = ["read"]

# "nmap 192.168.0.1-20 : 192.168.0.1 부터 … Scanning한다.": a command line, a spaced colon, its meaning
_LINE_THEN_MEANING = lazyre.pattern(r"^(?P<line>\S.*?\S)\s+[:：]\s+(?P<meaning>\S.*)$")


# "git push origin dev 원격에 dev를 만들고 push 됨": the line, then from a word of Hangul only a sentence ending in a
# Korean predicate ("…됨", "…한다", "…합니다.")
_LINE_THEN_SENTENCE = lazyre.pattern(
    r"^(?P<line>[\x21-\x7e]+(?: [\x21-\x7e]+)*?) (?P<sentence>[\uac00-\ud7a3]+ (?:\S+ ){2,}\S*(?:됨|함|음|다|요)\.?)$"
)


def read(walk: Walk, label: str, description: str, line: int) -> bool:
    """Read ``label: command : meaning``; False (nothing done) when the description is not a line and its meaning."""
    if "\n" in description:
        return False
    if ":" not in description and "：" not in description:
        return _fix(walk, label, description, line)  # no colon for _LINE_THEN_MEANING to find
    split = _LINE_THEN_MEANING.match(description.strip())
    if split is None:
        return False
    command, meaning = split.group("line"), split.group("meaning")
    invocation = parse_invocation(command) if looks_like_command(command) else None
    if invocation is None or invocation.command.split()[0] not in PROGRAMS or _LINE_THEN_MEANING.match(meaning):
        return False
    walk.add_command(invocation, meaning, line, context=label,
                     reason="label, then a command line and what it does, each after a colon")
    return True


def _fix(walk: Walk, label: str, description: str, line: int) -> bool:
    """``해결 방법 : git push origin dev 원격에 dev를 만들고 push 됨``: the way out of a problem, a command line of a
    program quizzer knows and the sentence of what it does; False when the label or the text is not that."""
    if not is_fix_label(label):
        return False
    split = _LINE_THEN_SENTENCE.match(" ".join(description.split()))
    if split is None:
        return False
    command = split.group("line")
    invocation = parse_invocation(command) if looks_like_command(command) else None
    if invocation is None or invocation.command.split()[0] not in PROGRAMS:
        return False
    walk.add_command(invocation, split.group("sentence"), line, context=label.strip(),
                     reason="a fix's label, then its command line and the sentence of what it does")
    return True
