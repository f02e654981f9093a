"""Questions from notes: distractors are siblings, never the answer; one seed, one quiz."""

from __future__ import annotations

import itertools
import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizzer.db import Database
from quizzer.db.queries import all_decks
from quizzer.grading import grade
from quizzer.quiz.build import (
    ALL_FORMATS,
    MODES,
    build_questions,
    choice_question,
    example_lines,
    line_question,
    order_question,
    procedures,
    typed_question,
)
from quizzer.quiz.model import Fact, Format, Question
from quizzer.quiz.siblings import Level, choose_distractors, normal, sibling_level
from quizzer.quiz.store import load_facts

# -- generated decks ---------------------------------------------------------------

KINDS = ("command", "option", "flag", "step", "concept")
WORDS = ("run", "pull", "push", "stop", "logs", "rm", "ps", "이미지", "컨테이너", "삭제", "목록", "실행")


@st.composite
def decks(draw: st.DrawFn) -> list[Fact]:
    """Notes of one or two decks: a few sections and commands, texts that often repeat."""
    count = draw(st.integers(min_value=1, max_value=30))
    facts = []
    for note_id in range(1, count + 1):
        kind = draw(st.sampled_from(KINDS))
        deck = draw(st.sampled_from(("a", "a", "b")))
        section = (draw(st.sampled_from(("s1", "s2", "s3"))),)
        command = draw(st.sampled_from(("docker run", "docker logs", "git add"))) if kind != "concept" else None
        front = draw(st.sampled_from(WORDS)) if kind not in ("flag", "option") else draw(
            st.sampled_from(("-d", "-p", "--name", "-f", "-a", "--all, -a")))
        back = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)))
        context = draw(st.sampled_from(("docker run -d -p 1:2 x", "docker logs -f y", None))) if kind == "flag" else None
        answers = tuple(front.split(", ")) if kind in ("flag", "option", "command") else ()
        position = note_id if kind == "step" else None
        facts.append(Fact(note_id, deck, kind, front, back, command, context, answers, section, position,
                          (note_id * 10, note_id * 10 + 1)))
    return facts


@settings(max_examples=150, deadline=None)
@given(facts=decks(), seed=st.integers(min_value=0, max_value=2**32))
def test_choice_questions_show_the_answer_once_among_sibling_texts(facts: list[Fact], seed: int) -> None:
    rng = random.Random(seed)
    for fact in facts:
        question = choice_question(fact, facts, rng)
        if question is None:
            continue
        choices = [normal(c) for c in question.choices]
        assert len(question.choices) == 4
        assert len(set(choices)) == 4, question.choices  # never the same text twice
        assert choices.count(normal(question.answer)) == 1  # the answer once, and only once
        assert question.choices[int(question.key) - 1] == question.answer
        assert question.answer in (fact.front, fact.back)
        # a concept's definition may stand beside other notes of the deck (borrowed)
        siblings = [f for f in facts if sibling_level(fact, f, borrow=fact.kind == "concept") is not None]
        reverse = len(fact.card_ids) > 1 and question.card_ids == (fact.card(1),)
        if fact.kind == "concept" and reverse:  # the reverse never borrows
            siblings = [f for f in facts if sibling_level(fact, f) is not None]
        for text in question.choices:
            if text != question.answer:
                assert any(text in (f.front, f.back) for f in siblings), f"{text!r} is not a sibling's"


@settings(max_examples=150, deadline=None)
@given(facts=decks(), seed=st.integers(min_value=0, max_value=2**32), reverse=st.booleans())
def test_distractors_are_never_the_answer_and_the_closest_siblings_come_first(
    facts: list[Fact], seed: int, reverse: bool
) -> None:
    shown, side = ((lambda f: f.back), (lambda f: f.front)) if reverse else ((lambda f: f.front), (lambda f: f.back))
    for fact in facts:
        found = choose_distractors(fact, facts, random.Random(seed), shown=shown, choice=side)
        if found is None:
            continue
        texts = [normal(side(f)) for f, _level in found]
        assert normal(side(fact)) not in texts
        assert len(set(texts)) == 3
        for other, level in found:
            assert sibling_level(fact, other) == level  # a sibling, at the level it says
        furthest = max(level for _f, level in found)
        taken = {normal(side(fact)), *texts}
        for other in facts:
            level = sibling_level(fact, other)
            if level is None or level >= furthest or normal(side(other)) in taken:
                continue
            # a closer sibling left unused is one that would be right too
            assert normal(shown(other)) == normal(shown(fact)) or set(map(normal, other.answers)) & set(
                map(normal, fact.answers)), (other, found)


