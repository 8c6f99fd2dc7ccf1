"""The front doors: the web page (`ui.web`), the HTTP service (`ui.service`), the CLI (`ui.cli`)."""
