"""The frozen app's command line (``msdesk``, with a console): the same entry as ``python -m msdesk``.

On Linux ``msdesk-gui`` is a link to this program (see msdesk.spec): called by that name, it
starts the window, as the ``msdesk-gui`` script does.
"""

import os
import sys

if os.path.basename(sys.argv[0]) == "msdesk-gui":
    from msdesk.ui.app import main
else:
    from msdesk.cli import main

raise SystemExit(main())