@settings(max_examples=150, deadline=None)
@given(facts=decks(), seed=st.integers(min_value=0, max_value=2**32))
def test_siblings_exist_means_a_question_of_siblings(facts: list[Fact], seed: int) -> None:
    """When a note has three distinct sibling texts, it gets a choice question made of them."""
    for fact in facts:
        distinct = {normal(f.back) for f in facts if sibling_level(fact, f) is not None} - {normal(fact.back)}
        same_front = any(normal(f.front) == normal(fact.front) for f in facts if sibling_level(fact, f) is not None)
        shared = any(set(f.answers) & set(fact.answers) for f in facts if sibling_level(fact, f) is not None)
        if len(distinct) >= 3 and not same_front and not shared:
            found = choose_distractors(fact, facts, random.Random(seed), shown=lambda f: f.front,
                                       choice=lambda f: f.back)
            assert found is not None and all(level is not None for _f, level in found)


@settings(max_examples=100, deadline=None)
@given(facts=decks(), seed=st.integers(min_value=0, max_value=2**32),
       count=st.integers(min_value=1, max_value=40))
def test_one_seed_one_quiz_and_no_note_asked_twice(facts: list[Fact], seed: int, count: int) -> None:
    first = build_questions(facts, random.Random(seed), count=count)
    again = build_questions(list(facts), random.Random(seed), count=count)
    assert [q.as_json() for q in first] == [q.as_json() for q in again]
    assert len(first) <= count
    notes = [n for q in first for n in q.note_ids]
    assert len(notes) == len(set(notes))
    for question in first:
        assert Question.from_json(question.as_json()) == question


# -- the seed deck -----------------------------------------------------------------


@pytest.fixture
def seed_facts(seeded_db: Database) -> list[Fact]:
    with seeded_db.reading() as s:
        return load_facts(s, all_decks(s))


def test_the_eight_steps_of_the_docker_service_become_one_order_question(seed_facts: list[Fact]) -> None:
    (steps,) = procedures(seed_facts)
    assert [f.position for f in steps] == list(range(1, 9))
    question = order_question(steps, random.Random(7))
    assert question.format is Format.ORDER and question.text == "도커 서비스의 과정"
    assert sorted(question.key) == list(string.ascii_uppercase[:8])
    in_order = [question.choices[string.ascii_uppercase.index(letter)] for letter in question.key]
    assert in_order == [f.back for f in steps]
    assert in_order[0] == "어플리케이션 코드 개발"
    assert list(question.choices) != in_order  # shown shuffled
    assert len(question.card_ids) == 8


def test_write_the_line_from_the_flag_notes_of_docker_run(seed_facts: list[Fact]) -> None:
    lines = dict(example_lines(seed_facts))
    run = "docker run --name webserver1 -d -p 8001:80 nginx:1.18"
    assert [f.front for f in lines[run]] == ["--name", "-d", "-p"]
    assert [f.front for f in lines["docker logs -f webserver1"]] == ["-f"]  # -t is a note, not in the line
    question = line_question(run, lines[run])
    assert question.details[:3] == ("• 컨테이너 이름", "• 백그라운드 실행", "• 컨테이너의 80포트를 호스트의 8001포트와 연결")
    assert "webserver1  8001:80  nginx:1.18" in question.details[3]
    flags = ["--name webserver1", "-d", "-p 8001:80"]
    for order in itertools.permutations(flags):
        typed = "docker run " + " ".join(order) + " nginx:1.18"
        assert grade(question.accepted, typed).outcome == "exact", typed
    assert grade(question.accepted, "docker run --name webserver1 -p 8001:80 nginx:1.18").outcome != "exact"


def test_typed_questions_ask_commands_options_and_flags(seed_facts: list[Fact]) -> None:
    by_front = {f.front: f for f in seed_facts}
    stop = typed_question(by_front["docker stop webserver1"])
    assert stop is not None and stop.text == "컨테이너 중지"
    assert grade(stop.accepted, "docker stop webserver1").outcome == "exact"
    rm = typed_question(by_front["docker image rm"])
    assert rm is not None and grade(rm.accepted, "docker image rm nginx:1.18").outcome == "exact"
    tags = typed_question(by_front["--all-tags, -a"])
    assert tags is not None and grade(tags.accepted, "-a").outcome == "exact"
    assert typed_question(next(f for f in seed_facts if f.kind == "step")) is None


def test_an_alias_is_never_a_distractor(seed_facts: list[Fact]) -> None:
    rmi = next(f for f in seed_facts if f.front == "docker rmi")
    for seed in range(40):
        question = choice_question(rmi, seed_facts, random.Random(seed))
        assert question is not None
        if question.answer == "docker rmi":  # asked in reverse: which command does this?
            assert "docker image rm" not in question.choices


