"""Notes about desktop apps and tools: settings paths, keys under what they do, labels and addresses
that are no definitions (issue 6, "Precision first").  Examples of our own words."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts

from quizzer.extract.menu_paths import is_menu_path


def _warned_with(text: str, words: str) -> list[int]:
    return [w.line for w in _draft(text).warnings if words in w.message]


SETTINGS = """# 노트북 설정

- 카톡 : 환경 설정 - 알림 - 소리 끄기 - 항상
- 메일 : 설정 - 일반 - 서명 - 추가 버튼 클릭
- cmd+, : "환경 설정 > 테마"를 클릭 후 "어둡게" 선택
- 스택 : 나중에 넣은 것을 먼저 꺼내는 자료구조
"""


def test_a_settings_path_after_a_term_or_a_key_is_a_warning_not_a_card() -> None:
    assert _facts(SETTINGS) == [(6, "concept", None, "스택", "나중에 넣은 것을 먼저 꺼내는 자료구조")]
    assert _warned_with(SETTINGS, "where to click") == [3, 4, 5]


def test_what_is_a_menu_path() -> None:
    assert is_menu_path("Preferences - Profiles - Keys - Presets")
    assert is_menu_path('"설정 > 일반" 클릭', whole=False)
    # a key's menu entry is what it does; two parts, a range, a sentence or a command line are no path
    assert not is_menu_path("Edit > Find > Replace", whole=False)
    assert not is_menu_path("File > Save")
    assert not is_menu_path("python 2 - 3 지원. 편하다")
    assert not is_menu_path("ls -l - 자세히 보기")
    assert not is_menu_path("설정 - 일반 > 테마")  # two kinds of joint: no path of one app
    # joined by "-" or "→", names are a path only when one names the settings or a menu; else a sequence
    assert is_menu_path("Settings → Privacy → Camera")
    assert is_menu_path("View > Tool Windows > Terminal")
    assert not is_menu_path("Plan - Build - Test - Release")
    assert not is_menu_path("소스 → 전처리 → 컴파일 → 링크")
    assert is_menu_path("open Profiles - Colors - Presets", whole=False)  # told to open one: a path all the same


SEQUENCES = """# 개념 정리

- MVC: Model - View - Controller
- 빌드 단계 : 전처리 - 컴파일 - 링크
- 알림 끄기 : 환경 설정 - 알림 - 소리 끄기
"""


def test_names_joined_by_dashes_are_a_sequence_unless_they_name_the_settings() -> None:
    assert _facts(SEQUENCES) == [
        (3, "concept", None, "MVC", "Model - View - Controller"),
        (4, "concept", None, "빌드 단계", "전처리 - 컴파일 - 링크"),
    ]
    assert _warned_with(SEQUENCES, "where to click") == [5]


def test_a_record_or_a_collection_is_the_notes_only_when_it_is_the_writers() -> None:
    record = ("# 개발 용어\n\n## reflog\n\nHEAD가 가리켰던 커밋들의 기록\n\n## 커밋\n\n저장소에 남긴 변경 내용 하나하나의 기록\n"
              "\n## 스니펫\n\n자주 쓰는 코드 조각을 모아 둔 모음\n")
    assert (5, "concept", None, "reflog", "HEAD가 가리켰던 커밋들의 기록") in _facts(record)
    diary = "# mac\n\n맥북 프로 첫 한 달 공부 기록\n\n## 단축키\n\n- 창 닫기 : `Cmd + W`\n"
    assert not [fact for fact in _facts(diary) if fact[3] == "mac"]


KEY_UNDER_ACTION = """# 단축키

- 탭 닫기
  - ctrl + w
- 브랜치
  - 독립된 작업 흐름
"""


def test_a_key_nested_under_what_it_does_is_no_meaning_of_a_term() -> None:
    # "탭 닫기" / "ctrl + w": the keys that do it, never the definition of a term "탭 닫기"
    assert ("concept", "탭 닫기") not in [(kind, front) for _, kind, _, front, _ in _facts(KEY_UNDER_ACTION)]
    assert (6, "concept", None, "브랜치", "독립된 작업 흐름") in _facts(KEY_UNDER_ACTION)


LABELS_AND_ADDRESSES = """# 도구 비교

