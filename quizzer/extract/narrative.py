"""Definitions written as running prose (pure).

``The `diff` command is a standalone utility that can be used to …``, ``The ARG instruction defines a
variable …``: a sentence that opens a paragraph or an item by naming a command (or an instruction of
a file format) and says what it does.  The name must look like one: a code span, a word in capitals,
or a program quizzer knows; the noun after it says which kind (``command``, ``utility``, ``tool``,
``program`` → a command note; ``instruction``, ``directive``, ``keyword`` → a concept; ``file``,
``directory``, ``folder`` named in a code span → a concept: ``The `~/.inputrc` file is read by readline``; no noun
after a code span → a concept too: ``The `mask` defines the maximum rights …``).  Only the
first sentence is read, and the paragraph is read on by the other rules as well.

Blogs also say it inside a sentence of their story: ``I used the macOS `fs_usage` command, which traces …`` (the
clause after the named command), or with the line as the subject: ``Running `git status` shows …`` (what running it
does; a ``with …``/``without …`` between them says only how it was run, the line as written).
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import CAUTION_WORDS_KO, COMMAND_NOUN_KO, POINTING_WORDS_KO, PROGRAMS, SHELLS, names_pattern, says_doing, sub_command
from quizzer.extract.model import Kind
from quizzer.extract.own_programs import knows
from quizzer.extract.walk import Walk
from quizzer.shell import flags_named, parse_invocation, program_run, tokenize
from quizzer.text import clean

__all__ = ["command_which", "definition_sentence", "quoted_definition", "flag_which", "option_enabled", "program_is", "running_sentence", "term_ran", "title_phrase", "title_term"]

_COMMAND_NOUNS = frozenset({"command", "utility", "tool", "program"})
_FILE_NOUNS = frozenset({"file", "directory", "folder"})
_CONCEPT_NOUNS = frozenset({"instruction", "directive", "keyword"})  # a file format's word: a concept
_SENTENCE = lazyre.pattern(
    r"^(?:\d+[.)]\s+)?the\s+(?P<name>`[^`\s]+`|[A-Z][A-Z0-9_]+|[a-z][\w-]*)\s+"
    rf"(?:(?P<noun>{names_pattern(_COMMAND_NOUNS | _CONCEPT_NOUNS | _FILE_NOUNS)})\s+)?"
    # (an adverb may stand before the verb: "The req command primarily creates …")
    r"(?P<what>(?:[a-z]+ly\s+)?(?:(?:is|are)\s+\S.*?|will\s+[a-z]+\s+\S.*?|[a-z]+s\s+\S.*?))(?:\.(?=\s+[A-Z`(])|\.?\s*$)",
    re.IGNORECASE | re.DOTALL,
)
# "…, `apply` will only make the changes": after a comma, a second command in code and what it does instead
_CONTRAST = lazyre.pattern(r",\s+(?:while\s+|whereas\s+|but\s+)?(?P<name>[a-z][\w.+-]*)\s+(?P<what>(?:will|only|just)\s+[a-z].*)$")
# how a text _SENTENCE can match opens, looked for in the text without backticks (none is in it): "the …", "1. The …"
_OPENS = lazyre.pattern(r"\s*(?:\d+[.)]\s+)?the\s", re.IGNORECASE)
# "is what we use below", "is not …", "is here": no definition
_NOT_A_DEFINITION = lazyre.pattern(r"^(?:is|are)\s+(?:not|what|where|here|there|also|now|then|just|still)\b", re.IGNORECASE)


# "`du` 명령어는 디스크 사용량을 보여준다.": the command in code, the word for command, the topic particle, then a
# statement of what it does (its first sentence)
# (or its sub-command: "`git remote set-url` 명령어는 원격 저장소 URL을 변경하는데 사용합니다."; in notes about git,
# "`reset` 명령어는 …" names git's)
_SENTENCE_KO = lazyre.pattern(
    rf"^`(?P<name>[a-z][\w.+-]*(?P<sub>(?: [a-z][\w-]*)+)?)`\s*{COMMAND_NOUN_KO}\s*(?:은|는)\s+"
    r"(?P<what>[^.!?\n]*?(?:다|니다))\.(?:\s|$)"
)
# "…는 다음과 같다", "…는 주의해서 써야 한다", "…는 위험하다": what follows, or a caution, not what it does
_NOT_DOING_KO = lazyre.pattern(rf"{names_pattern(POINTING_WORDS_KO)}|위와|{names_pattern(CAUTION_WORDS_KO)}|필요하다|필요합니다")


def _definition_ko(walk: Walk, block: Para) -> bool:
    """A paragraph opening with ``du`` in code, then ``명령어는 디스크 사용량을 보여준다.``: what that command does."""
    raw = block.inline.marked.strip()
    match = _SENTENCE_KO.match(raw.replace("\n", " "))
    if match is None or _NOT_DOING_KO.search(match.group("what")) or len(match.group("what").split()) < 3:
        return False
    name = match.group("name")
    what = clean(match.group("what").replace("`", "") + ".")
    if match.group("sub"):
        # "`git remote set-url` 명령어는 …": a sub-command of a program the notes know, every word of it the command's
        invocation = parse_invocation(name)
        if invocation is None or invocation.command != name or program_run(tuple(name.split())) not in PROGRAMS:
            return False
        walk.add_command(invocation, what, block.line, reason="sentence: the command … does")
        return True
    if not knows(walk, name):
        # "`reset` 명령어는 …" in notes about git: the notes' program's sub-command by that name
        known = sub_command(walk.program, name)
        invocation = parse_invocation(known) if known is not None else None
        if invocation is None or invocation.command != known:
            return False
        walk.add_command(invocation, what, block.line, reason="sentence: the command … does")
        return True
    walk.add(Kind.COMMAND, term=name, front=name, back=what, command=name, line=block.line,
             reason="sentence: the command … does")
    return True


def definition_sentence(walk: Walk, block: Para) -> bool:
    """A note from ``The `X` command is/does …`` (or ``X`` in code, then ``명령어는 …한다.``) opening the block;
    False if it does not open so."""
    if block.inline.spans and block.inline.spans[0].kind == "code":
        return _definition_ko(walk, block)
    if _OPENS.match(block.inline.raw) is None:
        return False
    raw = block.inline.marked.strip()
    match = _SENTENCE.match(raw.replace("\n", " "))
    if match is None or _NOT_A_DEFINITION.match(match.group("what")):
        return False
    name = match.group("name").strip("`")
    noun = (match.group("noun") or "").lower()
    what = clean(re.sub(r"^(?:is|are)\s+", "", match.group("what")).replace("`", ""))
    if len(what.split()) < 3 or flags_named(what):
        return False  # "… using the --build-arg flag": a second fact, the flag's, in the same sentence
    if what.endswith((":", "：")):
        return False  # "The `x` command is blocking, so … you can do that like so:": it leads into the block below
    if noun in _COMMAND_NOUNS:
        if not (match.group("name").startswith("`") and re.fullmatch(r"[a-z][\w.+-]*", name) or name.lower() in PROGRAMS):
            return False  # "The build command …": a word of the sentence, not a command's name
        # "The `am` command will …, `apply` will only …": a second command said of in contrast, after a comma
        other = _CONTRAST.search(what) if match.group("name").startswith("`") else None
        if other is not None and f"`{other.group('name')}`" not in raw:
            other = None  # ", it will …", ", which will …": a clause of the same command
        commands = [(name, what if other is None else what[: other.start()])]
        if other is not None:
            commands.append((other.group("name"), other.group("what")))
        for command, does in commands:
            # "The `am` command" in notes about git: one of the notes' program's sub-commands, named without it
            command = sub_command(walk.program, command) or command
            walk.add(Kind.COMMAND, term=command, front=command, back=does, command=command, line=block.line,
                     reason="sentence: the command … does")
        return True
    if noun in _FILE_NOUNS:
        if not match.group("name").startswith("`"):
            return False  # "The config file …": a word of the sentence; a code span names the file
        walk.add(Kind.CONCEPT, term=name, front=name, back=what, command=None, line=block.line,
                 reason="sentence: the file … does")
        return True
    if not noun and (
        not match.group("name").startswith("`") or knows(walk, name) or name.startswith("-")
    ):
        # "The diff is …": a word of the sentence; "The `git` …": a program, "The `-v` …": an option, said of by
        # other rules
        return False
    if not (match.group("name").startswith("`") or name.isupper()):
        return False  # "The last instruction …": a word in capitals or a code span names one
    walk.add(Kind.CONCEPT, term=name, front=name, back=what, command=None, line=block.line,
             reason="sentence: the instruction … does")
    return True


def quoted_definition(walk: Walk, block: Para, command: str) -> bool:
    """``> The req command primarily creates …`` right under ``openssl req …``: a manual quoted on the line's command
    (``req``, its last word, or the whole ``openssl req``), what that command does, a note of its own (the line keeps
    the text above it); False if the quote does not open so."""
    match = _SENTENCE.match(block.inline.marked.strip().replace("\n", " ")) if _OPENS.match(block.inline.raw) else None
    if match is None or (match.group("noun") or "").lower() not in _COMMAND_NOUNS or _NOT_A_DEFINITION.match(match.group("what")):
        return False
    if match.group("name").strip("`") not in (command, command.split()[-1]):
        return False
    what = clean(match.group("what").replace("`", ""))
    if len(what.split()) < 3 or flags_named(what) or what.endswith((":", "：")):
        return False
    walk.add(Kind.COMMAND, term=command, front=command, back=what, command=command, line=block.line,
             reason="sentence: the command … does")
    return True


# "> [!quote] …", "> [!abstract] …": an Obsidian callout, a box the notes set apart (its kind is no text)
# (of a kind that quotes or sums up: "[!todo] …" or "[!question] …" is the writer's own aside)
_CALLOUT_MARK = lazyre.pattern(r"\[!(?:quote|cite|abstract|summary|tldr|info|note|definition)\][+-]?\s*", re.IGNORECASE)
# "Pacman is the package manager for Arch Linux and its derivatives."
_PROGRAM_IS = lazyre.pattern(r"^(?P<name>[A-Za-z][\w.+-]*!?)\s+is\s+(?P<what>(?:an?|the)\s+[^.!?]*\w)[.!]?(?:\s|$)")
# "FFmpeg는 모든 … 디코딩 인코딩을 목표로 진행되고 있는 오픈소스 프로젝트이다": the name, 은/는, what it is, 이다
_PROGRAM_IS_KO = lazyre.pattern(
    r"^(?P<name>[A-Za-z][\w.+-]*)(?:은|는)\s+(?P<what>[^.!?]*?\S)\s*(?:이다|입니다)\s*[.]?$"
)  # (the paragraph is that one sentence: of several, the first may say only part of it)


@needs(Fact.UNLISTED)
def program_is(walk: Walk, block: Para) -> bool:
    """A paragraph opening with ``<the notes' program> is a/the …``: what that program is (a concept)."""
    if block.lists:
        return False
    raw = block.inline.raw.strip()
    callout = _CALLOUT_MARK.match(raw) if block.quote else None
    if block.quote and callout is None:
        return False  # a quote is a remark, unless a callout of the notes sets it apart ("> [!quote] Vim is …")
    sentence = raw[callout.end() if callout else 0 :].replace("\n", " ")
    match = _PROGRAM_IS.match(sentence) or _PROGRAM_IS_KO.match(sentence)
    if match is None:
        return False
    name = match.group("name")
    # the notes' program, or what their title names alone ("title: SDKMAN!" over "SDKMAN! is a tool for …", or the
    # document's heading)
    titled = walk.titled is not None and walk.titled.strip().strip("\"'").casefold() == name.casefold() or (
        # "# Mercurial" / "Mercurial is a free, distributed …": the document's one title, said of before anything else
        not walk.notes and len(walk.sections) == 1 and walk.sections[0].level == 1
        and walk.sections[0].text.strip().casefold() == name.casefold()
    )
    if not titled and name.lower() not in {walk.program, walk.fenced_program} - {None} or len(match.group("what").split()) > 25:
        return False
    walk.add(Kind.CONCEPT, term=name, front=name, back=match.group("what"), command=None, line=block.line,
             reason="sentence: the notes' program is …")
    return True


