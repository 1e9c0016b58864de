"""Resolutions on votes of confidence (lấy phiếu, bỏ phiếu tín nhiệm)."""
