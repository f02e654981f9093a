"""An example label over the example line and, on the next item, what it does (quizzer.extract.example_pairs;
x-f32ko1, examples are our own)."""

from __future__ import annotations

from conftest import facts


def test_the_line_and_the_item_after_it_are_one_command_card() -> None:
    text = "## 권한\n\n- 예시\n  - `chmod o-r notes.txt`\n  - 기타 사용자의 읽기 권한을 뺀다\n"
    assert facts(text) == [(5, "command", "chmod", "chmod o-r notes.txt", "기타 사용자의 읽기 권한을 뺀다")]


def test_an_english_label_and_a_flag_of_a_program_quizzer_does_not_know() -> None:
    text = "- Example:\n  - `shrinkpic --width 800 a.png`\n  - makes the picture 800 pixels wide\n"
    assert facts(text) == [
        (3, "command", "shrinkpic", "shrinkpic --width 800 a.png", "makes the picture 800 pixels wide"),
    ]


def test_a_list_of_examples_is_not_read_so() -> None:
    # two lines of code, or a third item: which item says what of which line is not sure
    assert facts("- 예시\n  - `chmod o-r a.txt`\n  - `chmod g+w a.txt`\n") == []
    text = "- 예시\n  - `chmod o-r a.txt`\n  - 읽기 권한을 뺀다\n  - 쓰기 권한은 그대로\n"
    assert all(f[0] != 3 for f in facts(text))


def test_a_remark_under_its_label_is_not_what_the_line_does() -> None:
    assert facts("- 예시\n  - `chmod o-r a.txt`\n  - 주의: 디렉터리에는 x도 필요\n") == []


def test_a_label_that_is_not_an_example_is_not_read_so() -> None:
    assert all(f[0] != 3 for f in facts("- 참고\n  - `chmod o-r a.txt`\n  - 기타 사용자의 읽기 권한을 뺀다\n"))
