"""`python -m gui` starts Dealscope like the `dealscope` command."""

from __future__ import annotations

import sys

from gui.launcher import main

sys.exit(main())
