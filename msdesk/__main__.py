from msdesk.cli import main

raise SystemExit(main())
