"""Quiz engine: drill items with verified keys, generated offline from the notes and `tutor.calc`."""

from tutor.quiz.items import CHOICE_KINDS, LETTERS, Kind, QuizItem, normalize

__all__ = ["CHOICE_KINDS", "LETTERS", "Kind", "QuizItem", "normalize"]
