"""The overview page: where support goes and where the gaps are.

``filters`` (what the reader narrows it to), ``counts`` (the aggregates and their cache), ``tables`` (tables,
charts and CSV drawn from the counts) and ``views`` (the page).

Each table comes from one grouped or conditional aggregate query (never one query per row or per cell), so the
page costs a fixed number of queries whatever the size of the directory. The HTML tables, the SVG charts and the
CSV downloads are all drawn from the same ``Table`` objects, so they cannot disagree.

Those aggregates are made once per change of the data (``Overview.counts``) and kept up to the minute by
subtracting the opportunities whose deadline has passed since; the request that changes the data counts the
unfiltered page again after answering, so that its readers do not wait for the counting.
"""
