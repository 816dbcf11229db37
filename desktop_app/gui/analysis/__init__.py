"""Analysis views: retrieval, matrices, policy comparison, charts, memos."""
