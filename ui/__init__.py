"""The Gradio chat UI, mounted into the FastAPI app."""
