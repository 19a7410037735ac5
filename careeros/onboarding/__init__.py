"""Onboarding: resumes in, the profile they yield, objectives, and the simulation of matches.

Kept free of imports so the parsing sandbox loads only the readers it needs.
"""
