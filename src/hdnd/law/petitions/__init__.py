"""Citizen reception, complaints, denunciations and petition handling."""
