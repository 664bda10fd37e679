"""quotex test suite (a package, so tests import tests.strategies and mypy maps files once)."""
