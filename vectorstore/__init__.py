"""Vector store: embeddings (LangChain `Embeddings`), Chroma collection, BM25 keyword index, fiche store."""