def test_option_distractors_are_the_other_options_of_the_command(seed_facts: list[Fact]) -> None:
    quiet = next(f for f in seed_facts if f.front == "--quiet, -q")
    for seed in range(20):
        question = choice_question(quiet, seed_facts, random.Random(seed))
        assert question is not None
        others = {f.front for f in seed_facts if f.kind == "option" and f.command == "docker pull"}
        if question.answer == quiet.front:
            assert set(question.choices) == others
        else:
            backs = {f.back for f in seed_facts if f.kind == "option" and f.command == "docker pull"}
            assert set(question.choices) == backs


def test_flag_distractors_start_with_the_same_example_line(seed_facts: list[Fact]) -> None:
    detach = next(f for f in seed_facts if f.front == "-d" and f.command == "docker run")
    pool = [f for f in seed_facts if sibling_level(detach, f) is Level.SAME_LINE]
    assert {f.front for f in pool} == {"--name", "-p"}
    for seed in range(20):
        question = choice_question(detach, seed_facts, random.Random(seed))
        assert question is not None
        side = {f.front for f in pool} if question.answer == "-d" else {f.back for f in pool}
        assert side <= set(question.choices)


def test_a_mixed_exam_of_the_seed_has_every_format_and_is_the_same_per_seed(seed_facts: list[Fact]) -> None:
    exam = build_questions(seed_facts, random.Random(42), count=30)
    assert len(exam) == 30
    assert {q.format for q in exam} == set(ALL_FORMATS)
    again = build_questions(seed_facts, random.Random(42), count=30)
    assert exam == again
    other = build_questions(seed_facts, random.Random(43), count=30)
    assert exam != other


@pytest.mark.parametrize("mode", sorted(MODES))
def test_modes_ask_only_their_formats(seed_facts: list[Fact], mode: str) -> None:
    questions = build_questions(seed_facts, random.Random(1), count=100, formats=MODES[mode])
    assert questions and {q.format for q in questions} <= MODES[mode]


def test_kind_and_section_filters(seed_facts: list[Fact]) -> None:
    options = build_questions(seed_facts, random.Random(1), count=100, kinds=("option",))
    assert options and {q.kind for q in options} == {"option"}
    section = build_questions(seed_facts, random.Random(1), count=100, section="nginx")
    assert section and all("nginx" in q.section for q in section)


def test_concept_and_syntax_notes_make_questions(seed_facts: list[Fact]) -> None:
    """The seed deck has two concepts and one syntax note: too few to quiz among themselves."""
    concepts = [f for f in seed_facts if f.kind == "concept"]
    assert 0 < len(concepts) < 4
    for seed in range(5):
        asked = build_questions(seed_facts, random.Random(seed), count=20, kinds=("concept",))
        assert {q.note_ids for q in asked} == {(f.note_id,) for f in concepts}
        for question in asked:
            assert question.format is Format.CHOICE and len(set(question.choices)) == 4
            fact = next(f for f in concepts if f.note_id == question.note_ids[0])
            assert question.choices[int(question.key) - 1] == fact.back  # the definition is the right choice
    (syntax,) = [f for f in seed_facts if f.kind == "syntax"]
    (question,) = build_questions(seed_facts, random.Random(1), count=20, kinds=("syntax",))
    assert question.format is Format.TYPED and question.text == syntax.front and question.answer == syntax.back
    assert question.card_ids and question.card_ids[0] == syntax.card(0)
    assert grade(question.accepted, syntax.back).outcome == "exact"
    assert grade(question.accepted, "docker pull").outcome != "exact"
    assert not build_questions(seed_facts, random.Random(1), count=20, kinds=("syntax",), formats=MODES["choice"])


def test_a_flag_typed_with_its_command_counts_and_says_why_not(seed_facts: list[Fact]) -> None:
    from quizzer.quiz.check import check

    flag = next(f for f in seed_facts if f.kind in ("flag", "option") and f.command == "docker run"
                and f.answers and f.answers[0].startswith("-"))
    question = typed_question(flag)
    assert question is not None and question.exact_only
    spelling = flag.answers[0].split(",")[0].split()[0]
    assert check(question, spelling).outcome == "exact"
    assert check(question, f"docker run {spelling}").outcome == "exact"
    assert check(question, f"docker container run {spelling}").outcome == "exact"
    wrong = check(question, f"docker ps {spelling}")
    assert wrong.outcome == "wrong"
    assert wrong.explanation == "docker ps is a different command from docker run."
    assert check(question, "docker run --no-such-flag").outcome == "wrong"
    assert Question.from_json(question.as_json()) == question  # an exam keeps it