# "# Grype" / "Security scanning CLI tool for vulnerabilities …": a noun phrase whose head names a kind of program;
# the words before the head only qualify it ("Cheat sheet for the docker CLI", "Notes on the git client": the head is
# the sheet or the notes, about the program, not what it is)
_PHRASE = lazyre.pattern(
    r"^(?P<what>(?:an?\s+|the\s+)?(?:(?!(?:for|on|about|of|to|with|in|from|by|using)\s)[\w/+-]+\s+){0,5}(?:tool|utility|program|CLI|library|framework|manager|client)"
    r"\b[^.!?`]*?)\.?$",
    re.IGNORECASE,
)
_VERB = lazyre.pattern(r"\b(?:is|are|was|were|has|have|can|will|lets|allows|you|we|I)\b")


@needs(Fact.UNLISTED, Fact.NO_QUOTE)
def title_phrase(walk: Walk, block: Para) -> bool:
    """``# Grype`` then ``Security scanning CLI tool for …``: the first text under the document's one title, which
    names a program quizzer knows or one its code blocks run often, written as a noun phrase (no verb) whose head is a kind of program: what it is."""
    if block.lists or block.quote or walk.notes or len(walk.sections) != 1 or walk.sections[0].level != 1:
        return False
    title = walk.sections[0].text.strip()
    sentence = block.inline.raw.strip()
    named = title.casefold()
    if named not in PROGRAMS and named not in {walk.fenced_program, *walk.fenced_programs} or "\n" in sentence:
        return False
    match = _PHRASE.match(sentence)
    if match is None or _VERB.search(sentence) or says_doing(sentence):
        return False  # "# watch" / "Execute a program periodically": what running it does, not what it is
    walk.add(Kind.CONCEPT, term=title, front=title, back=clean(match.group("what")), command=None, line=block.line,
             reason="text under the title: what the notes' program is")
    return True


