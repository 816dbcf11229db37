"""Pure figures over coding rows: matrices, co-occurrence, agreement. No SQL, no openpyxl."""
