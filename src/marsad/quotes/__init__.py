"""Reported speech: cue words, speakers and the words reported."""

from marsad.quotes.attribute import find_quotes

__all__ = ["find_quotes"]
