"""The faces of the app: the Qt desktop and the detention-register command line."""
