"""The window's log file: what is logged reaches it, it rotates, and a folder that cannot take it
sends it to the temporary folder."""

from __future__ import annotations

import logging

import pytest

from app.core import logs


@pytest.fixture
def window_log():
    """setup_file's handlers are taken off the loggers again after the test."""
    before = {name: list(logging.getLogger(name).handlers) for name in logs.LOGGERS}
    yield
    for name in logs.LOGGERS:
        logger = logging.getLogger(name)
        for handler in [h for h in logger.handlers if h not in before[name]]:
            logger.removeHandler(handler)
            handler.close()


def test_records_reach_the_window_log_which_rotates(tmp_path, monkeypatch, window_log):
    path = logs.setup_file(tmp_path)
    assert path == tmp_path / "logs" / "briefpack.log" and path.exists()
    logging.getLogger("app.core.storage").info("repaired packs.json from its last good copy")
    logging.getLogger("app.core.storage").debug("not kept: below INFO")
    text = path.read_text("utf-8")
    assert "INFO app.core.storage: repaired packs.json from its last good copy" in text
    assert "not kept" not in text
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)  # read when the file is first written
    fresh = tmp_path / "fresh"
    path = logs.setup_file(fresh)
    for n in range(200):
        logging.getLogger("briefpack.gui").warning("line %d of a long session", n)
    assert (fresh / "logs" / "briefpack.log.1").exists()
    assert not (fresh / "logs" / f"briefpack.log.{logs.BACKUPS + 1}").exists()
    assert path.stat().st_size <= 2000
    assert "line 199 of a long session" in path.read_text("utf-8")


def test_a_data_folder_that_cannot_take_the_log_sends_it_to_the_temporary_folder(tmp_path, window_log):
    blocked = tmp_path / "home"
    blocked.mkdir()
    (blocked / "logs").write_text("a file where the folder should be")
    path = logs.setup_file(blocked)
    assert path is not None and path.parent.name == "briefpack-logs"