# "# access control list (acl)" / "The access control list provides a … mechanism …": the title's term (its
# abbreviation in brackets after it), then what it is or does, to the end of the first sentence
_TITLE_TERM = lazyre.pattern(r"^(?P<term>[a-z][\w-]*(?: [a-z][\w-]*){1,4})(?:\s+\((?P<short>[\w-]+)\))?$", re.IGNORECASE)
_TERM_DOES = r"^the\s+{term}\s+(?P<what>(?:is|provides|defines|describes|lets|allows|means)\s+[^.!?]*\w)[.!]?(?:\s|$)"


@needs(Fact.UNLISTED, Fact.NO_QUOTE)
def title_term(walk: Walk, block: Para) -> bool:
    """``# access control list (acl)`` then ``The access control list provides …``: the first text under the document's
    one title, a term of a few words, opening with that term and a verb saying what it is: a concept."""
    if block.lists or block.quote or walk.notes or len(walk.sections) != 1 or walk.sections[0].level != 1:
        return False
    title = _TITLE_TERM.match(walk.sections[0].text.strip())
    if title is None:
        return False
    term = title.group("term")
    sentence = block.inline.raw.strip().replace("\n", " ")
    match = re.match(_TERM_DOES.format(term=re.escape(term).replace("\\ ", r"\s+")), sentence, re.IGNORECASE)
    if match is None or len(match.group("what").split()) < 4:
        return False
    short = title.group("short")
    walk.add(Kind.CONCEPT, term=term, front=term, back=clean(match.group("what")), command=None, line=block.line,
             answers=(term, *([short] if short else [])), reason="sentence: the title's term is …")
    return True


