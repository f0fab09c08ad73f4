"""The app's own icon (our design): plan-together.svg is the master, the PNG is made from it."""
