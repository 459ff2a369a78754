"""Fakes of outside services, for tests and for running the app by hand."""
