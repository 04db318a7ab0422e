"""The app's pages (run by ``app.py``); ``common`` holds what they share."""
