"""CareerOS: the app factory, settings, CLI, worker and the domain capabilities."""

__version__ = "0.1.0"

import warnings

# Connexion imports Starlette's test client at import time; its httpx deprecation notice is noise
# for everyone who runs the service rather than Starlette's own tests.
warnings.filterwarnings("ignore", message=r".*Using `httpx` with `starlette.testclient`.*")
