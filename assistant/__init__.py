"""The assistant: understanding, dialogue, grounded answers, the CLI and the HTTP service."""
