"""Voter contact by delegates (tiếp xúc cử tri)."""
