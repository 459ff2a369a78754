"""The chat page: conversations, message bubbles and Markdown answers that render as they stream."""
