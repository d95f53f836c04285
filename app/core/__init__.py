"""Everything that is not GUI: models, library, storage, search, packs, export, import."""