# "Docker compose란, 여러 개의 컨테이너로 … 관리를 간단히 하는 기능이다.": a name (Latin letters, three words at most),
# 란/이란, what it is, 이다 — the first sentence of a paragraph
_TERM_RAN = lazyre.pattern(
    r"^(?P<name>[A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*){0,2})\s*(?:이란|란)\s*,?\s+(?P<what>[^.!?]*?\S)\s*(?:이다|입니다)(?:[.。]|\s|$)"
)


def term_ran(walk: Walk, block: Para) -> bool:
    """A paragraph opening with ``X란, … 이다.`` (X is …): what X is (a concept); the paragraph is read on."""
    raw = block.inline.raw
    if "란" not in raw[:40]:
        return False
    match = _TERM_RAN.match(clean(raw.replace("`", "")))
    if match is None or len(match.group("what")) < 6:
        return False
    name = match.group("name")
    walk.add(Kind.CONCEPT, term=name, front=name, back=match.group("what"), command=None, line=block.line,
             reason="sentence: X란 … 이다")
    return True


# "… the macOS `fs_usage` command, which traces filesystem activity …": a clause of what the named command does
_COMMAND_WHICH = lazyre.pattern(
    r"\bthe\s+(?:[\w-]+\s+)?`(?P<name>[a-z][\w.+-]*)`\s+(?:command|utility|tool|program),?\s+which\s+"
    r"(?P<does>(?!is\b|are\b|was\b|means\b)[a-z]+s\s+[^.;!?`]+?)\s*[.;!?](?:\s|$)",
    re.IGNORECASE,
)


