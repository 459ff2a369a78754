"""msdesk: ModelScope on the desktop."""

__version__ = "0.1.0"

#: The argument that makes a frozen build's executable run as the answer reader
#: process (``msdesk.core.stream_reader``) instead of the app; kept here so the
#: entry points can check it before importing anything heavy.
READER_FLAG = "--msdesk-stream-reader"