- 결론: 작은 일에는 make가 무난하고 큰 일에는 bazel이 낫다
- 설치: github.com/example/tool
- 문서: www.example.org
- Conclusion: both work
- 캐시: 자주 쓰는 값을 가까이 두는 저장소
"""


def test_a_conclusion_label_and_a_bare_address_are_no_definitions() -> None:
    assert _facts(LABELS_AND_ADDRESSES) == [(7, "concept", None, "캐시", "자주 쓰는 값을 가까이 두는 저장소")]


KEYWORD_LINES = """# 메모

검색 키워드: rsync, 백업

- Tags: shell, backup
- 백업: 원본이 망가져도 되살릴 수 있게 둔 사본
"""


def test_a_keywords_line_is_no_term_and_no_command() -> None:
    assert _facts(KEYWORD_LINES) == [(6, "concept", None, "백업", "원본이 망가져도 되살릴 수 있게 둔 사본")]


THEN_ALONE = """# 설정

전역 설정 파일을 만든다.

```sh
touch ~/.toolrc
```

이후,

```sh
toolctl reload
```

Then:

```sh
toolctl status
```
"""


def test_a_connective_alone_over_a_block_says_nothing_of_what_it_does() -> None:
    # "이후," / "Then:" only say the block comes next: neither line gets them as its meaning
    assert [(front, back) for _, _, _, front, back in _facts(THEN_ALONE)] == [
        ("touch ~/.toolrc", "전역 설정 파일을 만든다.")]


PURPOSES = """# 빌드 도구 비교

## ninja

- 용도: 빠른 증분 빌드 실행
- 특징:
  - 파일이 작다

## scons

- Purpose: builds driven by Python scripts

## 정리

- 용도: 글 끝에 모아 둔 생각
"""


def test_a_purpose_item_under_a_heading_naming_a_term_defines_that_term() -> None:
    cards = [(line, kind, front, back) for line, kind, _, front, back in _facts(PURPOSES)]
    assert (5, "concept", "ninja", "빠른 증분 빌드 실행") in cards
    assert (11, "concept", "scons", "builds driven by Python scripts") in cards
    # under a heading that names no term ("정리" is a part of the notes), the label says of nothing what it is for
    assert not [card for card in cards if card[0] == 15 or card[2] == "용도"]
    assert _warned_with(PURPOSES, "names no term") == [15]


STRESSED = """# 셸 도구 정리와 개발환경 비교

## direnv

`디렉토리 별` 환경 변수 자동 적용

### 특징

- 빠르다

## fzf

- 터미널에서 쓰는 퍼지 검색 도구
"""


def test_korean_words_in_code_under_a_heading_say_what_its_term_is() -> None:
    # "`디렉토리 별` …" is stress, no command line; "개발환경" in the title is a topic, not a setup whose
    # subheadings are steps: each heading's term gets its first line
    cards = [(line, kind, front, back) for line, kind, _, front, back in _facts(STRESSED)]
    assert (5, "concept", "direnv", "디렉토리 별 환경 변수 자동 적용") in cards
    # fzf is a program quizzer knows (x-f19en: KEY_PROGRAMS): what it is is its command card, as for grep or tmux
    assert (13, "command", "fzf", "터미널에서 쓰는 퍼지 검색 도구") in cards


def test_a_program_named_then_korean_words_is_no_command_line() -> None:
    text = "# 도구\n\n## pyenv\n\n`python 버전 별` 가상환경 관리\n"
    assert _facts(text) == [(5, "concept", None, "pyenv", "python 버전 별 가상환경 관리")]
    # a real line in a code span still is one, never the heading's term's meaning
    assert [(kind, front) for _, kind, _, front, _ in _facts("# 도구\n\n## 목록\n\n`ls -la` 숨김 파일까지 보기\n")] == [
        ("command", "ls -la")]


ARROW_KEYS = """# 단축키

- cmd + option + 좌,우 : 이전, 다음 탭으로 이동
- ctrl + shift + t : 닫은 탭 다시 열기
"""


def test_a_chord_ending_in_two_arrow_names_is_one_key() -> None:
    # the "+" that joins "좌,우" to the chord is never the start of the meaning
    assert [(front, back) for _, _, _, front, back in _facts(ARROW_KEYS)] == [
        ("cmd + option + 좌,우", "이전, 다음 탭으로 이동"), ("ctrl + shift + t", "닫은 탭 다시 열기")]


ITEM_OVER_QUOTE = """# 터미널