# "… has a built-in utility `caffeinate` that can prevent …": the noun first, then the named command and the clause
_NOUN_THEN_COMMAND = lazyre.pattern(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:command|utility|tool|program)\s+`(?P<name>[a-z][\w.+-]*)`,?\s+"
    r"(?:which|that)\s+(?:can\s+|will\s+)?(?P<does>(?!is\b|are\b|was\b|be\b|means\b)[a-z]+\s+[^.;!?`]+?)\s*[.;!?](?:\s|$)",
    re.IGNORECASE,
)


# "… using `git bisect run` - a tool which lets you run …": the command line in code, a dash or a comma, then a noun
# of its kind and a clause of what it does (or lets one do)
_COMMAND_APPOSITIVE = lazyre.pattern(
    r"`(?P<name>[a-z][\w.+-]*(?:\s+[a-z][\w.+-]*){0,2})`\s*(?:,|\s-|–|—)\s*an?\s+(?:[\w-]+\s+){0,2}"
    r"(?:command|utility|tool|program)\s+(?:which|that)\s+"
    r"(?:(?:lets\s+you|allows\s+you\s+to|helps\s+you(?:\s+to)?|can|will)\s+)?"
    r"(?P<does>(?!is\b|are\b|was\b|be\b|means\b)[a-z]+\s+[^.;!?`]+?)\s*[.;!?](?:\s|$)",
    re.IGNORECASE,
)


@needs(Fact.BACKTICK)
def command_which(walk: Walk, block: Para) -> bool:
    """``… using the `fs_usage` command, which traces filesystem activity …`` (or ``… a built-in utility `caffeinate`
    that can prevent …``): what a program quizzer knows (or the notes' own) does, said in a clause of a longer
    sentence; False when no sentence of ``block`` says so."""
    if "`" not in block.inline.marked:
        return False  # each of its patterns names the command in backticks (most paragraphs: searched by none)
    marked = block.inline.marked.replace("\n", " ")
    match = _COMMAND_WHICH.search(marked) or _NOUN_THEN_COMMAND.search(marked)
    if match is None:
        return _command_appositive(walk, block, marked)
    name = match.group("name")
    if not knows(walk, name) and name not in walk.run_programs:
        return False  # (a program the notes' code blocks run is theirs, known or not: ``caffeinate -d``)
    walk.add(Kind.COMMAND, term=name, front=name, back=clean(match.group("does")), command=name, line=block.line,
             reason="sentence: the command … does")
    return True


