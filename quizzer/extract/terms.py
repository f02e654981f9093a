"""Finding what a line is about: ``term: description`` and inline flag lists (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizzer import lazyre
from quizzer.extract.blocks import Inline, Span
from quizzer.extract.knowledge import PROGRAMS, is_key_chord, is_remark, says_doing
from quizzer.extract.sentences import ends_in_colon
from quizzer.shell import Invocation, looks_like_command, split_flags, tokenize
from quizzer.text import clean, has_hangul

__all__ = [
    "ALIGNED_GAP", "FlagDef", "Term", "cell_term", "flag_definitions", "option_spellings", "split_term", "strip_markers",
]

_COLON_AFTER = lazyre.pattern(r"^\s*[:：]\s")
_SEPARATOR = lazyre.pattern(r"^\s*(?::|：|-(?=\s)|–|—|->|=>|>>(?=\s)|<-|→|#(?=\s?\S))\s*")
# "**-n** suppresses default print", "`docker images` To validate …": a description with no separator
# (English only: "`--replicas` 옵션을 줄 수 있다" is a sentence about the term, not its definition)
# "`kill -9` sigkill, brute force kill": a first word and a comma too
# "`json.tool` will also exit …", "`grep -v` still means …": "also" or "still" first makes it a remark
# on the term in a narrative, not the term's definition ("`-y` will overwrite …" still is one)
# "`zsh` has a setting for this …", "`tmux` offers …": a verb of having first says what the term has, not what it is
# or does
_RUN_ON = lazyre.pattern(
    r"^\s+(?!(?:(?:will|would|can|could|should|may|might|must|does)\s+)?(?:still|also)\b)"
    r"(?!(?:has|have|offers|provides|comes\s+with|ships\s+with)\s)(?=[A-Za-z][\w'’]*,?\s+[A-Za-z])",
    re.IGNORECASE,
)
# "sed '3s/up/UP/' file <- only work on line 3", "cmd -> description", "cmd # comment"
_ARROW = lazyre.pattern(r"\s(?:<-|->|=>|→|[-–—])\s+|\s#\s?(?=\S)")
# what _ARROW needs, found without trying it at every character
_MAY_ARROW = lazyre.pattern(r"[-–—→#]|=>")
_GLOSSED = lazyre.pattern(r"^\s*\(([^()\n]{1,30})\)\s*[:：]\s+")
_DASH = lazyre.pattern(r"\s[-–—]\s+")
# one capitalised name: "ReplicaSet", "PersistentVolume", "CMD" (a lower-case word reads as a command)
_NAME = lazyre.pattern(r"[A-Z][A-Za-z0-9_]+")
_ONE_WORD = lazyre.pattern(r"^\s+(?=[A-Za-z][\w'’]*\s*$)")
_DEFINITION = lazyre.pattern(r"^([^\n]*\S)[ \t]*\n\s*[:：]\s*(\S.*)$", re.DOTALL)
_SPACED = lazyre.pattern(r"\s[:：]\s+")
_COLON = lazyre.pattern(r"[:：](?:\s+|$)")
# "-d:", "--tail :", "f :" (a bare letter glossing a flag of the line)
_DEF = lazyre.pattern(r"(?<![\w-])(--?[A-Za-z0-9][\w-]*|[A-Za-z])\s*[:：]\s*")
_DONE_BY = lazyre.pattern(
    r"^(?P<meaning>\S.{0,60}?)(?:은|는)\s+(?P<flag>--?[A-Za-z][\w-]*)\s*옵션으로\s*"
    r"(?:(?:함|한다|합니다|해요|지정(?:함|한다)?)\.?|하고\s+(?P<more>\S.*))$"
)
_PAREN = lazyre.pattern(r"\(([^()]*)\)")
# "`tool init .` (현재 폴더를 저장소로 만들기)": a code span, then its gloss in parentheses and nothing else
_PAREN_GLOSS = lazyre.pattern(r"^\s+\(([^()\n]+)\)\s*$")
_OPTION_TERM = lazyre.pattern(r"^(?:--?)?(?:[A-Za-z0-9][\w-]*(?::[a-z0-9]+)*(?:=\S+)?|(?<=-)\?)$")  # "-c:v": a stream specifier
# "~~" strikes through; a single "~" is the home folder ("cd ~", "~/.bashrc"), text to keep
_MARKERS = lazyre.pattern(r"^(?:[\s_*`>#]|~~)+|(?:[\s_*`]|~~)+$")


def strip_markers(text: str) -> str:
    """Drop emphasis markers a note left unbalanced: ``_ 구문: … _`` → ``구문: …``.  Markers spaced apart
    (``0 0 * * *``, a schedule's fields) are text, not emphasis, and stay."""
    if text and not (text[0].isspace() or text[0] in "_*~`>#" or text[-1].isspace() or text[-1] in "_*~`"):
        return text  # most text: _MARKERS can match only at a marker at either end (re's \s is str.isspace)
    return _MARKERS.sub(_unless_spaced, text)


def cell_term(cell: Inline) -> str:
    """The text of a table cell naming a row's subject.  A cell that is one code span is kept whole: its ``*`` and
    ``_`` are the term's own (``!*``, ``$_``, ``**/*.py``), never emphasis left open; any other cell is
    :func:`strip_markers`' of its text."""
    spans = [span for span in cell.spans if span.kind != "text" or span.text.strip()]
    if len(spans) == 1 and spans[0].kind == "code":
        return clean(spans[0].text)
    return strip_markers(cell.plain)


_SPACED_MARKERS = lazyre.pattern(r"[_*~`]\s+[_*~`]")


def _unless_spaced(match: re.Match[str]) -> str:
    return match.group(0) if _SPACED_MARKERS.search(match.group(0)) else ""


@dataclass(frozen=True, slots=True)
class Term:
    term: str
    description: str
    style: str  # "strong", "code", "plain" or "definition" (``term`` / ``: meaning`` on the next line)
    usage: bool = False  # the term is a command in bold and its usage in a code span after it
    # the term and the description are what ``clean`` makes of them (split_term's, straight from ``clean``): a
    # note made of them need not be cleaned again (Walk.add's ``cleaned``); not part of what the term is
    cleaned: bool = field(default=False, compare=False, repr=False)


def split_term(inline: Inline, *, listed: bool = False) -> Term | None:
    """``**docker pull**: 설명`` → Term("docker pull", "설명", "strong").

    ``listed``: the line is one of several such lines, so a code span followed by a single word
    (`` `.help` help``) is a term and its meaning too.
    """
    spans = inline.spans
    if not spans:
        return None
    head = spans[0]
    if head.kind in ("strong", "code"):
        parts = [head.text]
        index = 1
        # `apt`, `yum`: a run of code spans joined by commas is one term; `-f` or `-file` too
        while (
            head.kind == "code"
            and index + 1 < len(spans)
            and spans[index].text.strip() in (",", "or", "/")
            and spans[index + 1].kind == "code"
        ):
            parts.append(spans[index + 1].text)
            index += 2
        term = clean(parts[0]) if len(parts) == 1 else ", ".join(clean(part) for part in parts)
        usage = _usage_after(spans, term) if head.kind == "strong" else None
        if usage is not None:
            term, index = usage
        rest = spans[index].text if len(spans) == index + 1 else "".join(span.text for span in spans[index:])
        gloss = _GLOSSED.match(rest)
        if gloss and not term.endswith((":", "：")):
            # "`-v` (verbose) : 상세 로그" — the gloss names the term, the meaning follows the colon
            description = clean(strip_markers(rest[gloss.end() :]))
            return Term(term, f"{description} ({gloss.group(1).strip()})", head.kind) if description else None
        paren = _PAREN_GLOSS.match(rest) if head.kind == "code" and all(s.kind == "text" for s in spans[index:]) else None
        if paren and not term.endswith((":", "：")):
            # "- `tool init .` (현재 폴더를 저장소로 만들기)": the words in parentheses after the line are what it does
            if looks_like_command(term) and not has_hangul(term) and _says_what(paren.group(1)):
                return Term(term, clean(paren.group(1)), head.kind)
            return None
        # "`grep cn:` : …": a colon inside the code span, then the separator after it: the colon is typed, the term's
        if term.endswith((":", "：")) and not (head.kind == "code" and _COLON_AFTER.match(rest)):
            term = term[:-1].rstrip()
        else:
            match = _SEPARATOR.match(rest) or (_RUN_ON.match(rest) if len(term) <= 40 else None)
            if match is None and listed and head.kind == "code" and len(term) <= 40:
                match = _ONE_WORD.match(rest)
            if not match:
                return None
            if head.kind == "strong" and match.re.pattern == _RUN_ON.pattern and ends_in_colon(rest):
                return None  # "**generate a yaml** file from a pod:": a sentence leading into what follows, no term
            rest = rest[match.end() :]
        description = clean(strip_markers(rest))
        if not term or not description:
            return None
        return Term(term, description, head.kind, usage is not None, cleaned=len(parts) == 1)
    return _plain_term(inline)


def _says_what(gloss: str) -> bool:
    """The words in parentheses after a line can say what it does: two words or more saying what is done
    ("(패키지 목록 저장)", "(lists the files)"), not a remark ("(또는 …)", "(권장)", "(관리자 권한 필요)",
    "(same as …)") and not only where it runs ("(macOS/Linux)", one word)."""
    return len(gloss.split()) >= 2 and not is_remark(gloss) and says_doing(gloss)


def _usage_after(spans: tuple[Span, ...], command: str) -> tuple[str, int] | None:
    """``**docker pull** `name[:tag]`: 설명``: a command in bold, then its usage in a code span, then the
    separator: the term is the command with its usage (``docker pull name[:tag]``), as when the whole usage
    is in bold; the index is that of the span after the usage.  None when the line is not of that shape."""
    index = 1
    if index < len(spans) and spans[index].kind == "text" and not spans[index].text.strip():
        index += 1
    if index + 1 >= len(spans) or spans[index].kind != "code" or spans[index + 1].kind != "text":
        return None
    usage = clean(spans[index].text)
    if not usage or "\n" in usage or not _SEPARATOR.match(spans[index + 1].text) or not looks_like_command(command):
        return None
    if usage == command or usage.startswith(f"{command} "):
        return usage, index + 1  # "**ls** `ls -la`: …": the code span is the whole line
    return f"{command} {usage}", index + 1


_LABELLED_TERM = lazyre.pattern(r"^[^:：]{1,30}[:：]\s+(\S.*)$")
# "**ls **", "__ name__": a term in strong emphasis that markdown left as text for a space inside its markers; the
# term is the words (markers with no space in them are text: "__init__", "**/logs/**")
_SPACED_STRONG = lazyre.pattern(r"(\*\*|__)(?=.*\s\1$|\s)\s*([^*_\s](?:[^*_]*[^*_\s])?)\s*\1")


# text, a run of three spaces or more (or a tab), text: columns a writer aligned, not words of one phrase
ALIGNED_GAP = lazyre.pattern(r"\S(?: {3,}|\t)\S")


def _plain_term(inline: Inline) -> Term | None:
    """``ls -a : 설명``, ``이유: 설명``, and ``created <br> : 설명`` (a definition).

    Colons inside code spans and ``<kbd>`` keys do not separate.
    """
    raw = inline.raw
    masked = "".join(span.text if span.kind != "code" else "\0" * len(span.text) for span in inline.spans)
    arrow = _ARROW.search(masked) if "\n" not in raw and _MAY_ARROW.search(masked) else None
    if arrow and "\n" not in raw:
        left, right = clean(raw[: arrow.start()]), clean(strip_markers(raw[arrow.end() :]))
        if left and right and (looks_like_command(left) or is_key_chord(left)) and _balanced(left):  # "ctrl + l  # clear"
            return Term(left, right, "plain", cleaned=True)
        if left and right and _DASH.fullmatch(arrow.group(0)) and _NAME.fullmatch(left):
            return Term(left, right, "plain", cleaned=True)  # "DaemonSet - Runs one pod per node": a name and what it is
    style = "plain"
    if ":" not in masked and "：" not in masked:
        return None  # every pattern below needs a colon
    match = _DEFINITION.match(masked) if "\n" in masked else None
    if match:
        style = "definition"
    else:
        match = _SPACED.search(masked) or _COLON.search(masked)
        if not match:
            return None
    if style == "definition":
        term, description = raw[: match.end(1)], raw[match.start(2) :]
    else:
        term, description = raw[: match.start()], raw[match.end() :]
    if style != "definition" and ALIGNED_GAP.search(term.strip()):
        return None  # "Header      -*- mode: org -*-": a row of aligned columns, its colon inside the right one
    term, description = clean(term), clean(strip_markers(description))
    spaced = _SPACED_STRONG.fullmatch(term)
    if spaced:  # "**ls **: …" (a space before the closing "**", once an escape sequence in it was removed)
        term = spaced.group(2)
    label = _LABELLED_TERM.match(term)
    if label:  # "EX모드에서 사용하는 꼴: (줄 수1),(줄 수2)d : 설명"
        term = label.group(1)
    if not term or not description or term.lower() in ("http", "https") or not _balanced(term):
        return None
    return Term(term, description, style, cleaned=label is None)


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count("[") == text.count("]")


@dataclass(frozen=True, slots=True)
class FlagDef:
    flag: str
    meaning: str
    also: tuple[str, ...] = ()  # other spellings named in the meaning: "-i: --interactive / …"


def _defs_in(text: str, line_flags: set[str]) -> list[FlagDef] | None:
    """Read ``text`` as ``-f: 실시간, -t: 마지막로그까지``; None if it is not one."""
    matches = list(_DEF.finditer(text))
    if not matches or matches[0].start() != 0:
        return None
    defs: list[FlagDef] = []
    for n, match in enumerate(matches):
        end = matches[n + 1].start() if n + 1 < len(matches) else len(text)
        flag = match.group(1)
        if not flag.startswith("-"):
            if f"-{flag}" not in line_flags:
                return None
            flag = f"-{flag}"
        meaning = text[match.end() : end].strip().rstrip(",").strip()
        also: tuple[str, ...] = ()
        alias = re.match(r"^(--?[A-Za-z][\w-]*)\s*(?:/|,|:|-\s)\s*(.+)$", meaning)
        if alias and alias.group(1) != flag:
            also, meaning = (alias.group(1),), alias.group(2)
        if not meaning:
            return None
        defs.append(FlagDef(flag, clean(meaning), also))
    return defs


def flag_definitions(description: str, invocation: Invocation) -> tuple[str, list[FlagDef]]:
    """Pull inline flag lists out of a description.

    ``컨테이너 접근 로그를 확인 (-f: 실시간, -t: 마지막로그까지)`` gives the description
    ``컨테이너 접근 로그를 확인`` and two flag definitions.  A description that is all
    definitions (``컨테이너 이름: webserver1, -d: 백그라운드 실행``) gives ``""``; a
    ``label: value`` item there names the flag whose value it is (``--name``).
    """
    if "(" not in description:  # no parenthesis to look into (the cleaned text is all the rest reads)
        rest = clean(description)
        if ":" not in rest and "：" not in rest and "옵션으로" not in rest:
            return rest, []  # no "-x: …" or "label: value" (_DEF, _NEXT_TERM) and no "… 옵션으로 함" (_DONE_BY)
    line_flags = {part for flag in invocation.flags for part in (flag, *split_flags(flag))}
    defs: list[FlagDef] = []

    def parenthetical(match: re.Match[str]) -> str:
        found = _defs_in(match.group(1).strip(), line_flags)
        if found is None:
            return match.group(0)
        defs.extend(found)
        return ""

    rest = clean(_PAREN.sub(parenthetical, description))
    done_by = _DONE_BY.match(rest)
    if done_by and done_by.group("flag") in line_flags:
        # "short 옵션 지정은 -o 옵션으로 함": what the flag does, said of the line's own flag
        meaning, more = done_by.group("meaning"), clean(done_by.group("more") or "")
        defs.append(FlagDef(done_by.group("flag"), f"{meaning} ({more})" if more else meaning))
        return "", defs
    whole = _whole_list(rest, invocation, line_flags)
    if whole is not None:
        return "", defs + whole
    return rest, defs


_NEXT_TERM = lazyre.pattern(r",\s+(?=[^,:：]{1,30}[:：]\s)")


def _whole_list(text: str, invocation: Invocation, line_flags: set[str]) -> list[FlagDef] | None:
    items = [item.strip() for item in _NEXT_TERM.split(text)]
    if len(items) < 2 and not _DEF.match(text):
        return None
    tokens = tokenize(invocation.line)
    defs: list[FlagDef] = []
    for item in items:
        found = _defs_in(item, line_flags)
        if found:
            defs.extend(found)
            continue
        label = re.match(r"^(.+?)\s*[:：]\s*(\S+)$", item)
        if not label:
            return None
        value = label.group(2)
        owner = next(
            (tokens[i - 1] for i in range(1, len(tokens)) if tokens[i] == value and tokens[i - 1].startswith("-")),
            None,
        )
        if owner is None:
            return None
        defs.append(FlagDef(owner, clean(label.group(1))))
    return defs if any(d.flag for d in defs) else None


_FLAG_WITH_VALUE = lazyre.pattern(r"--?[A-Za-z][\w-]*=\S+")
_SPELLING_SEPARATOR = lazyre.pattern(r"\s*(?:,|/|\bor\b|\|)\s*")
_SPELLING_SEPARATOR_NO_SLASH = lazyre.pattern(r"\s*(?:,|\bor\b|\|)\s*")
# Windows' switches ("/S", "/s, /S", "/v:<server>", "/?"): read only where the notes say they list options, as
# elsewhere "/etc" or "/usr/bin" is a path
_WINDOWS_SWITCH = r"/(?:[A-Za-z][A-Za-z0-9]*|\?)(?::\S+)?"
_WINDOWS_SWITCHES = lazyre.pattern(rf"{_WINDOWS_SWITCH}(?:\s*(?:,|\bor\b|\|)\s*{_WINDOWS_SWITCH})*")


def option_spellings(term: str, *, bare_ok: bool) -> list[str] | None:
    """``all-tags, -a`` → ``["--all-tags", "-a"]``; None if ``term`` is not an option.

    Bare words count only where the notes say they list options (``bare_ok``).
    """
    if not bare_ok and "-" not in term:
        return None  # no part can start with a dash (most terms: checked before splitting)
    if bare_ok and _WINDOWS_SWITCHES.fullmatch(term.strip()):
        # "/S", "/E, /e", "/v:<server>" under "Options": Windows' switches, spelled with their slash
        return [part.strip() for part in _SPELLING_SEPARATOR_NO_SLASH.split(term.strip())]
    if _FLAG_WITH_VALUE.fullmatch(term.strip()):
        parts = [term.strip()]  # "-chdir=envs/prod": one option with its value, the slash is the value's
    else:
        parts = [p.strip() for p in _SPELLING_SEPARATOR.split(term) if p.strip()]
    if not parts or not all(_OPTION_TERM.match(part) for part in parts):
        return None
    if not any(part.startswith("-") for part in parts) and not bare_ok:
        return None
    if not bare_ok and any(not part.startswith("-") and part in PROGRAMS for part in parts):
        return None  # "cd | --hard": a program piped on, not a spelling of the option
    spellings: list[str] = []
    for part in parts:
        if not part.startswith("-"):
            part = ("--" if len(part) > 1 else "-") + part
        spellings.append(part)
    return spellings
