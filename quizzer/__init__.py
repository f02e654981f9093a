"""quizzer: study notes into flashcard decks, reviewed daily with SM-2."""

__all__ = ["__version__"]

__version__ = "0.1.0"
