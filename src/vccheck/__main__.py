from vccheck.cli import main

raise SystemExit(main())
