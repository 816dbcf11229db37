"""The command line: `biaozhu ...` (main.py), one module per command group."""
