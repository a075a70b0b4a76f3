// The scheduler core lands with its own issue.
