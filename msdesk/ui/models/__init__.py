"""The Models page: the ModelScope model library with the API-Inference filter."""
