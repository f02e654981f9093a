"""``- Download `rsync -P host:/f .` ``: a list item naming a task, then the command line that does it (pure).

Cheat sheets list tasks one to an item: a few words saying what is done, then the whole command line in
backticks, and sometimes a gloss after it (``- Port `rsync --rsh='ssh -p2' …` Specify port.``).  The item is
one command note: the line → the task, the gloss beside it in parentheses.  The line must be one of a
program quizzer knows (or the notes' own) with something after the program; words that only tell to run it
(``- Run `make test` ``, ``- Then use `ls -l` ``) say nothing of what it does and are left to other readings.
An item that goes on after the line to a verb of its own, the words before it a step of their own or a word joining
it to the step before (``- 파일을 만들고 `git init`으로 초기화를 합니다.``, ``- 그리고 `git status`로 보면 …나온다.``),
tells a story of steps: the words before the line are not its task (nor are ``먼저``, ``마지막에``: the step's place in
the story).  The task may be the sentence's topic, the line what it is done with (``- 상태 확인은 `git status`로
합니다.``): the topic is the task.  Of a gloss of several sentences the first is kept, the rest say more of it.  Reference marks written after the line (``[3455155745][]``, read as a bare number) are no gloss.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.command_by import where_or_when
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import SEQUENCE_WORDS_KO, is_label
from quizzer.extract.narration import only_narration
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.extract.own_programs import knows
from quizzer.shell import AS_ROOT, looks_like_command, parse_invocation, program_run, tokenize

__all__ = ["REASON", "read"]

REASON = "item naming a task, then its command line in backticks"

_LONGEST_TITLE = 5  # words
_SENTENCE_END = lazyre.pattern(r"(?<=[^\s.])\.\s+(?=\S)")
_REFERENCES = lazyre.pattern(r"^[\d\s]*$")  # "3455155745": a reference link's number, no gloss
# a Korean particle written right after the code span making the line a subject or object of the sentence
# ("`git gg`를 입력하면", "`ls`는 …"); "`rm -r dir`으로 삭제" (done with it) is still the task and its line
_ASIDE = lazyre.pattern(r"\([^()]*\)")  # "(수정)", "(edit)": a remark on the item, not its task
_JUST = frozenset({"그냥", "just", "simply", "바로"})
_PARTICLE = lazyre.pattern(r"^\s?(?:을|를|은|는|이|가|와|과|의|도)(?=[\s.,]|$)")
# "… 만들고 `git init`으로 초기화를 합니다.": after the line the sentence goes on to a verb of its own, and the words
# before it are a step of their own (an object, then a verb joined by 고) or only join it to the step before
_SENTENCE_GOES_ON = lazyre.pattern(r"^\S+\s+\S.*[가-힣]다\s*[.!]?\s*$")
_STEP_BEFORE = lazyre.pattern(r"[을를]\s+\S*[가-힣]고$")
# "상태 확인은 `git status`로 합니다.": the task as the sentence's topic, the line what it is done with, and only 하다
_TOPIC = lazyre.pattern(r"^(?P<task>.+?)\s*(?:은|는)$")
_DONE_WITH = lazyre.pattern(r"^(?:으)?로\s+(?:합니다|한다|해요|하면\s*(?:됩니다|된다|돼요))\s*[.!]?$")


@needs(Fact.LISTED, Fact.BULLET, Fact.NO_QUOTE, Fact.FIRST, Fact.ONE_LINE, Fact.CODE)
def read(walk: Walk, block: Para) -> bool:
    """The command note of ``block`` when it is such an item; False otherwise."""
    if not block.lists or block.lists[-1].ordered or block.quote or not block.first or not block.inline.one_line:
        return False  # "3. 가장 아래에 `export A=1` 추가": a step of a procedure, read as one
    spans = [span for span in block.inline.spans if span.text.strip()]
    if len(spans) not in (2, 3) or spans[0].kind != "text" or spans[1].kind != "code":
        return False
    if len(spans) == 3 and (spans[2].kind != "text" or _PARTICLE.match(spans[2].text)):
        # "이번에는 `git log`를 옵션과 함께 본다", "`vi 파일명` 을 입력하여 …": a particle glued on (or a space before
        # it), the line is a word of the sentence
        return False
    if len(spans) == 3 and _SENTENCE_GOES_ON.match(spans[2].text.strip()) and (
        _STEP_BEFORE.search(spans[0].text.strip()) or spans[0].text.strip() in SEQUENCE_WORDS_KO
    ):
        # "파일을 만들고 `git init`으로 초기화를 합니다.", "먼저 `git pull`로 …": a step told in a sentence, no task's name
        walk.unless_read(block.line, _(
            "line {line}: the item tells running '{command}' as one step of a story and names no task it does; no card "
            "made from it"
        ).format(line=block.line, command=spans[1].text.strip()))
        return False
    title = spans[0].text.strip()
    topic = _TOPIC.match(title) if len(spans) == 3 and _DONE_WITH.match(spans[2].text.strip()) else None
    if topic is not None:
        title, spans = topic.group("task"), spans[:2]  # "상태 확인은 `git status`로 합니다.": the task is 상태 확인
    if where_or_when(title):
        return False  # "- 터미널에서 `ls -a`", "- 재부팅 후 `free -h`": where or when it is typed, no task it does
    words = title.split()
    if not 1 <= len(words) <= _LONGEST_TITLE or title.endswith((":", "：", ",")) or is_label(title):
        return False
    if title.endswith("(") or len(spans) == 3 and spans[2].text.lstrip()[:1] == ")":
        return False  # "- fast (`sudo snap install fast`): …": the line in brackets, a remark on the name before it
    if only_narration(title, ()) or not any(word[:1].isalpha() for word in words):
        return False  # "Run `make test`", "Then use `ls -l`": it tells to run it, not what it does
    if not [word for word in _ASIDE.sub(" ", title).split() if word.casefold() not in _JUST]:
        return False  # "(수정) 그냥 `ls -mpU` 하면 된다": an aside and "just", no task named
    line = spans[1].text.strip()
    if not looks_like_command(line):
        return False
    tokens = tokenize(line)
    program = program_run(tokens)
    if not knows(walk, program):
        return False
    invocation = parse_invocation(line)
    if invocation is None or len(tokens) < (3 if tokens[0] in AS_ROOT else 2):
        return False  # "Build `make`": a program alone, no line
    # the gloss's first sentence: "Copy … intact. Copy like backuping … Preserve …" says more of it, one fact a sentence
    gloss = _SENTENCE_END.split(spans[2].text.strip(), maxsplit=1)[0] if len(spans) == 3 else ""
    what = f"{title} ({gloss})" if gloss and not _REFERENCES.match(gloss) else title
    walk.add_command(invocation, what, block.line, reason=REASON)
    return True
