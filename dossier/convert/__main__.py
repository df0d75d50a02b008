"""``python -m dossier.convert RAW_DIR OUT_DIR``: convert the raw texts."""

import sys

from dossier.convert.run import main

sys.exit(main())
