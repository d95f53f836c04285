"""The one error type the core raises for problems a user can act on."""

from __future__ import annotations


class BriefpackError(Exception):
    """A problem the user can understand: what went wrong, details, and what to do."""

    def __init__(self, user_message: str, detail: str = "", hint: str = "") -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.detail = detail
        self.hint = hint

    def __str__(self) -> str:
        parts = [self.user_message]
        if self.hint:
            parts.append(self.hint)
        return " ".join(parts)

    def full_text(self) -> str:
        """Message, hint and detail, for a log or a "Copy details" button."""
        lines = [self.user_message]
        if self.hint:
            lines.append(f"What to do: {self.hint}")
        if self.detail:
            lines.append(f"Details: {self.detail}")
        return "\n".join(lines)


class NotFoundError(BriefpackError):
    """An id that names nothing in the library or the store."""


class ValidationError(BriefpackError):
    """Input that does not fit the schema or the vocabulary."""
