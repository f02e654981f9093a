"""Golden test of the seed deck: every note a careful reader expects, written out by hand.

The seed is ``decks/docker-containers.ko.md`` (a copy of the shared seed notes).
Each row below was written from reading the document, not from the extractor's
output: what the note is about, what the notes say of it, where it came from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizzer.extract import DeckDraft, Kind, NoteDraft, extract, note_key

SEED = Path(__file__).resolve().parents[1] / "decks" / "docker-containers.ko.md"
DECK = "docker"

C, O, F, S, K, P = Kind.COMMAND, Kind.OPTION, Kind.FLAG, Kind.SYNTAX, Kind.CONCEPT, Kind.STEP
PROCESS = "도커 서비스의 과정"
RUN_LINE = "docker run --name webserver1 -d -p 8001:80 nginx:1.18"

# (line, kind, command, front, back, answers, context, position)
EXPECTED: list[tuple[int, Kind, str | None, str, str, tuple[str, ...], str | None, int | None]] = [
    # 1. 컨테이너 서비스 — "이유:" with its answer on the next line
    (7, K, None, "컨테이너 서비스 환경 도입의 이유", "개발, 테스트, 배포, 운영의 컴퓨팅 환경을 일관적으로 제공함", (), None, None),
    # 2. 도커 서비스의 과정 — eight numbered steps, sub-bullets kept as context
    (13, P, None, f"{PROCESS} — step 1", "어플리케이션 코드 개발", (), None, 1),
    (15, P, None, f"{PROCESS} — step 2", "베이스 이미지를 이용한 Dockerfile 작성", (),
     "개발에 필요한 인프라 구성 요소를 Dockerfile에 작성", 2),
    (18, P, None, f"{PROCESS} — step 3", "Dockerfile build를 통한 새로운 이미지 생성", (),
     "작성한 도커 파일을 단계(step)별로 실행", 3),
    (21, P, None, f"{PROCESS} — step 4", "컨테이너 실행 혹은 Docker compose를 이용한 다중 컨테이너 실행", (), None, 4),
    (23, P, None, f"{PROCESS} — step 5", "컨테이너 어플리케이션 서비스 테스트", (), None, 5),
    (25, P, None, f"{PROCESS} — step 6", "로컬 및 원격 저장소에 이미지 저장하여 관리", (), None, 6),
    (27, P, None, f"{PROCESS} — step 7", "Docker file 등을 깃헙등의 원격 리포지토리에 관리", (), None, 7),
    (29, P, None, f"{PROCESS} — step 8", "위 단계를 통한 일관성 있는 환경에서 지속적인 어플리케이션 개발 및 유지보수", (), None, 8),
    # 3-1-1 도커 이미지 내려받기
    (43, C, "docker pull", "docker pull", "도커 허브 레지스트리에서 로컬로 도커 이미지 내려받기", ("docker pull",), None, None),
    (44, C, "docker push", "docker push", "로컬에 있는 도커 이미지를 허브 레지스트리에 업로드", ("docker push",), None, None),
    (45, C, "docker login", "docker login", "도커 허브 로그인", ("docker login",), None, None),
    (46, C, "docker logout", "docker logout", "도커 허브 로그아웃", ("docker logout",), None, None),
    # "**_ 구문: docker IMAGE pull OPTIONS … _**": the upper-case IMAGE is a placeholder
    (48, S, "docker pull", "docker pull", "docker IMAGE pull OPTIONS name[:tag | @IMAGE_DIGEST]", (), None, None),
    # "**명령 옵션**" under that 구문 line: docker pull's options, bare words made long flags
    (52, O, "docker pull", "--all-tags, -a", "저장소에 태그로 지저오딘 여러 이미지를 모두 다운", ("--all-tags", "-a"), None, None),
    (53, O, "docker pull", "--disable-content-trust", "이미지 검증 작업 건너뛰기", ("--disable-content-trust",), None, None),
    # the "ex." example would give the answer away on a reverse card: it is context
    (54, O, "docker pull", "--platform", "플랫폼 지정", ("--platform",), "--platform=linux", None),
    (55, O, "docker pull", "--quiet, -q", "이미지 다운로드 과정의 상세 출력 생략", ("--quiet", "-q"), None, None),
    # 3-1-2 (repeated word for word as 3-1-3: one note each, see the warnings)
    (64, C, "docker image inspect", "docker image inspect", "다운로드한 이미지 세부 정보 조회",
     ("docker image inspect",), "docker image inspect OPTIONS IMAGE", None),
    (65, C, "docker image history", "docker image history", "현재 이미지 구성을 위해 사용된 레이블 정보 및 명령, 크기 조회",
     ("docker image history",), "docker image history OPTIONS IMAGE", None),
    # 3-1-4: the three "경우" bullets are the cases of the heading (pattern 9): one concept, heading → list
    (76, K, None, "도커 이미지 파일 관리: tar(Tape ARchiver) 파일로 이미지 관리",
     "도커 허브로부터 이미지를 내려받아 내부망으로 이전하는 경우\n신규 서비스를 위해 Dockerfile로 새롭게 생성한 이미지를 저장 및 배포하는 경우\n"
     "컨테이너를 완료하여 생성한 이미지를 저장하는 경우", (), None, None),
    # Korean words where the file and the image go, shown as written: the note is about docker image save
    (80, C, "docker image save", "docker image save 옵션 파일명 이미지명", "도커 이미지를 tar 파일로 저장",
     ("docker image save", "docker image save 옵션 파일명 이미지명"), None, None),
    (81, C, "docker image load", "docker image load", "저장한 tar 이미지 파일 로드", ("docker image load",), "docker image load 옵션", None),
    # 3-1-5
    (86, C, "docker image rm", "docker image rm", "하나 이상의 도커 이미지 삭제 (컨테이너 실행중인 이미지는 삭제 불가능)",
     ("docker image rm",), "docker image rm 옵션 이미지이름<:태그>", None),
    # "단축 명령" alone would make an unanswerable reverse card: it says what it is short for
    (87, C, "docker rmi", "docker rmi", "단축 명령 (docker image rm)", ("docker rmi",), "docker rmi 옵션 이미지이름<:태그>", None),
    # -a is what makes prune remove *all* unused images: it stays in the subject
    (88, C, "docker image prune", "docker image prune -a", "컨테이너로 연결되지 않은 모든 이미지 제거", ("docker image prune -a",), None, None),
    # 3-2-1 / 3-2-2: docker run is described twice (lines 105 and 109): one note, both facts
    (105, C, "docker run", "docker run",
     "컨테이너 동작 명령, 가상의 격리 환경에 독립된 프로세스가 동작\ndocker pull + create + start 가 합쳐진 명령어라고 볼 수 있다.",
     ("docker run",), None, None),
    # the example line: one card per flag; "컨테이너 이름: webserver1" names --name's value
    (110, F, "docker run", "--name", "컨테이너 이름", ("--name",), RUN_LINE, None),
    (110, F, "docker run", "-d", "백그라운드 실행", ("-d",), RUN_LINE, None),
    (110, F, "docker run", "-p", "컨테이너의 80포트를 호스트의 8001포트와 연결", ("-p",), RUN_LINE, None),
    # a concrete argument is part of what a line is about (its key never depends on other lines);
    # a typed answer may leave it out
    (111, C, "docker stats", "docker stats webserver1", "컨테이너의 리소스 사용량", ("docker stats webserver1", "docker stats"), None, None),
    (112, C, "docker top", "docker top webserver1", "컨테이너의 실행 중인 프로세스 표시", ("docker top webserver1", "docker top"), None, None),
    # "(-f: 실시간, -t: 마지막로그까지)": two flag cards; the line keeps its -f
    (113, C, "docker logs", "docker logs -f webserver1", "컨테이너 접근 로그를 확인", ("docker logs -f webserver1", "docker logs -f"), None, None),
    (113, F, "docker logs", "-f", "실시간", ("-f",), "docker logs -f webserver1", None),
    (113, F, "docker logs", "-t", "마지막로그까지", ("-t",), "docker logs -f webserver1", None),
    (114, C, "docker stop", "docker stop webserver1", "컨테이너 중지", ("docker stop webserver1", "docker stop"), None, None),
    (115, C, "docker pause", "docker pause webserver1", "컨테이너 일시중지", ("docker pause webserver1", "docker pause"), None, None),
    (116, C, "docker unpause", "docker unpause webserver1", "컨테이너 일시중지 해제",
     ("docker unpause webserver1", "docker unpause"), None, None),
    (117, C, "docker restart", "docker restart webserver1", "컨테이너 재시작", ("docker restart webserver1", "docker restart"), None, None),
    (118, C, "docker cp", "docker cp webserver1:/etc/nginx/nginx.conf ./nginx.conf", "컨테이너의 파일을 복사",
     ("docker cp webserver1:/etc/nginx/nginx.conf ./nginx.conf", "docker cp"), None, None),
    # Korean words are placeholders, shown as written: the line is about docker rename
    (119, C, "docker rename", "docker rename 현재이름 바꿀이름", "컨테이너 이름 변경",
     ("docker rename", "docker rename 현재이름 바꿀이름"), None, None),
    (120, C, "docker commit", 'docker commit -a "gs" webserver1 web:1.0', "컨테이너 이미지의 저장된 변경과 함께 새로운 이미지를 생성",
     ('docker commit -a "gs" webserver1 web:1.0', "docker commit -a"), None, None),
    (120, F, "docker commit", "-a", "author", ("-a",), 'docker commit -a "gs" webserver1 web:1.0', None),
]


@pytest.fixture(scope="module")
def draft() -> DeckDraft:
    return extract(SEED.read_text(encoding="utf-8"), deck=DECK, source=str(SEED))


def _row(note: NoteDraft) -> tuple[object, ...]:
    return (note.line, note.kind, note.command, note.front, note.back, note.answers, note.context, note.position)


def test_seed_golden_every_note(draft: DeckDraft) -> None:
    assert [_row(note) for note in draft.notes] == EXPECTED


def test_seed_counts_by_kind(draft: DeckDraft) -> None:
    counts = {kind: sum(1 for note in draft.notes if note.kind is kind) for kind in Kind}
    assert counts == {C: 22, O: 4, F: 6, S: 1, K: 2, P: 8, Kind.WRITTEN: 0, Kind.WRITTEN_BOTH: 0}


def test_seed_repeated_section_is_one_note_and_a_warning_naming_both_lines(draft: DeckDraft) -> None:
    assert [(w.line, w.message) for w in draft.warnings] == [
        (70, "line 70 repeats the command 'docker image inspect' of line 64; kept as one note"),
        (71, "line 71 repeats the command 'docker image history' of line 65; kept as one note"),
        (109, "line 109 repeats the command 'docker run' of line 105; kept as one note"),
    ]
    inspect = [n for n in draft.notes if n.front == "docker image inspect"]
    assert len(inspect) == 1 and inspect[0].back == "다운로드한 이미지 세부 정보 조회"


def test_seed_keys_come_from_what_a_note_is_about(draft: DeckDraft) -> None:
    by_front = {(n.kind, n.front): n for n in draft.notes}
    assert by_front[(C, "docker image save 옵션 파일명 이미지명")].key == note_key(
        DECK, C, "docker image save", "docker image save")
    assert by_front[(O, "--all-tags, -a")].key == note_key(DECK, O, "docker pull", "--all-tags")
    assert by_front[(F, "-d")].key == note_key(DECK, F, "docker run", "-d")
    assert by_front[(S, "docker pull")].key == "docker|syntax|docker pull|docker pull"
    assert by_front[(P, f"{PROCESS} — step 3")].key == f"docker|step||{PROCESS}#Dockerfile build를 통한 새로운 이미지 생성"
    assert by_front[(C, "docker stats webserver1")].key == note_key(DECK, C, "docker stats", "docker stats webserver1")
    assert len({n.key for n in draft.notes}) == len(draft.notes)


def test_seed_keys_do_not_depend_on_answers() -> None:
    text = SEED.read_text(encoding="utf-8").replace("도커 허브 로그인", "Docker Hub에 로그인")
    before = extract(SEED.read_text(encoding="utf-8"), deck=DECK, source="s")
    after = extract(text, deck=DECK, source="s")
    assert [n.key for n in before.notes] == [n.key for n in after.notes]
    assert [n.back for n in after.notes if n.front == "docker login"] == ["Docker Hub에 로그인"]


def test_seed_heading_path_and_tags(draft: DeckDraft) -> None:
    pull = next(n for n in draft.notes if n.kind is C and n.front == "docker pull")
    assert pull.section == ("컨테이너 서비스", "3. 도커 명령어 활용", "3-1 도커 이미지 명령어", "3-1-1 도커 이미지 내려받기")
    assert pull.tags == ("컨테이너_서비스", "도커_명령어_활용", "도커_이미지_명령어", "도커_이미지_내려받기")
    step = next(n for n in draft.notes if n.kind is P)
    assert step.section == ("컨테이너 서비스", "2. 도커 서비스의 과정")
    assert all(" " not in tag for n in draft.notes for tag in n.tags)
