"""The frozen app's command line (``msdesk``, with a console): the same entry as ``python -m msdesk``."""

from msdesk.cli import main

raise SystemExit(main())
