"""How Briefpack's programs use Python's garbage collector: one policy, applied by the entry points.

Start-up and loading the library make hundreds of thousands of objects that live as long as the
program (modules, classes, Qt's enums, the library's records) and no garbage cycles: the cyclic
collector would only walk them again and again (loading 270,000 items took about a second
longer with it running). So the window and the command line keep it paused from their first line
until the library is loaded, then move everything alive out of its sight (`gc.freeze`) and let
it run over what comes after. The core never touches the collector.
"""

from __future__ import annotations

import gc


def pause() -> None:
    """At the top of an entry point: no cyclic collection while the program sets itself up."""
    gc.disable()


def resume() -> None:
    """The command is over but the process goes on (a test, a script calling the CLI's main)."""
    gc.enable()


def settle() -> None:
    """The long-lived objects exist (the library is loaded, or failed to load): keep them out of
    every later collection and collect again. Calling it again (a library read anew) is harmless."""
    gc.freeze()
    gc.enable()
