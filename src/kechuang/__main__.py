import sys

from kechuang.cli import main

sys.exit(main())
