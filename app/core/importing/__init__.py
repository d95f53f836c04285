"""Importing documents into the library: read -> candidates -> review -> commit."""