def _command_appositive(walk: Walk, block: Para, marked: str) -> bool:
    """``… `git bisect run` - a tool which lets you run an automated binary search …``: what the command line in
    code (of a program quizzer knows, or the notes' own; no flags, no arguments) does, said in an apposition."""
    match = _COMMAND_APPOSITIVE.search(marked)
    if match is None:
        return False
    invocation = parse_invocation(match.group("name"))
    if invocation is None or invocation.line != invocation.command:
        return False  # "`ls -la` - a command which …": a line with arguments, said of more than the command
    program = invocation.command.split()[0]
    if not knows(walk, program) and program not in walk.run_programs:
        return False
    walk.add_command(invocation, clean(match.group("does")), block.line, reason="sentence: the command … does")
    return True


# "Several Git commands offer a `--no-verify` flag which can skip …", "ls has a `-a` option that shows …": a program
# (or its commands), a verb of having, then the flag and a clause of what it does
_FLAG_WHICH = lazyre.pattern(
    r"\b(?P<program>[A-Za-z][\w.+-]*)(?:\s+(?P<many>commands|sub-?commands)|\s+(?:command|sub-?command|CLI))?\s+"
    r"(?:offers?|has|have|supports?|provides?|accepts?|takes?)\s+(?:an?|the)\s+`(?P<flag>--?[A-Za-z][\w-]*)`\s+"
    r"(?:flag|option|switch),?\s+(?:which|that)\s+(?:(?:can|will|lets\s+you|allows\s+you\s+to)\s+)?"
    r"(?P<does>(?!be\b|is\b|are\b|was\b)[a-z]+\s+[^.;!?`]+?)\s*[.;!?](?:\s|$)",
)
FLAG_WHICH_REASON = "sentence: the program has a flag which does"


@needs(Fact.BACKTICK)
def flag_which(walk: Walk, block: Para) -> bool:
    """``Several Git commands offer a `--no-verify` flag which can skip running the hook …``: what a flag of the
    program the sentence names (one quizzer knows, or the notes' own) does; False when no sentence says so."""
    if "`" not in block.inline.marked:
        return False  # the pattern names the flag in backticks
    match = _FLAG_WHICH.search(block.inline.marked.replace("\n", " "))
    if match is None:
        return False
    program = match.group("program").casefold()
    if not knows(walk, program):
        return False
    flag, does = match.group("flag"), clean(match.group("does"))
    if match.group("many"):
        # "Several Git commands offer …": the program's commands take it alike, the sentence says so; which one of
        # them is not asked (Walk.add_option would)
        walk.add(Kind.OPTION, term=flag, front=flag, back=does, command=program, line=block.line, answers=(flag,),
                 reason=FLAG_WHICH_REASON)
    else:
        walk.add_option([flag], does, program, block.line, reason=FLAG_WHICH_REASON)
    return True


# "`zsh` has a setting for this with the `hist_ignore_space` option. With that option enabled, any command …": a program
# with a verb of having, the option named in code, then the next sentence says what it does once turned on
_OPTION_ENABLED = lazyre.pattern(
    r"(?:^|(?<=[.!?]\s))`?(?P<program>[a-z][\w.+-]*)`?\s+(?:has|offers|provides|supports|comes\s+with)\s+[^.!?`]*?"
    r"\bthe\s+`(?P<option>[A-Za-z-][\w-]*)`\s+(?P<noun>option|setting|flag)\s*\.\s+"
    r"(?:With|When)\s+(?:that|this|the)\s+(?P=noun)\s+(?:is\s+)?(?:enabled|set|on|turned\s+on|given),?\s+"
    r"(?P<does>[^.!?]+?)\s*[.!?](?:\s|$)",
)
OPTION_ENABLED_REASON = "sentences: the program has the option; with it enabled, what happens"


