"""The daily review: pure logic (``logic``, ``session``), storage (``store``) and
the controller that joins them.  The screen lives in ``quizzer.tui``."""
