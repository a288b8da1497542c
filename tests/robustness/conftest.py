import os

from hypothesis import HealthCheck, settings

# The normal run keeps the property tests short; for a longer hunt:
#   HYPOTHESIS_PROFILE=long python -m pytest tests/robustness
settings.register_profile("default", max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("long", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
