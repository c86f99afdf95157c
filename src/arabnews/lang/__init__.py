"""Language resources: the lookup keys, tries, clitic patterns and data loaders of each language."""
