"""The web side of the service: the Connexion app and its ASGI middleware (request context,
rate limits, body limits, idempotency keys), routing, request validation, the bearer check, the
error envelope, the console's static files and the uvicorn server. The domain (the rest of
careeros/) never imports it."""
