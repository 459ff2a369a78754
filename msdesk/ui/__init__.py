"""Qt widgets. Windows call services from ``msdesk.core`` and observe signals."""
