"""Card templates (quizzer.cards): prompts in the note's language, answerable steps and concepts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import EPOCH

from quizzer.cards import asked_question, face_of, note_language, procedure_of
from quizzer.db import Database
from quizzer.decks import import_drafts
from quizzer.documents import draft_documents
from quizzer.i18n import set_language
from quizzer.review import store


@dataclass(frozen=True)
class Card:
    kind: str
    front: str
    back: str
    ord: int = 0
    command: str | None = None
    context: str | None = None
    position: int | None = None
    previous: str | None = None


def test_korean_notes_get_korean_prompts_whatever_the_interface() -> None:
    card = Card("command", "docker pull", "이미지를 내려받음")
    set_language("en")
    assert face_of(card).prompt == "이 명령어는 무엇을 하나요?"
    assert face_of(Card("command", "docker pull", "이미지를 내려받음", ord=1)).prompt == "어떤 명령어가 이 일을 하나요?"
    set_language("ko")
    assert face_of(Card("command", "git status", "Show the working tree status")).prompt == "What does this command do?"


def test_a_language_can_be_asked_for() -> None:
    card = Card("command", "docker pull", "이미지를 내려받음")
    assert face_of(card, language="en").prompt == "What does this command do?"


@pytest.mark.parametrize(
    ("card", "english", "korean"),
    [
        (Card("option", "-a, --all", "모두", command="docker ps"), "What does this option of docker ps mean?",
         "docker ps의 이 옵션은 무슨 뜻인가요?"),
        (Card("option", "-a, --all", "모두", ord=1, command="docker ps"), "Which option of docker ps means this?",
         "docker ps의 어떤 옵션이 이런 뜻인가요?"),
        (Card("option", "-a", "모두"), "What does this option mean?", "이 옵션은 무슨 뜻인가요?"),
        (Card("flag", "-d", "백그라운드", command="docker run", context="docker run -d nginx"),
         "What does -d do in this docker run line?", "이 docker run 명령줄에서 -d 플래그는 무엇을 하나요?"),
        # no line to show: not 'this line' (an ffmpeg flag read from a list asked about a line not there)
        (Card("flag", "-d", "백그라운드", command="docker run"), "What does -d do in docker run?",
         "docker run에서 -d 플래그는 무엇을 하나요?"),
        (Card("flag", "-d", "백그라운드"), "What does -d do?", "-d 플래그는 무엇을 하나요?"),
        (Card("flag", "-d", "백그라운드", context="docker run -d nginx"), "What does -d do in this line?",
         "이 명령줄에서 -d 플래그는 무엇을 하나요?"),
        (Card("flag", "-d", "백그라운드", ord=1, command="docker run"), "Which flag of docker run means this?",
         "docker run의 어떤 플래그가 이런 뜻인가요?"),
        (Card("syntax", "docker run", "docker run [OPTIONS] IMAGE"), "Write the syntax of this command.",
         "이 명령어의 구문을 쓰세요."),
    ],
)
def test_prompts_in_both_languages(card: Card, english: str, korean: str) -> None:
    assert face_of(card, language="en").prompt == english
    assert face_of(card, language="ko").prompt == korean


def test_a_step_shows_its_procedure_and_the_previous_step() -> None:
    card = Card("step", "도커 서비스의 과정 — step 3", "Dockerfile build를 통한 새로운 이미지 생성", position=3,
                previous="베이스 이미지를 이용한 Dockerfile 작성")
    face = face_of(card)
    assert face.prompt == "2단계 다음 단계는 무엇인가요?"
    assert face.question == "도커 서비스의 과정"
    assert face.context == "2. 베이스 이미지를 이용한 Dockerfile 작성"
    assert face.answer == card.back
    assert "step" not in face.prompt + face.question
    first = face_of(Card("step", "도커 서비스의 과정 — step 1", "어플리케이션 코드 개발", position=1))
    assert (first.prompt, first.question, first.context) == ("이 절차의 첫 단계는 무엇인가요?", "도커 서비스의 과정", None)
    english = face_of(Card("step", "Deploy — step 2", "Build the image", position=2, previous="Write the code"))
    assert (english.prompt, english.question, english.context) == (
        "What comes after step 1?", "Deploy", "1. Write the code",
    )
    # the previous step is gone (retired): the position is still asked for
    lone = face_of(Card("step", "Deploy — step 4", "Ship it", position=4))
    assert lone.prompt == "What is step 4 of this procedure?"


def test_a_concept_says_what_is_asked() -> None:
    face = face_of(Card("concept", "컨테이너 서비스 환경 도입의 이유", "개발, 테스트, 배포, 운영의 환경을 일관적으로 제공함"))
    assert face.question == "컨테이너 서비스 환경 도입의 이유는?"
    assert face.prompt == "물음에 답해 보세요."
    term = face_of(Card("concept", "컨테이너", "격리된 프로세스"))
    assert (term.prompt, term.question) == ("이 용어는 무슨 뜻인가요?", "컨테이너")
    assert face_of(Card("concept", "Why containers", "Same environment everywhere")).question == "Why containers?"
    assert face_of(Card("concept", "Container", "An isolated process")).prompt == "What does this term mean?"


@pytest.mark.parametrize(
    ("term", "language", "question"),
    [
        ("도입의 이유", "ko", "도입의 이유는?"),
        ("도커의 장점", "ko", "도커의 장점은?"),  # 받침: 은
        ("이미지와 컨테이너의 차이", "ko", "이미지와 컨테이너의 차이는?"),
        ("볼륨의 역할", "ko", "볼륨의 역할은?"),
        ("왜 도커를 쓰는가", "ko", "왜 도커를 쓰는가?"),
        ("도커란?", "ko", "도커란?"),
        ("도커 이미지", "ko", None),
        ("Benefits of volumes", "en", "Benefits of volumes?"),
        ("Volume", "en", None),
    ],
)
def test_asked_questions(term: str, language: str, question: str | None) -> None:
    assert asked_question(term, language) == question


def test_note_language_and_procedure() -> None:
    assert note_language("docker ps", "실행 중인 컨테이너") == "ko"
    assert note_language("docker ps", "list containers") == "en"
    assert procedure_of("도커 서비스의 과정 — step 12") == "도커 서비스의 과정"
    assert procedure_of("no step here") == "no step here"


def test_the_card_view_carries_the_previous_step(db: Database, tmp_path: Path) -> None:
    notes = tmp_path / "deploy.md"
    notes.write_text("# 배포\n\n## 배포 과정\n\n1. 코드 작성\n2. 이미지 빌드\n3. 컨테이너 실행\n", encoding="utf-8")
    import_drafts(db, draft_documents([notes]), now=EPOCH.astimezone(dt.timezone.utc))
    with db.reading() as s:
        from sqlalchemy import select

        from quizzer.db.models import Card as CardRow, Note

        ids = list(s.scalars(select(CardRow.id).join(Note).where(Note.kind == "step").order_by(Note.position)))
        views = [store.card_view(s, card_id) for card_id in ids]
    assert [v.previous for v in views] == [None, "코드 작성", "이미지 빌드"]
    third = face_of(views[2])
    assert (third.prompt, third.question, third.context) == ("2단계 다음 단계는 무엇인가요?", "배포 과정", "2. 이미지 빌드")
