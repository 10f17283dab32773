"""The frozen app's entry script: the same `main` as the `dealscope` console script."""

import os
import sys

# A windowed Windows build has no console: sys.stdout and sys.stderr are None there (as under
# pythonw.exe), and code that writes to them directly would fail. Give it somewhere to write.
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the app)
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from gui.launcher import main  # after the streams exist

if __name__ == "__main__":
    sys.exit(main())
