"""The web chat page (Gradio), mounted into the FastAPI app at `/`."""

from ui.web.page import mount_ui

__all__ = ["mount_ui"]
