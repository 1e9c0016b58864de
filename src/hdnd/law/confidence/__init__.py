"""Resolutions on votes of confidence (lấy phiếu, bỏ phiếu tín nhiệm)."""

from hdnd._core.compat import forward_attributes

# the names of the module this package replaced (hdnd.law.confidence before the layout of 2026)
__getattr__ = forward_attributes(__name__, "hdnd.law.confidence.base")
