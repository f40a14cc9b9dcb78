# Stand-in for cachelib: records how the rendered config builds its results backend.
