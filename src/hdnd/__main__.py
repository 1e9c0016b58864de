"""``python -m hdnd`` runs the command line."""

import sys

from hdnd.cli import main

sys.exit(main())
