"""Qt widgets. Windows call services from ``msdesk.core`` and observe signals."""

from msdesk.core.user_env import pin_qt_binding

# Before anything imports qasync, which would follow a QT_API=pyqt5 of the user's and die.
pin_qt_binding()
