"""The frozen app's window (``msdesk-gui``, no console): the same entry as the ``msdesk-gui`` script."""

from msdesk.ui.app import main

raise SystemExit(main())
