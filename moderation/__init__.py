"""Comment moderation for a news site: approve or reject, never edit.

    >>> from moderation import Moderator
    >>> moderator = Moderator.load()            # doctest: +SKIP
    >>> moderator.moderate("Thanks for the report").decision  # doctest: +SKIP
    'approve'
"""

from .classifier import ModelError
from .decision import Decision, Reason
from .moderator import Moderator
from .policy import APPROVE, CATEGORIES, REJECT, SUBTYPES

__all__ = ["Moderator", "Decision", "Reason", "ModelError", "CATEGORIES", "SUBTYPES", "APPROVE", "REJECT"]
