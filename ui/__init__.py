"""The Gradio chat UI, mounted into the FastAPI app."""

from ui.app import mount_ui

__all__ = ["mount_ui"]
