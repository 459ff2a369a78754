"""The async service layer: asyncio and httpx only, never Qt.

The desktop windows (``msdesk.ui``) and the command line (``msdesk.cli``)
both sit on these services.
"""
