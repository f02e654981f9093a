"""Moving decks between quizzer and other places: Anki (.apkg, text) and our own JSON dump.

Pure mapping (``anki_model``, ``dump``) is kept apart from the file writers and
readers; genanki and the ``anki`` package are imported only inside the
functions that need them.
"""
