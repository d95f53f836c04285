"""Frozen slotted value types whose comparison, hash, repr and copying are written once, here.

`@dataclass(frozen=True, slots=True)` writes each of those methods as source text and compiles it
when the module is imported (~1.4 ms for `Item`, every start of the window). A value type on the
start-up path instead derives from `Frozen`, makes a slot of each annotated field, writes its own
`__init__` (its signature documents the defaults; `set_fields`, or one `object.__setattr__` a
field in a type made by the thousand, as fast as the generated one), and keeps a plain
`@dataclass(init=False, repr=False, eq=False)` decorator so that `dataclasses.fields`, `replace`
and `asdict` work on it as on any dataclass:

    @dataclass(init=False, repr=False, eq=False)
    class Point(Frozen):
        x: int
        y: int
        __slots__ = tuple(__annotations__)  # after the fields: one slot a field
        _compared = __slots__

        def __init__(self, x: int, y: int = 0) -> None:
            set_fields(self, x, y)
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields
from typing import Any, ClassVar

_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(cls: type) -> tuple[str, ...]:
    """A value type's fields in order, its bases' first (as `dataclasses.fields` gives them)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def set_fields(value: Frozen, *values: Any) -> None:
    """Give a new value its fields, in field order (the only writes a Frozen allows)."""
    for name, field_value in zip(field_names(type(value)), values, strict=True):
        object.__setattr__(value, name, field_value)


class Frozen:
    """Immutable after `__init__`; equal (same class) and hashed by the fields named in `_compared`."""

    __slots__ = ()
    _compared: ClassVar[tuple[str, ...]] = ()

    def _key(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self._compared])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in field_names(type(self)))
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    # copy, deepcopy and pickle go through these: the default would call the refused __setattr__
    def __getstate__(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in field_names(type(self))])

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        set_fields(self, *state)
