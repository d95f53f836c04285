"""Briefpack: an offline briefing-pack builder."""

__version__ = "0.1.0"
