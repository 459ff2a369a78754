"""Small widgets and helpers every page may use, one module per job.

``colors`` (the palette's accent and state colours), ``switch`` (the on/off
switch), ``avatar`` (a provider's lettered avatar), ``links`` (links that open
in the browser), ``spinner`` (the "working" arc), ``runner`` (background tasks
that end with their widget) and ``fit`` (dialogs that grow with their text).
"""
