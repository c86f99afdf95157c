"""Optional backends (camel-tools); each import is guarded and says what is missing."""