@needs(Fact.BACKTICK)
def option_enabled(walk: Walk, block: Para) -> bool:
    """``… `zsh` has a way to do this with the `hist_ignore_space` option. With that option enabled, any command
    preceded by a space will be left out …``: what an option of the program the first sentence names (one quizzer
    knows, or the notes' own) does, said by the sentence after it; False when no two sentences say so."""
    if "`" not in block.inline.marked:
        return False  # the pattern names the option in backticks
    match = _OPTION_ENABLED.search(block.inline.marked.replace("\n", " "))
    if match is None:
        return False
    program = match.group("program").casefold()
    if not knows(walk, program) and program not in SHELLS:
        return False  # (a shell's options are its own: zsh's setopt names)
    walk.add_option([match.group("option")], clean(match.group("does")), program, block.line, reason=OPTION_ENABLED_REASON)
    return True


# "Running `sudo fs_usage` without any other parameters displays …": the line, how it was run, then what it does
_RUNNING = lazyre.pattern(r"^(?:running|executing|typing)\s+`(?P<line>[^`\n]+)`\s+(?P<rest>[^`]+)$", re.IGNORECASE)
_RUNNING_VERBS = frozenset(
    "shows displays prints lists outputs gives returns opens starts stops creates removes deletes installs updates "
    "runs writes downloads reports".split()
)
_ASIDE_OR_END = lazyre.pattern(r"\s+-\s|[.;!?](?:\s|$)")  # "… machine - pretty overwhelming!": where the doing ends


# "When you `unzip -l a.zip` that file it will list …", "When you run `make clean`, it removes …": the line, a word or
# two on what it is run on, then what "it" does
_WHEN_YOU = lazyre.pattern(
    r"^when\s+you\s+(?:run\s+|type\s+|use\s+|call\s+)?`(?P<line>[^`\n]+)`(?P<on>(?:\s+[\w.-]+){0,3}?)\s*,?\s+"
    r"it(?:'ll|\s+will)?\s+(?P<does>[a-z]+\s.*)$",
    re.IGNORECASE,
)


def _when_you_run(walk: Walk, block: Para, text: str) -> bool:
    """``When you `tar -xf a.tar` that file it will output …``: what the line does, its verb a doing (``output``,
    ``lists``) and three words at least, up to an aside or the sentence's end; the line of a program quizzer knows or
    the notes' own.  False (nothing done) otherwise."""
    match = _WHEN_YOU.match(text)
    if match is None:
        return False
    does = _ASIDE_OR_END.split(match.group("does").replace("`", ""), maxsplit=1)[0].strip()
    verb = does.split()[0].casefold()
    invocation = parse_invocation(match.group("line"))
    if (
        len(does.split()) < 3 or not (verb in _RUNNING_VERBS or f"{verb}s" in _RUNNING_VERBS or says_doing(does))
        or invocation is None or not knows(walk, program_run(tokenize(invocation.line)))
    ):
        return False
    walk.add_command(invocation, clean(does), block.line, reason="sentence: when you run the line, it does …")
    return True


@needs(Fact.BACKTICK)
def running_sentence(walk: Walk, block: Para) -> bool:
    """``Running `git status` shows …`` opening a paragraph: what that line does, when its verb says a doing
    (``shows``, ``prints``, :data:`_RUNNING_VERBS`), after nothing or a ``with …``/``without …`` saying how it was
    run, and the line runs a program quizzer knows or the notes' own."""
    text = block.inline.marked.strip()
    if _WHEN_YOU.match(text) and _when_you_run(walk, block, text.replace("\n", " ")):
        return True
    match = _RUNNING.match(text.replace("\n", " "))
    if match is None or text.endswith((":", "：")):
        return False  # "Running `diff` as is gives output like the following:": it leads into the block below
    words = match.group("rest").split()
    verb = next((n for n, word in enumerate(words) if word.lower() in _RUNNING_VERBS), None)
    if verb is None or verb and words[0].lower() not in ("with", "without"):
        return False
    does = _ASIDE_OR_END.split(" ".join(words[verb:]), maxsplit=1)[0]
    invocation = parse_invocation(match.group("line"))
    if len(does.split()) < 3 or invocation is None or not knows(walk, program_run(tokenize(invocation.line))):
        return False
    walk.add_command(invocation, clean(does), block.line, reason="sentence: running the line … does")
    return True
