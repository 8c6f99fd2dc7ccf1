"""The HTTP service: FastAPI app, sessions store, OpenAI compatibility."""

from ui.service.app import create_app

__all__ = ["create_app"]
