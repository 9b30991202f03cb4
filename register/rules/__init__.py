"""The legal rule engine: profiles (data) and the evaluation of safeguard clocks (pure code)."""
from register.rules.engine import evaluate, evaluate_many
from register.rules.profile import Profile, ProfileError, available_profiles, load_profile
from register.rules.report import clock_to_json, format_table

__all__ = ["Profile", "ProfileError", "available_profiles", "clock_to_json", "evaluate", "evaluate_many",
           "format_table", "load_profile"]
