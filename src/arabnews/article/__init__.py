"""Article structure: title, body, comments, media and site furniture."""