@pytest.mark.parametrize("interface", ["en", "ko"])
def test_a_question_asks_in_the_language_of_its_note_as_a_review_card_does(interface: str) -> None:
    """'Type the command that does this.' over '이미지를 지운다' read as two languages in one
    question: the prompt follows the note (quizzer.cards), whatever ``--lang`` says."""
    from quizzer.i18n import set_language

    set_language(interface)
    korean = Fact(1, "d", "command", "docker image rm", "이미지를 지운다", "docker image rm",
                  answers=("docker image rm",), section=("이미지",), card_ids=(10, 11))
    english = Fact(2, "d", "command", "git add", "stage a file", "git add", answers=("git add",),
                   section=("Git",), card_ids=(20, 21))
    typed_ko, typed_en = typed_question(korean), typed_question(english)
    assert typed_ko is not None and typed_en is not None
    assert typed_ko.prompt == "이 일을 하는 명령어를 입력하세요."
    assert typed_en.prompt == "Type the command that does this."
    steps = [Fact(n, "d", "step", f"설치 과정 — step {n}", f"{n}단계 일", section=("설치 과정",), position=n,
                  card_ids=(n * 10,)) for n in (1, 2, 3)]
    assert order_question(steps, random.Random(1)).prompt.startswith("설치 과정을 순서대로")
    flag = Fact(5, "d", "flag", "-d", "detached", "docker run", "docker run -d nginx", ("-d", "--detach"),
                card_ids=(50, 51))
    assert line_question("docker run -d nginx", [flag]).prompt == "Write the whole docker run line that does all of this."


def test_a_procedure_named_by_a_heading_ending_in_a_colon_is_asked_without_it() -> None:
    """`# Sample Example-1:` over the steps: "Which is step 3 of Sample Example-1?", not "…-1:?"."""
    steps = [Fact(n, "d", "step", f"Sample Example-1: — step {n}", f"do {n}", section=("Pulumi", "Sample Example-1:"),
                  position=n, card_ids=(n * 10,)) for n in (1, 2, 3, 4)]
    order = order_question(steps, random.Random(1))
    assert order.prompt == "Put the steps of Sample Example-1 in order: type their letters."
    assert order.text == "Sample Example-1"
    choice = choice_question(steps[2], steps, random.Random(1))
    assert choice is not None and choice.prompt == "Which is step 3 of Sample Example-1?"
    ko = [Fact(n, "d", "step", f"설치 방법 : — step {n}", f"{n}단계 일", section=("설치 방법 :",), position=n,
               card_ids=(n * 10,)) for n in (1, 2, 3)]
    assert order_question(ko, random.Random(1)).prompt.startswith("설치 방법을 순서대로")


@pytest.mark.parametrize(("procedure", "order", "choice"), [
    ("도커 서비스의 과정", "도커 서비스의 과정을 순서대로 놓으세요", "도커 서비스의 과정에서 3단계는"),
    ("설치과정", "설치과정을 순서대로", "설치과정에서 3단계는"),
    ("백업 방법", "백업 방법을 순서대로", "백업 방법에서 3단계는"),
    ("배포 절차", "배포 절차를 순서대로", "배포 절차에서 3단계는"),
    ("빌드 단계", "빌드 단계를 순서대로", "빌드 단계에서 3단계는"),
    ("컨테이너 실행하기", "컨테이너 실행하기의 단계를 순서대로", "컨테이너 실행하기에서 3단계는"),
    ("Docker 설치", "Docker 설치의 단계를 순서대로", "Docker 설치에서 3단계는"),
])
def test_a_korean_procedure_is_asked_without_two_의_in_a_row(procedure: str, order: str, choice: str) -> None:
    """'도커 서비스의 과정의 단계를 …': a procedure named by what it is (과정, 방법, 절차, 단계) is ordered
    itself, with the particle its noun takes; any other name asks for its steps."""
    steps = [Fact(n, "d", "step", f"{procedure} — step {n}", f"{n}단계 일", section=(procedure,), position=n,
                  card_ids=(n * 10,)) for n in (1, 2, 3, 4)]
    asked = order_question(steps, random.Random(1)).prompt
    assert asked.startswith(order), asked
    assert "의 과정의" not in asked and "의 단계의" not in asked
    question = choice_question(steps[2], steps, random.Random(1))
    assert question is not None and question.prompt.startswith(choice), question.prompt


