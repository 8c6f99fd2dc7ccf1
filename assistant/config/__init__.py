"""Labels, questions, replies and suggestions as data: the assistant's wording lives here."""

from pathlib import Path

CONFIG_DIR = Path(__file__).parent
