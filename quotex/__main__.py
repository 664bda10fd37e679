"""``python -m quotex``: the ``quotex`` command."""

from quotex.cli import main_entry

main_entry()