```sh
brew install --cask some-theme
```
- 글꼴 바꾸기
> Preferences - Profiles - Text - Font
"""


def test_an_item_over_a_quote_after_a_block_labels_the_quote_not_the_block() -> None:
    # "- 글꼴 바꾸기" introduces the quote under it; it says nothing of what the brew line does
    assert not [back for _, _, _, _, back in _facts(ITEM_OVER_QUOTE) if "글꼴" in back]


RUN_ON_ITEMS = """# 설정 파일

&lt;logDir&gt; : 로그를 쓸 폴더를 지정한다. - &lt;logFile&gt; : 없으면 기본으로 "app.log"
cacheDir : 캐시를 둘 폴더. <cacheSize> 로 크기를 정한다.
"""


def test_a_definition_ends_before_an_item_or_a_tag_run_into_its_line() -> None:
    # "… 지정한다. - <logFile> : …": the second definition, run into the line, is no part of the first
    assert [(front, back) for _, _, _, front, back in _facts(RUN_ON_ITEMS)][:2] == [
        ("<logDir>", "로그를 쓸 폴더를 지정한다."), ("cacheDir", "캐시를 둘 폴더.")]


SHELL_NAMED_PROMPTS = """# Queue practice

```sh
sh> compose-up
```

## Topics

### 큐 만들기

```sh
sh> docker exec broker /opt/bin/queue-admin --create --name jobs
Created queue jobs.
```
"""


def test_a_prompt_naming_its_shell_is_a_shell_prompt_and_the_title_no_meaning() -> None:
    # "sh> …" is typed at sh's prompt (a command line, its output after); the notes' title over the first
    # block, with sections below, names the notes, not what that block does
    assert [(line, front, back) for line, _, _, front, back in _facts(SHELL_NAMED_PROMPTS)] == [
        (12, "docker exec broker /opt/bin/queue-admin --create --name jobs", "큐 만들기")]
    assert _warned_with(SHELL_NAMED_PROMPTS, "title of the whole notes") == [3]


def test_a_line_saying_what_kind_of_writing_the_notes_are_defines_no_term() -> None:
    # "# linux" / "서버 처음 만진 사람의 삽질기": the notes are a story; "pandoc" / "문서 형식 변환기" is a definition
    assert _facts("# linux\n서버를 처음 맡은 사람의 삽질 기록\n\n## 메모\n\n- 잡담\n") == []
    assert _facts("# pandoc\n문서 형식 변환기\n") == [(2, "concept", None, "pandoc", "문서 형식 변환기")]


SPACED_KEYS = """# 터미널 앱

- 탭 새로 열기 `Command + T`
- 창 나누기\t`Cmd + Shift + D`-
- Press `Ctrl + C`
- 복사한 뒤 `Ctrl + V`
"""


def test_words_then_a_chord_in_code_after_a_space_are_the_chord_and_what_it_does() -> None:
    # "Press …" and "… 뒤" lead into the keys; they do not say what the keys do
    assert [(line, front, back) for line, _, _, front, back in _facts(SPACED_KEYS)] == [
        (3, "Command + T", "탭 새로 열기"), (4, "Cmd + Shift + D", "창 나누기")]


ITEM_OVER_REMARK_QUOTE = """# 개발 환경

```
brew install --cask rectangle
```
- 창 정리 앱 Rectangle 설치
> 참고: 애플 실리콘에서도 똑같음

```
brew install jq
```
- jq 설치
"""


def test_an_item_over_a_remark_quote_still_describes_the_block_above() -> None:
    # "> 참고: …" is a remark beside the item, not what the item labels; the item says what the brew line does
    assert [(front, back) for _, _, _, front, back in _facts(ITEM_OVER_REMARK_QUOTE)] == [
        ("brew install --cask rectangle", "창 정리 앱 Rectangle 설치"), ("brew install jq", "jq 설치")]
    english = ITEM_OVER_REMARK_QUOTE.replace("# 개발 환경", "# Dev machine").replace(
        "창 정리 앱 Rectangle 설치", "Install the Rectangle window tool").replace(
        "> 참고: 애플 실리콘에서도 똑같음", "> **Tip**: works the same on older models").replace("jq 설치", "Install jq")
    assert [back for _, _, _, _, back in _facts(english)] == ["Install the Rectangle window tool", "Install jq"]
