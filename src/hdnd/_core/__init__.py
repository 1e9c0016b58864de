"""Core building blocks shared by every layer: base model, text, i18n, formatting, errors.

Nothing in ``hdnd._core`` imports any other part of ``hdnd``.
"""
