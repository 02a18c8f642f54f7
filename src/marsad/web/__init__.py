"""The HTTP API and the dashboard over the store (FastAPI, Jinja2 templates, vendored assets).

Kept import-light: ``marsad.web.commands`` is loaded with every ``marsad`` command.
"""
