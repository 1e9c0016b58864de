"""``python -m hdnd`` runs the command line."""

import sys

from hdnd.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
