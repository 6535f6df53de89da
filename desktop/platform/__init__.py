"""Platform seams: data paths, the resource resolver, single instance, Windows specifics."""
