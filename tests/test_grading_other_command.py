"""After "ls is a different command from tar." a verdict compared the flags of the two programs: "-l instead of -c.
-A instead of -z." (an exam's report, u-campaign8): another program's flags say nothing of the answer's."""

from __future__ import annotations

from quizzer.grading import grade


def test_another_program_is_the_whole_difference() -> None:
    verdict = grade(["tar -czf backup.tar.gz <folder>"], "ls -lA")
    assert verdict.outcome == "wrong"
    assert verdict.differences == ("ls is a different command from tar.",)


def test_the_same_program_still_has_its_flags_compared() -> None:
    assert grade(["tar -czf backup.tar.gz <folder>"], "tar -xzf backup.tar.gz src").differences == (
        "-x instead of -c.",)