def test_an_english_procedure_ending_in_a_process_word_keeps_the_plain_prompt() -> None:
    steps = [Fact(n, "d", "step", f"Release process — step {n}", f"do {n}", section=("Release process",), position=n,
                  card_ids=(n * 10,)) for n in (1, 2, 3)]
    assert order_question(steps, random.Random(1)).prompt == (
        "Put the steps of Release process in order: type their letters.")


def _prompts(facts: list[Fact], seed_range: range = range(40)) -> dict[tuple[str, bool], tuple[str, str]]:
    """Each fact's choice question, forward and reverse, by (front, reverse) → (prompt, text shown)."""
    asked: dict[tuple[str, bool], tuple[str, str]] = {}
    for seed in seed_range:
        for fact in facts:
            question = choice_question(fact, facts, random.Random(seed))
            if question is not None:
                reverse = question.card_ids == (fact.card(1),) and len(fact.card_ids) > 1
                asked[(fact.front, reverse)] = (question.prompt, question.text)
    return asked


def test_a_question_and_answer_card_is_asked_as_a_question_not_as_a_term() -> None:
    """A Q/A card ('Q: What is a container? A: …') was asked 'What does this term mean?'; its choice
    question words it by what the card is, in its note's language, as the review card does."""
    english = [Fact(n, "d", "concept", front, back, card_ids=(n * 10, n * 10 + 1)) for n, (front, back) in enumerate((
        ("What is a container?", "an isolated process"), ("What is an image?", "a read-only template"),
        ("Why use volumes?", "to keep data past a container"), ("How do you publish a port?", "with -p"),
    ), start=1)]
    asked = _prompts(english)
    assert asked[("What is a container?", False)] == ("Choose the answer to this question.", "What is a container?")
    assert asked[("What is a container?", True)] == ("Which question does this answer?", "an isolated process")
    korean = [Fact(n, "d", "concept", front, back, card_ids=(n * 10, n * 10 + 1)) for n, (front, back) in enumerate((
        ("컨테이너를 쓰는 이유", "환경이 같아진다"), ("이미지란 무엇인가", "읽기 전용 틀"),
        ("볼륨이 필요한 까닭", "데이터를 남긴다"), ("포트를 여는 방법", "-p 옵션"),
    ), start=1)]
    asked = _prompts(korean)
    assert asked[("컨테이너를 쓰는 이유", False)] == ("이 질문의 답을 고르세요.", "컨테이너를 쓰는 이유는?")
    assert asked[("이미지란 무엇인가", False)] == ("이 질문의 답을 고르세요.", "이미지란 무엇인가?")
    assert asked[("포트를 여는 방법", True)] == ("이것은 어느 질문의 답인가요?", "-p 옵션")
    terms = [Fact(n, "d", "concept", front, back, card_ids=(n * 10, n * 10 + 1)) for n, (front, back) in enumerate((
        ("container", "an isolated process"), ("image", "a read-only template"), ("volume", "data kept apart"),
        ("port", "a numbered door"),
    ), start=1)]
    asked = _prompts(terms)
    assert asked[("container", False)] == ("What does this term mean?", "container")  # a term is still a term
    assert asked[("container", True)] == ("Which term is defined like this?", "an isolated process")
    written = [Fact(n, "d", kind, front, back, card_ids=(n * 10,)) for n, (kind, front, back) in enumerate((
        ("written", "Capital of France", "Paris"), ("written", "Capital of Spain", "Madrid"),
        ("written", "Capital of Italy", "Rome"), ("written", "Capital of Peru", "Lima"),
    ), start=1)]
    assert _prompts(written)[("Capital of France", False)] == ("Choose the answer.", "Capital of France")


def test_a_flag_without_its_line_is_not_asked_about_this_line() -> None:
    """'What does -b:v 2000k do in this ffmpeg line?' over the flag alone: the line was not there."""
    flags = [Fact(n, "d", "flag", front, back, "ffmpeg", context, card_ids=(n * 10, n * 10 + 1))
             for n, (front, back, context) in enumerate((
                 ("-b:v 2000k", "비트레이트를 2000k로", None), ("-an", "오디오를 빼고", None),
                 ("-pass 2", "두 번째 인코딩", None), ("-f null", "출력 파일 없이", "ffmpeg -i a.mp4 -f null /dev/null"),
             ), start=1)]
    asked = _prompts(flags)
    assert asked[("-b:v 2000k", False)] == ("ffmpeg에서 -b:v 2000k 플래그는 무엇을 하나요?", "-b:v 2000k")
    assert asked[("-f null", False)][0] == "이 ffmpeg 명령줄에서 -f null 플래그는 무엇을 하나요?"
