"""dmgbuild settings for msdesk's disk image: msdesk.app and a link to Applications beside it.

    dmgbuild -s packaging/macos/dmg_settings.py -D app=build/dist/msdesk.app \\
        -D icon=build/icons/msdesk.icns "msdesk 0.1.0" dist/msdesk-0.1.0-macos-arm64.dmg

packaging/macos/build-macos.sh runs it. dmgbuild executes this file with ``defines``
(the ``-D`` values) in its namespace and reads the names it sets.
"""

import os.path

application = defines.get("app", "build/dist/msdesk.app")  # noqa: F821 (given by dmgbuild)
appname = os.path.basename(application)

# LZMA-compressed and read-only: the smallest image; macOS 10.15 and later open it, and
# the app inside needs a newer macOS anyway.
format = "ULMO"
size = None  # as large as the files need
files = [application]
symlinks = {"Applications": "/Applications"}
hide_extensions = [appname]
# The volume's icon in the Finder: the app's own.
icon = defines.get("icon")  # noqa: F821

# The window a user sees on opening the image: drag the app onto Applications.
background = "builtin-arrow"
window_rect = ((200, 120), (600, 360))
default_view = "icon-view"
icon_size = 128
text_size = 13
icon_locations = {appname: (150, 170), "Applications": (450, 170)}
show_status_bar = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
