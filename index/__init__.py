"""briefbot's retrieval core: corpus reading, passage splitting, text analysis and the BM25 index.

Nothing in this package talks to Discord or to a terminal; callers pass plain values in.
"""
