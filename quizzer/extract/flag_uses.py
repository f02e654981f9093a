"""Sentences of the text above a one-line block that say what a flag does (pure).

    Use `-i` to edit in place, and `-i.bak` to keep a backup with the extension `.bak`. Here's an example
    that strips trailing spaces.

    This does the same as above. The `-s` squeezes repeated blank lines and the `-n` numbers every line.

``Use `-x` to …`` and ``the `-x` <does> …`` each say what one flag of the block's program does: a flag note
apiece (of the line's command), never joined to what the line does.  What is left says what the line does
(``Here's an example that strips …`` → ``that strips …``); a second flag said to do what the first does and
more is glossed by what it adds; a sentence that only points back (``This does the
same as above.``) says nothing of its own, and the line is left undescribed.  The ``the `-x` <does>`` form
must name a flag the line passes; so must ``Use `-x` to …`` (one of its two flags, when it names two), and
its flag notes are of the pipe stage that passes it (``… | grep -w nginx``: grep's); a sentence naming a flag
no stage passes (``Use -w …`` over ``ps aux | grep -i nginx``) says nothing of the line: alone, it leaves the
line undescribed, with a warning (as a card it would teach that the line does what -w does).

``Using `-x`, we can …`` clauses (several in a sentence: ``… and using -y we can …``) are flag notes the same way;
one naming a flag the line does not pass is still a flag of the notes' program when the line is that program's,
one stage (``## show routing`` / ``Using `-n`, we can skip name lookups.`` / ``netstat -r``), and says nothing of the
line.  A ``by default, …`` clause before them says what the program does unasked, a statement of its own.
``We can … specify a duration with `-t`.`` is one too (what one can do, then the flag that does it; of a sentence
doing two things, the last, after ``and then``); the line is then left to what the text under its block says of it
(``This creates …``: :mod:`quizzer.extract.pointed_blocks`).

Under a block, ``…, `-z` means that nc should scan …`` says what that flag of the line above does: a flag note
(:func:`read_means`), only for a flag the line passes.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.knowledge import ARTICLES, PROGRAM_VERBS, SCOPE_WORDS
from quizzer.extract.sentences import split_sentences
from quizzer.extract.terms import FlagDef
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import Invocation, parse_invocation, passed_flags

__all__ = ["MEANS_REASON", "REASON", "needed_flag", "read", "read_means"]

REASON = "sentence above its code block saying what a flag does"

_FLAG = r"-{1,2}[A-Za-z][\w.=-]*"
_USE = lazyre.pattern(rf"^Use\s+(?P<flag>{_FLAG})\s+(?P<what>to\s.+?)(?:,?\s+and\s+(?P<flag2>{_FLAG})\s+(?P<what2>to\s.+?))?\.?$")
_THE = lazyre.pattern(
    rf"(?:^|\band\s+)the\s+(?P<flag>{_FLAG})\s+(?:option\s+|flag\s+)?(?P<what>[a-z]+s\b.*?)(?=,?\s+and\s+the\s+|[.;]|$)",
    re.IGNORECASE,
)
# "Using `-n`, we can skip name lookups.", "…, with -q you can silence it and using -v we can …": a flag, then what
# one can do with it; what it does ends where the next such clause starts
_USING = lazyre.pattern(
    rf"(?:^|(?<=[,;])\s*|\s+and\s+)(?:using|with)\s+(?P<flag>{_FLAG}),?\s+(?:we|you|one)\s+can\s+(?P<what>\w.*?)"
    rf"(?=,?\s+and\s+(?:using|with)\s+-|[,;]\s*(?:using|with)\s+-|\.?$)",
    re.IGNORECASE,
)
# "by default, nc uses tcp": what the program does when no flag is given, a statement apart from the line
# "You can print the request without sending it by using the --offline flag.": what, then the flag doing it
_BY_USING = lazyre.pattern(
    rf"^(?:you|we|one)\s+can\s+(?P<what>\w.*?)\s+by\s+(?:using|passing|adding)\s+(?:the\s+)?"
    rf"(?P<flag>{_FLAG})(?:\s+(?:flag|option|switch))?\s*[.!]?$",
    re.IGNORECASE,
)
# "We can … and then specify a duration with `-t` (in seconds).": what one can do, then the flag doing it; of a
# sentence that does two things, the last ("… and then …") is the flag's; "try it once more with `-r`" does the line again
_WITH = lazyre.pattern(
    rf"^(?:you|we|one)\s+can\s+(?:.*[\s,]+(?:and\s+)?then\s+)?(?!\w+\s+(?:it|this|that|them)\b)(?P<what>\w.*?)\s+with\s+(?:the\s+)?"
    rf"(?P<flag>{_FLAG})(?:\s+(?:flag|option|switch))?(?:\s*\([^()]*\))?\s*[.!]?$",
    re.IGNORECASE,
)
_FLAG_OR_NUMBER = r"-{1,2}[A-Za-z0-9][\w.=-]*"  # kill's "-9" too (only a flag the line passes is read)
# "If the process hangs, you can use the `-9` option to force it.", "You can also use -r to recurse": what the flag
# is used to do (the case it is for said before it, not part of what it does)
_CAN_USE = lazyre.pattern(
    rf"^(?:if\s[^,]+,\s+)?(?:you|we|one)\s+can\s+(?:also\s+)?use\s+(?:the\s+)?(?P<flag>{_FLAG_OR_NUMBER})"
    rf"(?:\s+(?:flag|option|switch))?\s+to\s+(?P<what>\w.*?)\s*[.!:]?$",
    re.IGNORECASE,
)
# "If you need the whole history, use the `--all` flag.": what one needs, then the flag giving it
_NEED_USE = lazyre.pattern(
    rf"^if\s+you\s+(?:need|want)\s+(?:to\s+)?(?P<what>\w[^,]*?),?\s+(?:then\s+)?(?:you\s+can\s+|just\s+)?use\s+"
    rf"(?:the\s+)?(?P<flag>{_FLAG})(?:\s+(?:flag|option|switch))?\s*[.!:]?$",
    re.IGNORECASE,
)
# "do the same for every image", "do this", "it": a what that points back, no meaning of its own
_POINTS_BACK = lazyre.pattern(r"^(?:(?:do|does)\s+(?:the\s+same|this|that|it|so)|this|that|it|these|those)\b", re.IGNORECASE)
_BY_DEFAULT = lazyre.pattern(r"by\s+default\b", re.IGNORECASE)
# "…, `-z` means that nc should …", "-v means verbose output.": a flag, then what it means (up to the sentence's end)
_MEANS = lazyre.pattern(rf"(?:^|(?<=[,;.])\s*)`?(?P<flag>{_FLAG})`?\s+means\s+(?:that\s+)?(?P<what>[^.;!?`]*?\w)(?=,?\s+and\s+`?-|[,;]\s*`?-|[.;!?]|\s*$)", re.IGNORECASE)
MEANS_REASON = "text under its code block saying what a flag of its line means"
_SAME = lazyre.pattern(r"^(?:this|it)\s+does\s+the\s+same(?:\s+thing)?(?:\s+as\s+above)?\s*[.!]?$", re.IGNORECASE)
_EXAMPLE = lazyre.pattern(r"^(?:here's|here\s+is)\s+an?\s+example\s+(?:of\s+)?", re.IGNORECASE)


def _added(first: str, second: str) -> str:
    """What the second flag adds: ``to edit in place, keeping a backup`` after ``to edit "in place"`` → ``keeping
    a backup`` (the same words on both cards would be one fact on two)."""
    head, _comma, rest = second.partition(", ")
    return rest if rest and _words(head) == _words(first) else second


def _words(text: str) -> list[str]:
    return re.sub(r"[\"'`]", "", text).casefold().split()


_OWNERS = frozenset({"your", "its", "my", "our", "their"})


def _line_does(what: str, program: str) -> bool:
    """Is ``what`` what ``program`` does unasked, the flag adding nothing said: its own verb and a definite object
    (``download the archive`` by curl); ``copy the whole folder``, ``list hidden files``, ``search case-insensitively``
    say more."""
    words = what.casefold().split()
    if not words or words[0] not in PROGRAM_VERBS.get(program, ()):
        return False
    rest = words[1:]
    if rest and rest[0] not in ARTICLES and rest[0] not in _OWNERS:
        return False  # "list hidden files", "delete directories": a kind of thing, what the flag adds
    return len(rest) <= 3 and all(word.isalpha() and word not in SCOPE_WORDS for word in rest[1:])


def _stage_passing(invocation: Invocation, flags: tuple[str, ...]) -> str | None:
    """The command of the first pipe stage that passes one of ``flags``; None when none does."""
    for stage in (invocation, *(parse_invocation(piped) for piped in invocation.piped)):
        if stage is not None and passed_flags(stage) & set(flags):
            return stage.command
    return None


def _warn_default(walk: Walk, line: int, text: str) -> None:
    walk.warn(line, _(
        "line {line}: '{text}' says what the program does by default, not what the line does; no card made from it"
    ).format(line=line, text=text))


def read(walk: Walk, prose: str, invocation: Invocation, line: int, *, heading_says: bool = False) -> str | None:
    """``prose`` without its sentences on flags (each made a flag note); None when nothing of the line is left
    (with a warning, unless ``heading_says`` what the line does: the heading right above, which the caller takes)."""
    if "\n" in prose:
        return prose
    sentences = split_sentences(prose.strip(), capital_next=True)
    used = passed_flags(invocation)
    kept: list[str] = []
    told: list[tuple[str, str, str]] = []  # flag, what it does, the command passing it
    unpassed: list[str] = []  # "Use -w to …" over a line no stage of which passes -w
    for sentence in sentences:
        usings = list(_USING.finditer(sentence))
        if usings:
            for using in usings:
                flag, what = using.group("flag"), using.group("what")
                stage = _stage_passing(invocation, (flag,))
                if stage is None and not invocation.piped and invocation.command.split()[0] == walk.program:
                    # "Using `-n`, we can …" over a line of the notes' program that does not pass -n: its command's
                    # flag all the same (one stage, the program the notes are about), and nothing the line does
                    stage = invocation.command  # "git log" over "git log --oneline": its -p, not git's
                    unpassed.append(flag)
                if stage is None:
                    unpassed.append(flag)
                else:
                    told.append((flag, what, stage))
            before = sentence[: usings[0].start()].strip(" ,;")
            if before and _BY_DEFAULT.match(before):
                _warn_default(walk, line, before)
            elif before:
                kept.append(before)
            continue
        by = _BY_USING.match(sentence) or _WITH.match(sentence) or _CAN_USE.match(sentence) or _NEED_USE.match(sentence)
        if by is not None and (
            _POINTS_BACK.match(by.group("what"))
            # "You can build the site … by using --destination" over "jekyll build …": the line builds, the flag tunes it
            or by.group("what").split()[0].casefold() in {word.casefold() for word in invocation.line.split()[1:]}
            # "You can download the archive by using -O" over "curl -O URL": curl downloads it anyway, -O only tunes it
            or _line_does(by.group("what"), (_stage_passing(invocation, (by.group("flag"),)) or "").partition(" ")[0])
        ):
            by = None
        if by is not None:  # "You can … by using the -x flag.": the flag does it, not the whole line
            stage = _stage_passing(invocation, (by.group("flag"),))
            if stage is None:
                unpassed.append(by.group("flag"))
            else:
                told.append((by.group("flag"), by.group("what"), stage))
            continue
        use = _USE.match(sentence)
        stage = _stage_passing(invocation, (use.group("flag"), use.group("flag2") or "")) if use else None
        the = [m for m in _THE.finditer(sentence) if m.group("flag") in used]
        if use and stage is not None:
            told.append((use.group("flag"), use.group("what"), stage))
            if use.group("flag2"):
                told.append((use.group("flag2"), _added(use.group("what"), use.group("what2")), stage))
        elif the:
            told.extend((m.group("flag"), m.group("what"), invocation.command) for m in the)
        elif use:
            unpassed.append(use.group("flag"))
        else:
            kept.append(sentence)
    for flag, what, command in told:
        walk.add_flag(FlagDef(flag, what.strip().rstrip(".,")), invocation, line, command=command, reason=REASON)
    if unpassed and not kept and all(flag in unpassed for flag, _what, _command in told):
        if heading_says:
            return None
        walk.unless_read(line, _(
            "line {line}: the text above the block says what {flag} does, which no command of its line passes; "
            "no card made for the line"
        ).format(line=line, flag=unpassed[0]))
        return None
    if not told:
        return prose
    for sentence in kept:
        if _BY_DEFAULT.match(sentence):
            # "By default, tee overwrites files. Use `-a` to append instead.": what the program does unasked, which
            # the flag changes; not what the line, passing the flag, does
            _warn_default(walk, line, sentence)
    kept = [sentence for sentence in kept if not _BY_DEFAULT.match(sentence)]
    rest = " ".join(sentence for sentence in kept if not _SAME.match(sentence))
    if len(kept) < len(sentences) and not rest:
        if heading_says:
            return None
        walk.unless_read(line, _(
            "line {line}: the text above the block says what flags of its line do, not what the line does; "
            "no card made for the line"
        ).format(line=line))
    return _EXAMPLE.sub("", rest) or None


def read_means(walk: Walk, text: str, invocations: list[Invocation], line: int) -> bool:
    """``…, `-z` means that nc should scan …`` under a block: a flag note of each clause naming a flag one of
    ``invocations`` passes; False when none does."""
    found = False
    for match in _MEANS.finditer(text):
        flag = match.group("flag")
        invocation = next((i for i in invocations if flag in passed_flags(i)), None)
        if invocation is None:
            continue
        walk.add_flag(FlagDef(flag, " ".join(match.group("what").split())), invocation, line, reason=MEANS_REASON)
        found = True
    return found


_WORD = lazyre.pattern(r"[a-z]{4,}")


def needed_flag(prose: str, heading: str) -> str | None:
    """The flag of ``prose``, one sentence ``If you need X, use -x.``, when ``heading`` names X too (a word of four
    letters or more in common: ``### Download the Entire Chain`` over ``If you need the full chain, …``); else None."""
    if "\n" in prose:
        return None
    need = _NEED_USE.match(prose.strip())
    if need is None:
        return None
    said = set(_WORD.findall(need.group("what").casefold())) - _NOT_NAMING
    return need.group("flag") if said & set(_WORD.findall(heading.casefold())) else None


_NOT_NAMING = frozenset({"with", "from", "that", "this", "them", "your", "also", "into", "only", "more", "some", "what"})
